// Reads a framework folder: every file parsed with positions, schema-checked, then the cross-file rules.
// Returns every problem found, not just the first; throws only when there is no framework to speak of.
import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildFramework, type FrameworkDocs, type SourceDoc } from '../core/docs.js';
import type { Problem } from '../core/problems.js';
import { pushAll, sortProblems } from '../core/problems.js';
import { checkFramework } from '../core/rules.js';
import type { Framework } from '../core/types.js';
import { EXIT, errnoMessage, RungsError } from '../errors.js';
import { displayPath } from './paths.js';
import { schemaProblems, type FileKind } from './schema-check.js';
import { fastBlockYaml } from './fast-block-yaml.js';
import { readText } from './read-text.js';
import { locateProblem, parseDataText, type ParsedFile } from './yaml.js';

export interface LoadedFramework {
  dir: string;
  /** The model, when framework.yaml is valid (other files may still have problems). */
  framework?: Framework;
  docs: FrameworkDocs;
  problems: Problem[];
  files: number;
}

export interface LoadOptions {
  /** Largest file read, in bytes (a framework file is a few KB; this stops a runaway file early). */
  maxFileBytes?: number;
  cwd?: string;
  /** false: every file through the full parser (the plain path the fast path is tested against). */
  fast?: boolean;
}

const DATA_FILE = /\.(ya?ml|json)$/i;
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

export function loadFramework(dirArg: string, options: LoadOptions = {}): LoadedFramework {
  const cwd = options.cwd ?? process.cwd();
  const dir = resolve(cwd, dirArg);
  const show = (abs: string) => displayPath(abs, cwd);
  let stat;
  try {
    stat = statSync(dir);
  } catch (error) {
    throw new RungsError(errnoMessage(error, show(dir)), EXIT.usage);
  }
  if (!stat.isDirectory()) throw new RungsError(`${show(dir)}: is a file, not a framework folder`, EXIT.usage);
  const frameworkFile = findFile(dir, 'framework');
  if (!frameworkFile) {
    const folder = folderNamedLike(dir, 'framework');
    if (folder) throw new RungsError(`${show(folder)}: is a folder, not a file`, EXIT.usage);
    throw new RungsError(`${show(dir)}: not a rungs framework (no framework.yaml)`, EXIT.usage, 'create one with `rungs init <dir>`');
  }

  const problems: Problem[] = [];
  const parsed = new Map<string, ParsedFile>();
  const docs: FrameworkDocs = { skills: [], roles: [], brokenIds: { skills: [], roles: [] } };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const reader = options.fast === false ? undefined : fastBlockYaml;

  const read = (abs: string, kind: FileKind): unknown => {
    const file = show(abs);
    const text = readText(abs, file, maxBytes, problems);
    if (text === undefined) return undefined;
    // Clean files are read by the fast path; a file with any problem is located by the full parser, lazily.
    const result = parseDataText(text, file, { reader });
    parsed.set(file, result);
    pushAll(problems, result.problems);
    if (result.problems.length) return undefined;
    if (result.data === null || result.data === undefined) {
      problems.push({ file, line: 1, column: 1, severity: 'error', rule: 'empty-file', message: 'the file is empty' });
      return undefined;
    }
    const found = schemaProblems(kind, result);
    pushAll(problems, found);
    if (found.length) {
      const id = (result.data as { id?: unknown }).id;
      if (typeof id === 'string' && (kind === 'skill' || kind === 'role')) docs.brokenIds[`${kind}s`].push(id);
      return undefined;
    }
    return result.data;
  };

  const meta = read(frameworkFile, 'framework');
  if (meta) docs.framework = { file: show(frameworkFile), data: meta as never };

  const questionsFile = findFile(dir, 'questions');
  if (questionsFile) {
    const data = read(questionsFile, 'questions');
    if (data) docs.questions = { file: show(questionsFile), data: data as never };
  } else {
    const folder = folderNamedLike(dir, 'questions');
    problems.push(
      folder
        ? missing(show(folder), 'is a folder, not a file: the preference questions must be a file')
        : missing(show(join(dir, 'questions.yaml')), 'the framework has no questions.yaml (the preference questions)'),
    );
  }

  for (const [folder, kind] of [['skills', 'skill'], ['roles', 'role']] as const) {
    const files = listDataFiles(join(dir, folder), show, problems);
    if (files === undefined) {
      problems.push(missing(show(join(dir, folder)), `the framework has no ${folder}/ folder`));
      continue;
    }
    for (const abs of files) {
      const data = read(abs, kind);
      if (data) (docs[`${kind}s`] as SourceDoc<unknown>[]).push({ file: show(abs), data });
      // A file that could not be read or parsed declares, by its name, the id it was meant to: references to
      // it are not reported again as unknown, so one broken file gives one problem, not a cascade.
      else docs.brokenIds[`${kind}s`].push(fileStem(abs));
    }
  }

  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && DATA_FILE.test(entry.name) && !/^(framework|questions)\.(ya?ml|json)$/i.test(entry.name)) {
      problems.push({
        file: show(join(dir, entry.name)),
        line: 0,
        column: 0,
        severity: 'warning',
        rule: 'unknown-file',
        message: 'not part of the framework layout (framework.yaml, questions.yaml, skills/, roles/): it is not read',
      });
    }
  }

  // framework.yaml exists (checked above): when it is absent from docs, its own problems are already listed.
  const rules = checkFramework(docs).filter((p) => p.rule !== 'missing-framework');
  for (const p of rules) problems.push(locateProblem(p, parsed));
  return { dir, framework: buildFramework(docs), docs, problems: sortProblems(problems), files: parsed.size };
}

function missing(file: string, message: string): Problem {
  return { file, line: 0, column: 0, severity: 'error', rule: 'missing-file', message };
}

/** A folder where a data file of this name is expected (framework.yaml/ made by mistake), if any. */
function folderNamedLike(dir: string, name: string): string | undefined {
  return findEntry(dir, name, (s) => s.isDirectory());
}

function findFile(dir: string, name: string): string | undefined {
  return findEntry(dir, name, (s) => s.isFile());
}

/** `name`.yaml, .yml or .json in `dir` (in that order) that passes `test`. */
function findEntry(dir: string, name: string, test: (s: Stats) => boolean): string | undefined {
  for (const ext of ['yaml', 'yml', 'json']) {
    const abs = join(dir, `${name}.${ext}`);
    try {
      if (test(statSync(abs))) return abs;
    } catch {
      // not this extension
    }
  }
  return undefined;
}

/** Data files below a folder, recursively, sorted; undefined when the folder does not exist. */
function listDataFiles(root: string, show: (abs: string) => string, problems: Problem[]): string[] | undefined {
  try {
    if (!statSync(root).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      problems.push({ file: show(dir), line: 0, column: 0, severity: 'error', rule: 'unreadable', message: errnoMessage(error, show(dir)).replace(/^[^:]*: /, '') });
      return;
    }
    if (seen.has(real)) return; // a symbolic link back into the tree: each folder is read once
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: show(dir), line: 0, column: 0, severity: 'error', rule: 'unreadable', message: errnoMessage(error, show(dir)).replace(/^[^:]*: /, '') });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync(abs);
          isDir = s.isDirectory();
        } catch (error) {
          problems.push({ file: show(abs), line: 0, column: 0, severity: 'error', rule: 'unreadable', message: errnoMessage(error, show(abs)).replace(/^[^:]*: /, '') });
          continue;
        }
      }
      if (isDir) walk(abs);
      else if (DATA_FILE.test(entry.name)) out.push(abs); // not a regular file (a FIFO, a device): reading it says so
    }
  };
  walk(root);
  return out;
}

export function fileStem(file: string): string {
  return basename(file).replace(DATA_FILE, '');
}
