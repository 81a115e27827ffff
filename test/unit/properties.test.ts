import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Gap } from '../../src/core/readiness.js';
import { trackFit } from '../../src/core/fit.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { planRoute } from '../../src/core/plan.js';
import { readRatings, roleGaps, roleReadiness, scoringRatings } from '../../src/core/readiness.js';
import { moveInputs, nextMove, recommend, type Advice } from '../../src/core/recommend.js';
import { leadWarnings } from '../../src/core/lead-warnings.js';
import { entryOrder, personKey, rankPeople } from '../../src/core/team-order.js';
import { arbCase, SKILL_IDS, shuffleFramework, shuffleProfile } from './arbitraries.js';
import { priorLevel } from '../../src/core/prior.js';

const inUnit = (x: number) => x >= 0 && x <= 1;

function adviceNumbers(advice: Advice): number[] {
  const fork = advice.fork ? [advice.fork.expert, advice.fork.management].flatMap((s) => [s.readiness, s.fit]) : [];
  return [
    advice.readiness,
    ...advice.readiness_range,
    advice.fit,
    advice.score,
    ...advice.alternatives.flatMap((a) => [a.readiness, a.fit, a.score]),
    ...fork,
  ];
}

describe('scoring properties', () => {
  it('keeps every readiness, fit and score in [0, 1], with low <= readiness <= high', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const index = indexFramework(fw);
        expect(Object.values(trackFit(index, profile.preferences).fit).every(inUnit)).toBe(true);
        for (const role of fw.roles) {
          const r = roleReadiness(index, profile, role);
          expect([r.readiness, r.low, r.high].every(inUnit)).toBe(true);
          expect(r.low).toBeLessThanOrEqual(r.readiness + 1e-12);
          expect(r.readiness).toBeLessThanOrEqual(r.high + 1e-12);
        }
        const advice = recommend(index, profile);
        expect(adviceNumbers(advice).every(inUnit)).toBe(true);
        expect(advice.readiness_range[0]).toBeLessThanOrEqual(advice.readiness_range[1]);
      }),
    );
  });

  it('never lowers any readiness when one rating goes up', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...SKILL_IDS), fc.integer({ min: 1, max: 5 }), ({ fw, profile }, skill, step) => {
        const before = profile.ratings[skill];
        fc.pre(typeof before === 'number' && before < 5);
        const raised = { ...profile, ratings: { ...profile.ratings, [skill]: Math.min(5, (before as number) + step) } };
        const index = indexFramework(fw);
        for (const role of fw.roles) {
          const a = roleReadiness(index, profile, role);
          const b = roleReadiness(index, raised, role);
          expect(b.readiness).toBeGreaterThanOrEqual(a.readiness);
          expect(b.low).toBeGreaterThanOrEqual(a.low);
          expect(b.high).toBeGreaterThanOrEqual(a.high);
        }
      }),
    );
  });

  it('gives the same advice whatever the order of the files, lists and answers', () => {
    fc.assert(
      fc.property(arbCase, fc.integer(), ({ fw, profile }, seed) => {
        const original = recommend(indexFramework(fw), profile);
        const shuffled = recommend(indexFramework(shuffleFramework(fw, seed)), shuffleProfile(profile, seed + 1));
        expect(shuffled).toEqual(original);
      }),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const index = indexFramework(fw);
        expect(JSON.stringify(recommend(index, profile))).toBe(JSON.stringify(recommend(indexFramework(fw), profile)));
        const target = fw.roles[fw.roles.length - 1]!.id;
        expect(planRoute(index, profile, target)).toEqual(planRoute(index, profile, target));
      }),
    );
  });

  it('always gives reasons', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const advice = recommend(indexFramework(fw), profile);
        expect(advice.reasons.length).toBeGreaterThan(0);
        expect(advice.reasons.every((r) => r.length > 0)).toBe(true);
      }),
    );
  });

  it("makes the team report's lean decision exactly as the full advice does", () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const index = indexFramework(fw);
        const advice = recommend(index, profile);
        const { current_role, next_role, readiness, fit, ready, blocked_by, unrated } = advice;
        // The advice adds to each gap what only a person reads (both views, each action once): the rest is the same.
        const bare = (gaps: Gap[]) => gaps.map(({ skill, current, target, importance, shortfall, role }) => ({ skill, current, target, importance, shortfall, role }));
        const expected = { current_role, next_role, readiness, fit, ready, blocked_by, gaps: bare(advice.gaps), unrated };
        for (const move of [nextMove(index, profile), nextMove(index, profile, readRatings(index, profile.ratings))]) {
          expect({ ...move, gaps: bare(move.gaps) }).toEqual(expected);
        }
      }),
    );
  });

  it("words the same lead warnings from what nextMove worked out (fit, self ratings) as from the profile read again", () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const index = indexFramework(fw);
        // As a team report calls it, with the self ratings the reader made (readRatings), and as other callers do.
        for (const move of [nextMove(index, profile, readRatings(index, profile.ratings)), nextMove(index, profile)]) {
          const known = moveInputs(index, profile, move);
          expect(known?.fit).toEqual(trackFit(index, profile.preferences));
          expect(Array.from(known!.self)).toEqual(readRatings(index, profile.ratings));
          // A copy of the move is not one nextMove made: the lead's warnings work both out again.
          expect(moveInputs(index, profile, { ...move })).toBeUndefined();
          expect(leadWarnings(index, profile, move)).toEqual(leadWarnings(index, profile, { ...move }));
        }
      }),
    );
  });

  it('finds the same core gaps in the lean pass (roleGaps) as in the full readiness', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 6 }), ({ fw, profile }, minImportance) => {
        const index = indexFramework(fw);
        const ratings = scoringRatings(index, profile);
        for (const role of fw.roles) {
          const full = roleReadiness(index, profile, role, true, ratings).gaps.filter((g) => g.importance >= minImportance);
          expect(roleGaps(index, profile, role, ratings, minImportance)).toEqual(full);
        }
      }),
    );
  });

  it('plans routes along next edges, with the fewest moves', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const index = indexFramework(fw);
        const distance = distances(index, profile.current_role);
        for (const target of index.roleIds) {
          const plan = planRoute(index, profile, target);
          expect(plan.reachable).toBe(distance.has(target));
          if (!plan.reachable) continue;
          expect(plan.steps.length).toBe(distance.get(target));
          let at = profile.current_role;
          for (const step of plan.steps) {
            expect(index.outgoing.get(at)?.some((e) => e.role === step.role.id)).toBe(true);
            // the move's type follows the levels, whatever the edge is called
            expect(step.type).toBe(step.role.level > index.roles.get(at)!.level ? 'promotion' : 'lateral');
            expect(inUnit(step.readiness)).toBe(true);
            at = step.role.id;
          }
        }
      }),
    );
  });
});

// A plain breadth-first search to check the planner against.
function distances(index: ReturnType<typeof indexFramework>, start: string): Map<string, number> {
  const seen = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const e of index.outgoing.get(id) ?? []) {
      if (!seen.has(e.role)) {
        seen.set(e.role, seen.get(id)! + 1);
        queue.push(e.role);
      }
    }
  }
  return seen;
}

describe("ordering a team's lists", () => {
  const people = 21;
  // A permutation, as rankPeople leaves it: the order people came in is not their order in the report.
  const rank = Int32Array.from({ length: people }, (_, i) => (i * 8) % people);
  const first = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1, max: 1, noNaN: true }), fc.constant(-0), fc.constant(Number.POSITIVE_INFINITY));
  const entries = fc.array(fc.record({ person: fc.nat(people - 1), first }), { maxLength: 80 });

  it('sorts by the number, then by person, equal entries in the order they came (both the packed and the comparison way)', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const order = (by: (i: number) => number) => [...entryOrder(list.length, (i) => list[i]!.person, by, rank)];
        // The plain comparison sort it must equal (Array.prototype.sort is stable).
        const indices = list.map((_, i) => i);
        const expected = [...indices].sort((a, b) => list[a]!.first - list[b]!.first || rank[list[a]!.person]! - rank[list[b]!.person]!);
        expect(order((i) => list[i]!.first)).toEqual(expected);
        expect(order(() => 0)).toEqual([...indices].sort((a, b) => rank[list[a]!.person]! - rank[list[b]!.person]!));
      }),
    );
  });

  it('numbers people in the order of their keys, equal keys in the order they came', () => {
    const keys = ['b', 'a', 'B', 'a10', 'a9', 'a'].map((name, i) => personKey({ file: `f${i}`, name }));
    const { order, rank: ranks } = rankPeople(keys);
    // Case folded, numbers in numeric order, the exact text (B before b) and then the order they came.
    expect(order).toEqual([1, 5, 4, 3, 2, 0]);
    order.forEach((p, k) => expect(ranks[p]).toBe(k));
  });
});

// Issue 11's promises about unknowns and the verdict, over generated frameworks and people.
describe('honest readiness properties', () => {
  const verdict = (a: Advice) => ({
    next: a.next_role?.id ?? null,
    ready: a.ready,
    readiness: a.readiness,
    score: a.score,
    alternatives: a.alternatives.map((x) => [x.id, x.readiness, x.score, x.ready]),
  });

  it('rating an unrated skill at the level the prior assumed never changes the advice', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), ({ fw, profile }, pick) => {
        const index = indexFramework(fw);
        const current = index.roles.get(profile.current_role);
        const unrated = SKILL_IDS.filter((id) => typeof profile.ratings[id] !== 'number' && profile.manager_ratings?.[id] === undefined);
        fc.pre(unrated.length > 0 && current !== undefined);
        const skill = unrated[pick % unrated.length]!;
        const atPrior = { ...profile, ratings: { ...profile.ratings, [skill]: priorLevel(index, current, skill) } };
        expect(verdict(recommend(index, atPrior))).toEqual(verdict(recommend(index, profile)));
      }),
    );
  });

  it('"not rated" never scores better than the same skill rated at the prior, nor worse', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), ({ fw, profile }, pick) => {
        const index = indexFramework(fw);
        const current = index.roles.get(profile.current_role);
        fc.pre(current !== undefined);
        const skill = SKILL_IDS[pick % SKILL_IDS.length]!;
        const without = { ...profile, ratings: { ...profile.ratings, [skill]: null }, manager_ratings: undefined };
        const withPrior = { ...without, ratings: { ...without.ratings, [skill]: priorLevel(index, current, skill) } };
        for (const role of index.roles.values()) {
          expect(roleReadiness(index, without, role).readiness).toBeCloseTo(roleReadiness(index, withPrior, role).readiness, 12);
        }
      }),
    );
  });

  it('ready <=> readiness >= threshold and blocked_by empty, for every candidate in the advice and every plan step', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const index = indexFramework(fw);
        const threshold = fw.meta.scoring.readiness_threshold;
        const advice = recommend(index, profile);
        const rule = (c: { ready: boolean; readiness: number; blocked_by: unknown[] }, exact: number) => expect(c.ready).toBe(exact >= threshold && c.blocked_by.length === 0);
        if (advice.next_role) rule(advice, roleReadiness(index, profile, index.roles.get(advice.next_role.id)!).readiness);
        for (const alt of advice.alternatives) rule(alt, roleReadiness(index, profile, index.roles.get(alt.id)!).readiness);
        for (const target of index.roleIds) {
          for (const step of planRoute(index, profile, target).steps) rule(step, roleReadiness(index, profile, index.roles.get(step.role.id)!).readiness);
        }
      }),
    );
  });

  it('never suggests the same action twice in one advice', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const actions = recommend(indexFramework(fw), profile).gaps.flatMap((g) => g.develop.map((d) => d.action));
        expect(new Set(actions).size).toBe(actions.length);
      }),
    );
  });

  it('lists only rated skills as gaps, and every unrated requirement of the role apart', () => {
    fc.assert(
      fc.property(arbCase, ({ fw, profile }) => {
        const advice = recommend(indexFramework(fw), profile);
        expect(advice.gaps.every((g) => g.current !== null && g.current < g.target)).toBe(true);
        for (const u of advice.unrated) expect(typeof profile.ratings[u.skill] === 'number' || profile.manager_ratings?.[u.skill] !== undefined).toBe(false);
      }),
    );
  });
});
