// The stopping rule of the questionnaire (src/core/stopping.ts), held to brute force: over every answer in the
// band of every unasked skill, it never stops while some answer could change the recommended role or its ready
// verdict, and the advice it stops with is the advice of answering everything at the prior.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexFramework, type FrameworkIndex } from '../../src/core/index-framework.js';
import { recommend } from '../../src/core/recommend.js';
import { priorLevel } from '../../src/core/prior.js';
import { atPrior, bandOf, decisiveOrder, settle, type Verdict } from '../../src/core/stopping.js';
import type { Profile } from '../../src/core/types.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { arbCase, SKILL_IDS } from './arbitraries.js';
import { edge, makeIndex, makeRole, req } from './builders.js';

function adviceOf(index: FrameworkIndex, profile: Profile): Verdict {
  const advice = recommend(index, profile);
  return { role: advice.next_role?.id ?? null, ready: advice.ready };
}

/** Every assignment of the band values to the remaining skills. */
function* assignments(index: FrameworkIndex, profile: Profile, remaining: string[]): Generator<Record<string, number>> {
  const current = index.roles.get(profile.current_role)!;
  const bands = remaining.map((id) => bandOf(index, current, id));
  const values = bands.map((b) => b.low);
  while (true) {
    yield Object.fromEntries(bands.map((b, i) => [b.skill, values[i]!]));
    let i = 0;
    while (i < bands.length && values[i] === bands[i]!.high) values[i++] = bands[i - 1]!.low;
    if (i === bands.length) return;
    values[i]!++;
  }
}

describe('priorLevel and the band', () => {
  const index = makeIndex({
    meta: { scoring: { unrated_prior: 2 } },
    roles: [makeRole('agent', { skills: [req('a', 3, 5), req('b', 5, 2)] })],
  });
  const agent = index.roles.get('agent')!;

  it('the current role\'s level for a skill it requires, else the framework\'s unrated_prior', () => {
    expect(priorLevel(index, agent, 'a')).toBe(3);
    expect(priorLevel(index, agent, 'zzz')).toBe(2);
    const plain = makeIndex({ roles: [makeRole('x', { skills: [req('a', 3, 5)] })] });
    expect(priorLevel(plain, plain.roles.get('x')!, 'other')).toBe(1);
  });

  it('is prior - 1 .. prior + 1 within the scale', () => {
    expect(bandOf(index, agent, 'a')).toEqual({ skill: 'a', prior: 3, low: 2, high: 4 });
    expect(bandOf(index, agent, 'b')).toEqual({ skill: 'b', prior: 5, low: 4, high: 5 });
  });
});

describe('settle, by hand', () => {
  // agent -> lead (promotion, management) or trainer (lateral, training)
  const index = makeIndex({
    roles: [
      makeRole('agent', { skills: [req('trouble', 2, 5), req('empathy', 2, 3)], next: [edge('lead'), edge('trainer', 'lateral')] }),
      makeRole('lead', { level: 2, track: 'management', skills: [req('coaching', 3, 5), req('empathy', 3, 4)] }),
      makeRole('trainer', { level: 2, track: 'training', skills: [req('teaching', 3, 5), req('empathy', 2, 2)] }),
    ],
  });
  const all = ['coaching', 'empathy', 'teaching', 'trouble'];

  it('with nothing rated and no preferences the advice is open', () => {
    const profile: Profile = { current_role: 'agent', ratings: {} };
    const s = settle(index, profile, all);
    expect(s.settled).toBe(false);
    expect(s.verdict).toEqual(adviceOf(index, atPrior(index, profile, all)));
  });

  it('once the deciding skills are answered far apart, it is settled, and the skills left do not matter', () => {
    const profile: Profile = { current_role: 'agent', ratings: { coaching: 5, teaching: 0, empathy: 4 } };
    const s = settle(index, profile, ['trouble']);
    expect(s).toMatchObject({ settled: true, verdict: { role: 'lead', ready: true } });
  });

  it('a rival that an answer inside the band would put first keeps it open, and is named', () => {
    const profile: Profile = { current_role: 'agent', ratings: { coaching: 1, empathy: 3 } };
    const s = settle(index, profile, ['teaching']);
    // teaching's band is 0..2 (prior 1): at 2 the trainer role outranks the lead
    const trainerWins = adviceOf(index, { ...profile, ratings: { ...profile.ratings, teaching: 2 } });
    expect(trainerWins.role).toBe('trainer');
    expect(s.settled).toBe(false);
    expect(s.open).toEqual({ rival: 'trainer' });
  });
});

describe('settle, against brute force (property)', () => {
  const arb = arbCase.chain(({ fw, profile }) =>
    fc.subarray(SKILL_IDS, { maxLength: 5 }).map((remaining) => {
      const ratings = { ...profile.ratings };
      for (const id of remaining) delete ratings[id];
      return { fw, profile: { ...profile, ratings }, remaining };
    }),
  );

  it('never settled while an answer inside the band changes the role or the verdict; the verdict is that of answering at the prior', () => {
    fc.assert(
      fc.property(arb, ({ fw, profile, remaining }) => {
        const index = indexFramework(fw);
        const s = settle(index, profile, remaining);
        expect(s.verdict).toEqual(adviceOf(index, atPrior(index, profile, remaining)));
        let flips = false;
        for (const values of assignments(index, profile, remaining)) {
          const v = adviceOf(index, { ...profile, ratings: { ...profile.ratings, ...values } });
          if (v.role !== s.verdict.role || v.ready !== s.verdict.ready) {
            flips = true;
            break;
          }
        }
        if (s.settled) expect(flips).toBe(false);
        // and exact: open only when some answer really flips it (or two scores tie within float noise)
        if (!s.settled && !flips) {
          const near = recommend(index, atPrior(index, profile, remaining));
          expect('rival' in s.open!).toBe(true);
          expect(near.alternatives.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('settle with preference questions still open (property)', () => {
  // Small cases: at most 3 skills left and 2 questions open, each open question answered any way or not at all.
  const arb = arbCase
    .filter(({ fw }) => fw.questions.length > 0)
    .chain(({ fw, profile }) =>
      fc.record({ remaining: fc.subarray(SKILL_IDS, { maxLength: 3 }), open: fc.subarray(fw.questions.map((q) => q.id), { minLength: 1, maxLength: Math.min(2, fw.questions.length) }) }).map(({ remaining, open }) => {
        const ratings = { ...profile.ratings };
        for (const id of remaining) delete ratings[id];
        const preferences = { ...profile.preferences };
        for (const id of open) delete preferences[id];
        return { fw, profile: { ...profile, ratings, preferences }, remaining, open };
      }),
    );

  it('never settled while some answers to the open questions, with skills in the band, change the role or the verdict', () => {
    let settledCases = 0;
    fc.assert(
      fc.property(arb, ({ fw, profile, remaining, open }) => {
        const index = indexFramework(fw);
        const s = settle(index, profile, remaining, open);
        if (!s.settled) return;
        settledCases++;
        const answersOf = (id: string): (number | string | undefined)[] => {
          const q = index.questions.get(id)!;
          return [undefined, ...(q.type === 'agree' ? [1, 2, 3, 4, 5] : q.options.map((o) => o.id))];
        };
        const combos: Record<string, number | string>[] = [{}];
        for (const id of open) {
          const next: Record<string, number | string>[] = [];
          for (const c of combos) for (const a of answersOf(id)) next.push(a === undefined ? c : { ...c, [id]: a });
          combos.splice(0, combos.length, ...next);
        }
        for (const prefs of combos) {
          for (const values of assignments(index, profile, remaining)) {
            const v = adviceOf(index, { ...profile, ratings: { ...profile.ratings, ...values }, preferences: { ...profile.preferences, ...prefs } });
            expect(v).toEqual(s.verdict);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(settledCases).toBeGreaterThan(10); // the property was exercised, not vacuous
  });
});

describe('decisiveOrder', () => {
  const index = makeIndex({
    roles: [
      makeRole('agent', { skills: [req('trouble', 3, 5)], next: [edge('lead'), edge('trainer', 'lateral')] }),
      makeRole('lead', { level: 2, track: 'management', skills: [req('coaching', 3, 5), req('tools', 3, 2), req('trouble', 3, 3)] }),
      makeRole('trainer', { level: 2, track: 'training', skills: [req('teaching', 3, 2)] }),
    ],
  });

  it('a core skill of the likely move first; a skill the current role already expects at the target last', () => {
    const profile: Profile = { current_role: 'agent', ratings: {}, preferences: {} };
    const order = decisiveOrder(index, profile, ['teaching', 'tools', 'coaching', 'trouble']);
    expect(order[0]).toBe('coaching');
    expect(order.at(-1)).toBe('trouble'); // agent already requires 3, the lead's target
  });
});

describe('the default framework', () => {
  const index = indexFramework(loadFramework(new URL('../../data', import.meta.url).pathname).framework!);

  it('every role, nothing answered: the verdict is that of answering at the prior, and the order covers every skill once', () => {
    for (const role of index.roles.values()) {
      const skills = [...new Set([role, ...(index.outgoing.get(role.id) ?? []).map((e) => index.roles.get(e.role)!)].flatMap((r) => r.skills.map((s) => s.skill)))];
      const profile: Profile = { current_role: role.id, ratings: {} };
      expect(settle(index, profile, skills).verdict).toEqual(adviceOf(index, atPrior(index, profile, skills)));
      expect(decisiveOrder(index, profile, skills).sort()).toEqual([...skills].sort());
    }
  });
});
