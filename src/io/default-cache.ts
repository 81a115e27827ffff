// The built-in framework, checked and compiled to JSON at build time: parsing its ~70 YAML files costs
// ~400 ms on every start, JSON.parse of the result ~2 ms. The cache records each source file's size and
// mtime, so an edited data/ folder (a developer's checkout) is noticed and loaded from YAML instead.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../core/problems.js';
import type { Framework } from '../core/types.js';
import { loadFramework } from './load-framework.js';
import { packageRoot } from './paths.js';

interface Stamp {
  file: string;
  size: number;
  mtimeMs: number;
}

interface Compiled {
  format: 1;
  stamps: Stamp[];
  files: number;
  /** Problems relative to the data folder (none for a shipped framework: the build fails otherwise). */
  problems: Problem[];
  framework: Framework;
}

export const CACHE_FILE = 'default-framework.json';

function sourceFiles(dataDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.push(relative(dataDir, abs));
    }
  };
  walk(dataDir);
  return out.sort();
}

function stamps(dataDir: string): Stamp[] {
  return sourceFiles(dataDir).map((file) => {
    const s = statSync(join(dataDir, file));
    return { file, size: s.size, mtimeMs: s.mtimeMs };
  });
}

/** Build time: load and check data/, write the cache beside the bundle. Returns the problems found. */
export function compileDefault(dataDir: string, outDir: string): Problem[] {
  const loaded = loadFramework(dataDir, { cwd: dataDir });
  const compiled: Compiled = { format: 1, stamps: stamps(dataDir), files: loaded.files, problems: loaded.problems, framework: loaded.framework! };
  writeFileSync(join(outDir, CACHE_FILE), JSON.stringify(compiled));
  return loaded.problems;
}

/** Run time: the compiled built-in framework, or undefined when it is missing or data/ changed since. */
export function readDefaultCache(dataDir = join(packageRoot(), 'data')): { framework: Framework; files: number; problems: Problem[] } | undefined {
  let compiled: Compiled;
  try {
    compiled = JSON.parse(readFileSync(join(packageRoot(), 'dist', CACHE_FILE), 'utf8')) as Compiled;
    if (compiled.format !== 1) return undefined;
    const now = stamps(dataDir);
    if (now.length !== compiled.stamps.length) return undefined;
    for (let i = 0; i < now.length; i++) {
      const a = now[i]!;
      const b = compiled.stamps[i]!;
      if (a.file !== b.file || a.size !== b.size || a.mtimeMs !== b.mtimeMs) return undefined;
    }
  } catch {
    return undefined;
  }
  return { framework: compiled.framework, files: compiled.files, problems: compiled.problems };
}
