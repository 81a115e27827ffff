// Framework folders for tests: a copy of the shipped framework in a temp dir, with files changed or added.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA = join(ROOT, 'data');
export const BIN = join(ROOT, 'bin', 'rungs.js');

const made: string[] = [];

export function tempDir(prefix = 'rungs-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of data/ with `changes` applied: path -> new text (null deletes the file). */
export function frameworkCopy(changes: Record<string, string | null> = {}): string {
  const dir = tempDir();
  cpSync(DATA, dir, { recursive: true });
  for (const [rel, text] of Object.entries(changes)) {
    const file = join(dir, rel);
    if (text === null) rmSync(file, { recursive: true, force: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  return dir;
}

export function dataFile(rel: string): string {
  return readFileSync(join(DATA, rel), 'utf8');
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}
