// The built-in framework, checked and compiled to JSON at build time: parsing its ~70 YAML files costs
// ~400 ms on every start, JSON.parse of the result ~2 ms. The cache records each source file's size, mtime
// and hash, so an edited data/ folder (a developer's checkout) is noticed and loaded from YAML instead.
// npm pack resets every mtime (to 1985), so a file whose mtime differs is compared by its hash.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../core/problems.js';
import type { Framework } from '../core/types.js';
import { packageRoot } from './paths.js';

export interface Stamp {
  file: string;
  size: number;
  mtimeMs: number;
  sha1: string;
}

export interface Compiled {
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
  // Names relative to dataDir built on the way down, joined with `/`: path.relative and path.join normalise
  // whole paths on every call (~10 ms of every start for the built-in framework's ~70 files), and `/` names
  // the same file on every system, so a package built on one matches its stamps on another.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, name);
      else out.push(name);
    }
  };
  walk(dataDir, '');
  return out.sort();
}

export function stamps(dataDir: string): Stamp[] {
  return sourceFiles(dataDir).map((file) => {
    const s = statSync(join(dataDir, file));
    return { file, size: s.size, mtimeMs: s.mtimeMs, sha1: sha1(join(dataDir, file)) };
  });
}

function sha1(path: string): string {
  // Loaded only here: node:crypto costs ~9 ms of a start, and a file is hashed only when its mtime differs.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

/** Run time: the compiled built-in framework, or undefined when it is missing or data/ changed since. */
export function readDefaultCache(
  dataDir = join(packageRoot(), 'data'),
  cacheFile = join(packageRoot(), 'dist', CACHE_FILE),
): { framework: Framework; files: number; problems: Problem[] } | undefined {
  let compiled: Compiled;
  try {
    compiled = JSON.parse(readFileSync(cacheFile, 'utf8')) as Compiled;
    if (compiled.format !== 1) return undefined;
    const files = sourceFiles(dataDir);
    if (files.length !== compiled.stamps.length) return undefined;
    for (let i = 0; i < files.length; i++) {
      const b = compiled.stamps[i]!;
      if (files[i] !== b.file) return undefined;
      const abs = `${dataDir}/${b.file}`;
      const s = statSync(abs);
      if (s.size !== b.size) return undefined;
      if (s.mtimeMs !== b.mtimeMs && sha1(abs) !== b.sha1) return undefined;
    }
  } catch {
    return undefined;
  }
  return { framework: compiled.framework, files: compiled.files, problems: compiled.problems };
}
