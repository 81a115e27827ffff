// Everyone goes into the team as read; a name that comes again takes the first profile out, and the person's
// profiles are merged at the end (src/cli/report-people.ts). The report must be the one built from the merged
// profiles directly, in any order of arrival, and a profile that changed in between is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { people } from '../../src/cli/report-people.js';
import { createTeam, type TeamInput } from '../../src/core/team.js';
import { mergeSamePerson, nameKey } from '../../src/core/team-change.js';
import { RungsError } from '../../src/errors.js';
import { teamIndex } from './team-builders.js';
import { makeProfile } from './builders.js';

const NAMES = ['Ana', 'ana ', 'Ben', 'Chloe', undefined];
const input = fc.record({
  name: fc.constantFrom(...NAMES),
  role: fc.constantFrom('agent', 'senior', 'expert', 'lead'),
  trouble: fc.integer({ min: 0, max: 5 }),
  coaching: fc.integer({ min: 0, max: 5 }),
  manager: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  day: fc.integer({ min: 10, max: 28 }),
});

interface Spec {
  name?: string | undefined;
  role: string;
  trouble: number;
  coaching: number;
  manager?: number | undefined;
  day: number;
}

const inputsOf = (specs: readonly Spec[]): TeamInput[] =>
  specs.map((s, i) => ({
    file: `team/p${i}.yaml`,
    profile: makeProfile({
      current_role: s.role,
      ratings: { trouble: s.trouble, coaching: s.coaching },
      assessed_on: `2026-05-${s.day}`,
      ...(s.name === undefined ? {} : { name: s.name }),
      ...(s.manager === undefined ? {} : { manager_ratings: { trouble: s.manager } }),
    }),
  }));

/** The report as people() builds it, profiles taken in `order` (a permutation of their places). */
function viaPeople(inputs: TeamInput[], order: number[]) {
  const team = createTeam(teamIndex);
  const everyone = people(team, { reread: (i) => inputs[i as number]!, order: (i) => i as number });
  for (const i of order) everyone.take(inputs[i]!, inputs[i]!.file, i);
  const { left, merged } = everyone.finish();
  return { report: team.finish([], { read: inputs.length, used: inputs.length, rejected: 0 }, left), merged };
}

/** The same report built directly: one input per person, merged as the rules say, in file order. */
function direct(inputs: TeamInput[]) {
  const team = createTeam(teamIndex);
  const groups = new Map<string, TeamInput[]>();
  for (const x of inputs) {
    const key = nameKey(x.profile.name);
    if (key === undefined) team.add(x);
    else groups.set(key, [...(groups.get(key) ?? []), x]);
  }
  for (const list of groups.values()) {
    if (list.length === 1) team.add(list[0]!);
    else {
      const { kept, profile } = mergeSamePerson(list.map((x) => ({ file: x.file, profile: x.profile })));
      team.add({ ...list[kept]!, profile, merged_from: list.filter((_, i) => i !== kept).map((x) => x.file) });
    }
  }
  return team.finish([], { read: inputs.length, used: inputs.length, rejected: 0 });
}

describe('people: same-name profiles taken out and merged', () => {
  it('gives the report built from the merged profiles, whatever order the profiles arrive in', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }).chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs.map((_, i) => i), { minLength: specs.length }))), ([specs, order]) => {
        const inputs = inputsOf(specs);
        const { report, merged } = viaPeople(inputs, order);
        expect(JSON.stringify(report)).toBe(JSON.stringify(direct(inputs)));
        const named = inputs.filter((x) => nameKey(x.profile.name) !== undefined);
        expect(merged).toBe(named.length - new Set(named.map((x) => nameKey(x.profile.name))).size);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a profile that changed between its first reading and the second of its name', () => {
    const inputs = inputsOf([
      { name: 'Ana', role: 'agent', trouble: 1, coaching: 1, day: 10 },
      { name: 'Ana', role: 'agent', trouble: 2, coaching: 1, day: 11 },
    ]);
    const team = createTeam(teamIndex);
    const changed = { ...inputs[0]!, profile: { ...inputs[0]!.profile, ratings: { trouble: 5 } } };
    const everyone = people(team, { reread: () => changed });
    everyone.take(inputs[0]!, 'p0.yaml', 0);
    expect(() => everyone.take(inputs[1]!, 'p1.yaml', 1)).toThrow(RungsError);
    expect(() => everyone.take(inputs[1]!, 'p1.yaml', 1)).toThrow(/team\/p0\.yaml: changed while the report was reading it; run the report again/);
  });
});
