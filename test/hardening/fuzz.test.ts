// The fuzz run: mutated copies of the shipped data files and fixture profiles through the loaders, in-process.
// No crash (only RungsError or problem lists), no hang (a time bound per case), no unhandled rejection. A
// fixed number of cases in `npm test`; `npm run fuzz` runs many more (FUZZ_CASES) and prints the seed of every
// failure, which FUZZ_REPLAY=<seed> runs again alone.
import { rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { planRoute } from '../../src/core/plan.js';
import { recommend } from '../../src/core/recommend.js';
import { buildTeamReport } from '../../src/core/team.js';
import type { Profile } from '../../src/core/types.js';
import { RungsError } from '../../src/errors.js';
import { splitStdin } from '../../src/io/inputs.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { checkParsed, readProfileFile } from '../../src/io/profile.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { fuzzCase, fuzzSettings, seeds, type FuzzCase } from './fuzz.js';
import { DATA, MINI_FILES, writeMini } from './helpers.js';

const { seeds: SEEDS, perCaseMs } = fuzzSettings();
const SOURCES = seeds();
const index = indexFramework(loadFramework(DATA).framework!);
const PROFILE: Profile = { current_role: 'support-technician', ratings: { troubleshooting: 2 } };
const CHUNK = 100;

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
// A process warning would reach the user's terminal as extra lines (the yaml package warns that way).
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeAll(() => {
  process.on('unhandledRejection', onRejection);
  process.on('warning', onWarning);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
  process.off('warning', onWarning);
  cleanTempDirs();
});

interface Failure {
  seed: number;
  source: string;
  ops: string[];
  error: string;
}

/** One case: its failure, or undefined. */
function runCase(c: FuzzCase, dir: string): string | undefined {
  const started = performance.now();
  try {
    if (c.source.kind === 'framework') {
      const rel = c.source.rel!;
      writeFileSync(join(dir, rel), c.mutated.bytes);
      try {
        const loaded = loadFramework(dir, { cwd: dir });
        for (const p of loaded.problems) {
          if (typeof p.message !== 'string' || !p.file || !(p.line >= 0) || !(p.column >= 0)) return `a malformed problem: ${JSON.stringify(p)}`;
        }
        if (loaded.framework) {
          const fw = indexFramework(loaded.framework);
          // scoring on a framework with errors is not something the CLI does (it refuses it), but it must not crash
          if (fw.roles.size > 0) {
            const profile = { ...PROFILE, current_role: fw.roleIds[0]! };
            recommend(fw, profile);
            planRoute(fw, profile, fw.roleIds[fw.roleIds.length - 1]!);
          }
        }
      } finally {
        if (MINI_FILES[rel] !== undefined) writeFileSync(join(dir, rel), MINI_FILES[rel]!);
        else rmSync(join(dir, rel), { force: true });
      }
    } else {
      const file = join(dir, `p${extname(c.source.name) || '.yaml'}`);
      writeFileSync(file, c.mutated.bytes);
      const result = readProfileFile(file, index);
      const people = [];
      if (result.ok) {
        recommend(index, result.profile);
        planRoute(index, result.profile, 'chief-customer-officer');
        people.push({ file: 'p', profile: result.profile });
      }
      const text = c.mutated.bytes.toString('utf8');
      for (const s of splitStdin(text)) {
        const r = checkParsed(s.parsed, index);
        if (r.ok) people.push({ file: s.name, profile: r.profile });
      }
      buildTeamReport(index, people, [], { read: people.length, used: people.length, rejected: 0 });
    }
  } catch (error) {
    if (!(error instanceof RungsError)) return `${(error as Error)?.name}: ${(error as Error)?.message}\n${(error as Error)?.stack ?? ''}`;
  }
  const ms = performance.now() - started;
  return ms > perCaseMs ? `took ${Math.round(ms)} ms (the bound is ${perCaseMs} ms): a hang?` : undefined;
}

/** A process warning emitted by the case (warnings are emitted on the next tick). */
async function warned(before: number): Promise<string | undefined> {
  if (process.listenerCount('warning') === 0) return undefined;
  await new Promise((resolve) => process.nextTick(resolve));
  return warnings.length > before ? `a process warning: ${warnings.slice(before).join('; ')}` : undefined;
}

const chunks: number[][] = [];
for (let i = 0; i < SEEDS.length; i += CHUNK) chunks.push(SEEDS.slice(i, i + CHUNK));

describe(`fuzz: ${SEEDS.length} mutated files (seeds ${SEEDS[0]}..${SEEDS[SEEDS.length - 1]}) from ${SOURCES.length} sources`, () => {
  const dir = writeMini(tempDir('rungs-fuzz-'));
  const profiles = tempDir('rungs-fuzz-p-');

  it('notices a process warning (the check is not vacuous)', async () => {
    const before = warnings.length;
    process.emitWarning('a test warning');
    expect(await warned(before)).toMatch(/a process warning: Warning: a test warning/);
    warnings.length = before;
  });

  it.each(chunks.map((c) => [`${c[0]}..${c[c.length - 1]}`, c] as const))('seeds %s: no crash, no hang', async (_, chunk) => {
    const failures: Failure[] = [];
    for (const seed of chunk) {
      const c = fuzzCase(seed, SOURCES);
      const before = warnings.length;
      const error = runCase(c, c.source.kind === 'framework' ? dir : profiles) ?? (await warned(before));
      if (error) failures.push({ seed, source: c.source.name, ops: c.mutated.ops, error });
    }
    await new Promise((resolve) => setImmediate(resolve)); // let any stray rejection surface
    if (failures.length) {
      const lines = failures.map((f) => `  seed ${f.seed}: ${f.source} after [${f.ops.join('; ')}]\n    ${f.error.split('\n').slice(0, 4).join('\n    ')}`);
      console.error(`fuzz failures (replay with FUZZ_REPLAY=${failures.map((f) => f.seed).join(',')}):\n${lines.join('\n')}`);
    }
    expect(failures.map((f) => `seed ${f.seed} (${f.source}): ${f.error.split('\n')[0]}`)).toEqual([]);
    expect(rejections).toEqual([]);
  });
});
