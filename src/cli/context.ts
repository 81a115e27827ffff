// What every command shares: which framework is active, whether to colour, and where output goes.
import type { Framework } from '../core/types.js';
import { EXIT, RungsError } from '../errors.js';
import { readDefaultCache } from '../io/default-cache.js';
import { defaultDataDir, displayPath } from '../io/paths.js';
import { writeStdout } from '../io/stdout.js';
import { assertWritable, writeFileAtomic, type Content } from '../io/write.js';
import type { RenderContext } from '../render/formats.js';
import { terminal } from './terminal.js';

export interface CommonOptions {
  data?: string;
  color?: boolean;
  verbose?: boolean;
  format?: string;
  output?: string;
  /** --max-file-size, in MB: the largest framework or profile file read. */
  maxFileSize?: number;
  /** -f/--format was given on the command line (not the default). */
  formatGiven?: boolean;
  /** --force: replace a read-only -o file. */
  force?: boolean;
}

export function dataDir(options: CommonOptions): string {
  return options.data ?? (process.env.RUNGS_DATA || undefined) ?? defaultDataDir();
}

/** The active framework, refusing one with errors: advice from a broken framework would be wrong. */
export async function activeFramework(options: CommonOptions): Promise<Framework> {
  const dir = dataDir(options);
  if (dir === defaultDataDir()) {
    const cached = readDefaultCache(dir);
    if (cached && !cached.problems.some((p) => p.severity === 'error')) return cached.framework;
  }
  // The YAML parser and schema validators load only when the framework really comes from YAML.
  const { loadFramework } = await import('../io/load-framework.js');
  const loaded = loadFramework(dir, { maxFileBytes: maxFileBytes(options) });
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length || !loaded.framework) {
    const first = errors[0];
    const where = first ? `${first.file}${first.line ? `:${first.line}:${first.column}` : ''}: ${first.message}` : 'framework.yaml is invalid';
    throw new RungsError(
      `the framework in ${displayPath(loaded.dir)} has ${errors.length} error${errors.length === 1 ? '' : 's'} (first: ${where})`,
      EXIT.findings,
      `run \`rungs validate ${displayPath(loaded.dir)}\` to see them all`,
    );
  }
  return loaded.framework;
}

/** What the output can show (src/cli/terminal.ts decides: colour, Unicode or ASCII, width). */
export function renderContext(options: CommonOptions, toFile: boolean): RenderContext {
  return terminal(process.env, process.stdout, { noColor: options.color === false, toFile });
}

/** Prints to stdout, or writes the -o file atomically; `text` may be a function that writes it in pieces. */
export function emit(text: Content, options: CommonOptions, protect: readonly string[] = [], frameworkDirs: readonly string[] = [dataDir(options)], readsBack?: (real: string) => string | undefined): void {
  if (options.output) {
    // The inputs are never overwritten: the files named, and the data files of the framework read.
    writeFileAtomic(options.output, text, { protect, protectDirs: frameworkDirs, force: options.force === true, ...(readsBack ? { readsBack } : {}) });
    process.stderr.write(`rungs: wrote ${options.output}\n`);
  } else {
    if (typeof text === 'string') writeStdout(text);
    else text(writeStdout);
  }
}

/** The checks emit() will make on -o, made up front by commands that do long work before writing. */
export function checkOutput(options: CommonOptions, protect: readonly string[] = [], frameworkDirs: readonly string[] = [dataDir(options)], readsBack?: (real: string) => string | undefined): void {
  if (options.output) assertWritable(options.output, { protect, protectDirs: frameworkDirs, force: options.force === true, ...(readsBack ? { readsBack } : {}) });
}

export function maxFileBytes(options: CommonOptions): number {
  // At least one byte: --max-file-size 0.0000001 must not become a limit of 0 that says "0 KB".
  return Math.max(1, Math.round((options.maxFileSize ?? 1) * 1024 * 1024));
}
