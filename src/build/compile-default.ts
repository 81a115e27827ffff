// Build step: check the shipped framework and compile it to dist/default-framework.json.
// A shipped framework with any problem fails the build.
import { join } from 'node:path';
import { compileDefault } from '../io/default-cache.js';

export function run(root: string): void {
  const problems = compileDefault(join(root, 'data'), join(root, 'dist'));
  if (problems.length) {
    for (const p of problems) process.stderr.write(`data/${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.rule}]\n`);
    throw new Error(`the shipped framework in data/ has ${problems.length} problem(s)`);
  }
}
