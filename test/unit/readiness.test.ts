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
  it('gives partial credit, weighted by importance, and a range for the unknowns', () => {
    const r = score({ a: 3, b: 2, c: null });
    // known: a 5 * 3/4 = 3.75, b 2 * 2/2 = 2 -> 5.75 of 7; unknown c weighs 3
    expect(r.readiness).toBeCloseTo(5.75 / 7, 12); // 0.821
    expect(r.low).toBeCloseTo(5.75 / 10, 12); // 0.575
    expect(r.high).toBeCloseTo(8.75 / 10, 12); // 0.875
    expect(r.known).toBe(2);
    expect(r.unknown).toBe(1);
    expect(r.gated).toEqual([]);
    expect(r.ready).toBe(true); // 0.821 >= 0.7, no gate, something known
  });

  it('lists the gaps by priority: unknown c (3 x 3 = 9) before a (5 x 1 = 5); met b is not a gap', () => {
    const r = score({ a: 3, b: 2 });
    expect(r.gaps.map((g) => [g.skill, g.current, g.shortfall, g.priority, g.unknown])).toEqual([
      ['c', null, 3, 9, true],
      ['a', 3, 1, 5, false],
    ]);
    expect(r.gaps[1]).toMatchObject({ name: 'Alpha', category: 'technical', target: 4, importance: 5 });
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

  it('treats nothing known as readiness 0, low 0, high 1, and never ready', () => {
    const r = score({});
    expect([r.readiness, r.low, r.high, r.known, r.unknown, r.ready]).toEqual([0, 0, 1, 0, 3, false]);
    // null is the same as missing
    expect(score({ a: null, b: null, c: null })).toEqual(r);
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
    // unknown -> climb [1, 4]: everything but the level-5 exam
    const unknown = score({}).gaps.find((g) => g.skill === 'a')!;
    expect(unknown.develop.map((d) => d.action)).toEqual(['Basics course', 'Take the hard cases', 'Read the manual']);
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
