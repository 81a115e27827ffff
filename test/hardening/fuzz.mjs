// `npm run fuzz [-- <cases> [<base seed>]]`: the long fuzz run (default 20,000 cases) of test/hardening/fuzz.test.ts.
// Prints the seed of every failure; `FUZZ_REPLAY=<seed>[,<seed>...] npm run fuzz` runs just those again.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const [cases = '20000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_CASES: process.env.FUZZ_CASES ?? cases, ...(seed ? { FUZZ_SEED: seed } : {}) };
console.error(`rungs fuzz: ${env.FUZZ_REPLAY ? `replaying seeds ${env.FUZZ_REPLAY}` : `${env.FUZZ_CASES} cases from seed ${env.FUZZ_SEED ?? 'the default'}`}`);
const run = spawnSync(process.execPath, [vitest, 'run', '--config', 'test/vitest.config.ts', 'test/hardening/fuzz.test.ts'], { cwd: root, env, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
