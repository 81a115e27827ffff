import { describe, expect, it } from 'vitest';
import { roleReadiness } from '../../src/core/readiness.js';
import type { DevelopAction } from '../../src/core/types.js';
import { makeIndex, makeProfile, makeRole, makeSkill, req } from './builders.js';

const actions: DevelopAction[] = [
  { kind: 'training', action: 'Basics course', levels: [1, 2] },
  { kind: 'practice', action: 'Take the hard cases', levels: [3, 4] },
  { kind: 'reading', action: 'Read the manual' },
  { kind: 'certification', action: 'Expert exam', levels: [5, 5] },
];

// a is core (importance 5 >= core_importance 4); b and c are not.
const role = makeRole('senior', { skills: [req('c', 3, 3), req('a', 4, 5), req('b', 2, 2)] });
const index = makeIndex({
  roles: [role],
  skills: [
    makeSkill('a', { name: 'Alpha', develop: actions }),
    makeSkill('b', { name: 'Beta', category: 'interpersonal' }),
    makeSkill('c', { name: 'Gamma', develop: [{ kind: 'mentoring', action: 'Shadow', levels: [5, 5] }] }),
  ],
});
const score = (ratings: Record<string, number | null>) => roleReadiness(index, makeProfile({ ratings }), role);

describe('roleReadiness', () => {
  it('gives partial credit, weighted by importance; an unrated skill counts at its prior, and the range shows the unknowns', () => {
    const r = score({ a: 3, b: 2, c: null });
    // a 5 * 3/4 = 3.75, b 2 * 2/2 = 2, unrated c at the default prior 1: 3 * 1/3 = 1 -> 6.75 of 10
    expect(r.readiness).toBeCloseTo(6.75 / 10, 12);
    expect(r.low).toBeCloseTo(5.75 / 10, 12); // c as nothing
    expect(r.high).toBeCloseTo(8.75 / 10, 12); // c as met
    expect(r.known).toBe(2);
    expect(r.unknown).toBe(1);
    expect(r.gated).toEqual([]);
    // Before the prior this was 82% "ready" on two skills: not rated must not count better than rated at 1.
    expect(r.ready).toBe(false);
    expect(score({ a: 3, b: 2, c: 1 }).readiness).toBeCloseTo(r.readiness, 12);
  });

  it('lists only rated skills as gaps, by priority; unrated ones apart with what was assumed', () => {
    const r = score({ a: 3, b: 2 });
    expect(r.gaps.map((g) => [g.skill, g.current, g.shortfall, g.priority, g.unknown, g.role])).toEqual([['a', 3, 1, 5, false, 'senior']]);
    expect(r.gaps[0]).toMatchObject({ name: 'Alpha', category: 'technical', target: 4, importance: 5 });
    expect(r.unrated).toEqual([{ skill: 'c', name: 'Gamma', target: 3, importance: 3, assumed: 1 }]);
  });

  it('assumes an unrated skill at the level the current role expects of it', () => {
    const junior = makeRole('junior', { skills: [req('a', 3, 5), req('c', 3, 3)] });
    const idx = makeIndex({ roles: [junior, role], skills: [makeSkill('a'), makeSkill('b'), makeSkill('c')] });
    const r = roleReadiness(idx, makeProfile({ current_role: 'junior', ratings: { b: 2 } }), role);
    // a assumed 3 of 4 (5 * 3/4), b 2 of 2, c assumed 3 of 3: (3.75 + 2 + 3) / 10
    expect(r.readiness).toBeCloseTo(8.75 / 10, 12);
    expect(r.unrated.map((u) => [u.skill, u.assumed])).toEqual([['a', 3], ['c', 3]]);
    expect(r.ready).toBe(true);
    // Rating them at what was assumed changes nothing but the lists.
    const rated = roleReadiness(idx, makeProfile({ current_role: 'junior', ratings: { a: 3, b: 2, c: 3 } }), role);
    expect([rated.readiness, rated.ready, rated.gated]).toEqual([r.readiness, r.ready, r.gated]);
  });

  it('gates a core skill rated core_gap_gate or more below its target', () => {
    // a = 2 <= 4 - 2: gated; readiness (5 * 2/4 + 2 + 3) / 10 = 0.75 would otherwise be ready
    const r = score({ a: 2, b: 2, c: 3 });
    expect(r.readiness).toBeCloseTo(0.75, 12);
    expect(r.gated).toEqual(['a']);
    expect(r.ready).toBe(false);
    // one level short is not gated: a = 3
    expect(score({ a: 3, b: 2, c: 3 }).gated).toEqual([]);
  });

  it('does not gate a non-core skill however far short', () => {
    // b importance 2 < 4; (5 + 0 + 3) / 10 = 0.8
    const r = score({ a: 4, b: 0, c: 3 });
    expect(r.gated).toEqual([]);
    expect(r.readiness).toBeCloseTo(0.8, 12);
    expect(r.ready).toBe(true);
  });

  it('caps credit at the target', () => {
    expect(score({ a: 5, b: 5, c: 5 }).readiness).toBe(1);
    expect(score({ a: 5, b: 5, c: 5 }).gaps).toEqual([]);
  });

  it('with nothing rated, scores everything at the prior and says which core skill that leaves too far short', () => {
    const r = score({});
    // (5 * 1/4 + 2 * 1/2 + 3 * 1/3) / 10
    expect([r.readiness, r.low, r.high, r.known, r.unknown, r.ready]).toEqual([0.325, 0, 1, 0, 3, false]);
    expect(r.blocked).toEqual([
      {
        skill: 'a',
        name: 'Alpha',
        current: null,
        target: 4,
        rule: 'core-gap',
        reason: 'Alpha is not rated (assumed 1, the cautious default for a skill your role does not use), so it counts as 3 levels short of the core target 4',
      },
    ]);
    // null is the same as missing
    expect(score({ a: null, b: null, c: null })).toEqual(r);
  });

  it('says in words why a role over the threshold is not ready', () => {
    const r = score({ a: 2, b: 2, c: 3 });
    expect(r.blocked.map((b) => b.reason)).toEqual(['Alpha is 2 levels short of the core target 4']);
  });

  it('is not ready when most core skills are short, even by one level each', () => {
    const many = makeRole('many', { skills: [req('a', 4, 5), req('b', 4, 5), req('c', 4, 5), req('d', 1, 1)] });
    const idx = makeIndex({ roles: [many], skills: ['a', 'b', 'c', 'd'].map((id) => makeSkill(id)) });
    const r = roleReadiness(idx, makeProfile({ ratings: { a: 3, b: 3, c: 4, d: 5 } }), many);
    expect(r.readiness).toBeGreaterThanOrEqual(0.7); // (3.75 * 2 + 5 + 1) / 16 = 0.84
    expect(r.ready).toBe(false);
    expect(r.blocked.map((b) => [b.skill, b.rule])).toEqual([['a', 'core-short'], ['b', 'core-short']]);
    expect(r.blocked[0]!.reason).toBe('A is 1 level short of the core target 4 (2 of the 3 core skills are short)');
    // One of three short is not most: ready.
    expect(roleReadiness(idx, makeProfile({ ratings: { a: 3, b: 4, c: 4, d: 5 } }), many).ready).toBe(true);
  });

  it('is not ready below the threshold', () => {
    // (5 * 3/4 + 2 * 1/2 + 3 * 1/3) / 10 = 5.75 / 10
    const r = score({ a: 3, b: 1, c: 1 });
    expect(r.readiness).toBeCloseTo(0.575, 12);
    expect(r.ready).toBe(false);
  });

  it('suggests the actions for the levels still to climb', () => {
    // a = 3 -> target 4: levels [4, 4]; matches "hard cases" [3, 4] and the level-free reading
    const from3 = score({ a: 3 }).gaps.find((g) => g.skill === 'a')!;
    expect(from3.develop.map((d) => d.action)).toEqual(['Take the hard cases', 'Read the manual']);
    // 0 -> climb [1, 4]: everything but the level-5 exam
    const none = score({ a: 0 }).gaps.find((g) => g.skill === 'a')!;
    expect(none.develop.map((d) => d.action)).toEqual(['Basics course', 'Take the hard cases', 'Read the manual']);
    // an unrated skill is no gap, so it gets no actions (it is in the unrated list instead)
    expect(score({}).gaps).toEqual([]);
  });

  it('falls back to all of a skill\'s actions when none is aimed at the missing levels', () => {
    // c: the only action is for level 5, the target is 3
    expect(score({ c: 1 }).gaps.find((g) => g.skill === 'c')!.develop.map((d) => d.action)).toEqual(['Shadow']);
  });

  it('breaks priority ties by importance, then skill id', () => {
    const tie = makeRole('tie', { skills: [req('z', 2, 2), req('y', 4, 1), req('x', 2, 2)] });
    const idx = makeIndex({ roles: [tie] });
    // z and x: 2 x 2 = 4; y: 1 x 4 = 4
    const gaps = roleReadiness(idx, makeProfile({ ratings: { x: 0, y: 0, z: 0 } }), tie).gaps;
    expect(gaps.map((g) => g.skill)).toEqual(['x', 'z', 'y']);
  });

  it('copes with a requirement on a skill the framework lacks', () => {
    const odd = makeRole('odd', { skills: [req('ghost', 3, 3)] });
    const idx = makeIndex({ roles: [odd], skills: [] });
    const r = roleReadiness(idx, makeProfile({ ratings: { ghost: 1 } }), odd);
    expect(r.gaps[0]).toMatchObject({ skill: 'ghost', name: 'ghost', category: '', develop: [] });
  });
});
