// The benchmark's `rescore` row, in-process: the work done between two prompts of the questionnaire, i.e. one
// evaluation of the stopping rule and the choice of the next question (nextStep), on a framework given as a
// folder. Bundled by run.mjs with esbuild (the core is TypeScript); prints JSON on stdout.
//
// For each role with next moves (at most 60, those with the most moves first), a person partway through: the
// choice questions answered, the first third of the pool rated at the prior + 1; the median of `runs` timings
// per role, then the worst role's median and the median over roles.
import { expectedSkills, nextStep, planAsking } from '../../src/core/asking.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { priorLevel } from '../../src/core/prior.js';
import type { Profile } from '../../src/core/types.js';
import { loadFramework } from '../../src/io/load-framework.js';

const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 15);
const loaded = loadFramework(dir!);
if (!loaded.framework) {
  process.stderr.write(`rescore: ${dir} did not load\n`);
  process.exit(1);
}
const index = indexFramework(loaded.framework);
const roles = [...index.roles.values()]
  .filter((r) => (index.outgoing.get(r.id) ?? []).length > 0)
  .sort((a, b) => (index.outgoing.get(b.id)!.length - index.outgoing.get(a.id)!.length) || (a.id < b.id ? -1 : 1))
  .slice(0, 60);

const medians: number[] = [];
const estimates: number[] = [];
let maxMoves = 0;
let maxPool = 0;
for (const role of roles) {
  const plan = planAsking(index, role.id, 'full');
  const preferences: Record<string, string> = {};
  for (const q of plan.questions) if (q.type === 'choice') preferences[q.id] = q.options[0]!.id;
  const ratings: Record<string, number> = {};
  for (const id of plan.pool.slice(0, Math.ceil(plan.pool.length / 3))) ratings[id] = Math.min(5, priorLevel(index, role, id) + 1);
  const profile: Profile = { current_role: role.id, ratings, preferences };
  const asked = Object.keys(ratings).length;
  nextStep(index, plan, profile, asked); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    nextStep(index, plan, profile, asked);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  medians.push(times[times.length >> 1]!);
  // the progress label's estimate (a simulation of the rest at the prior): shown beside the row, not its target
  const t0 = performance.now();
  expectedSkills(index, plan, profile, asked);
  estimates.push(performance.now() - t0);
  maxMoves = Math.max(maxMoves, index.outgoing.get(role.id)!.length);
  maxPool = Math.max(maxPool, plan.pool.length);
}
medians.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    roles: roles.length,
    worstMs: medians.at(-1) ?? 0,
    medianMs: medians[medians.length >> 1] ?? 0,
    estimateWorstMs: Math.max(0, ...estimates),
    maxMoves,
    maxPool,
  }) + '\n',
);
