// Build step: check the shipped framework and compile it to dist/default-framework.json.
// A shipped framework with any problem fails the build.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { CACHE_FILE, stamps, type Compiled } from '../io/default-cache.js';
import { loadFramework } from '../io/load-framework.js';
import type { Problem } from '../core/problems.js';

/** Build time: load and check data/, write the cache beside the bundle. Returns the problems found. */
function compileDefault(dataDir: string, outDir: string): Problem[] {
  const loaded = loadFramework(dataDir, { cwd: dataDir });
  const compiled: Compiled = { format: 1, stamps: stamps(dataDir), files: loaded.files, problems: loaded.problems, framework: loaded.framework! };
  writeFileSync(join(outDir, CACHE_FILE), JSON.stringify(compiled));
  return loaded.problems;
}

export function run(root: string): void {
  const problems = compileDefault(join(root, 'data'), join(root, 'dist'));
  if (problems.length) {
    for (const p of problems) process.stderr.write(`data/${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]\n`);
    throw new Error(`the shipped framework in data/ has ${problems.length} problem(s)`);
  }
}
