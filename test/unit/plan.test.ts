import { describe, expect, it } from 'vitest';
import { planRoute } from '../../src/core/plan.js';
import { UnknownRoleError } from '../../src/core/recommend.js';
import { edge, makeIndex, makeProfile, makeRole, req } from './builders.js';

//  a(1) -> b(2) promotion -> d(3) promotion
//  a    -> c(2) lateral   -> d    promotion
//  a    -> e(2) promotion -> d    lateral
//  d    -> f(4) promotion;  g is reachable from nowhere
const index = makeIndex({
  roles: [
    makeRole('a', { level: 1, next: [edge('e'), edge('c', 'lateral'), edge('b')] }),
    makeRole('b', { level: 2, next: [edge('d')], skills: [req('s', 2, 3)] }),
    makeRole('c', { level: 2, next: [edge('d')] }),
    makeRole('e', { level: 2, next: [edge('d', 'lateral')] }),
    makeRole('d', { level: 3, next: [edge('f')], skills: [req('s', 4, 5), req('t', 3, 2)] }),
    makeRole('f', { level: 4 }),
    makeRole('g', { level: 5 }),
  ],
});
const profile = makeProfile({ current_role: 'a', ratings: { s: 2 } });

describe('planRoute', () => {
  it('takes the fewest moves, preferring promotions among equally short routes', () => {
    const plan = planRoute(index, profile, 'd');
    expect(plan.from).toEqual({ id: 'a', title: 'A' });
    expect(plan.to).toEqual({ id: 'd', title: 'D' });
    expect(plan.reachable).toBe(true);
    // via b: promotion, promotion; via c or e one move is lateral
    expect(plan.steps.map((s) => [s.role.id, s.type])).toEqual([['b', 'promotion'], ['d', 'promotion']]);
  });

  it('scores every step against the same ratings', () => {
    const [b, d] = planRoute(index, profile, 'd').steps;
    // b: s 2 of 2 -> 1, ready
    expect(b).toMatchObject({ role: { id: 'b', title: 'B', level: 2, track: 'foundation' }, readiness: 1, ready: true, blocked_by: [], gaps: [] });
    // d: s 5 x 2/4 = 2.5, unrated t at the default prior 1: 2 x 1/3 -> 3.167 of 7; s 2 <= 4 - 2 is gated anyway
    expect(d?.readiness).toBe(0.452);
    expect(d?.ready).toBe(false);
    expect(d?.blocked_by.map((x) => x.reason)).toEqual(['S is 2 levels short of the core target 4']);
    // rated s: 5 x 2 = 10 is the gap; t is not rated, so it is listed apart with what was assumed
    expect(d?.gaps.map((g) => [g.skill, g.priority])).toEqual([['s', 10]]);
    expect(d?.unrated.map((u) => [u.skill, u.assumed])).toEqual([['t', 1]]);
  });

  it('goes on past intermediate roles', () => {
    expect(planRoute(index, profile, 'f').steps.map((s) => s.role.id)).toEqual(['b', 'd', 'f']);
  });

  it('prefers smaller level jumps, then ids, among routes with the same moves', () => {
    //  start(2) -> x(5) -> end(3): jumps 3 + 2 = 5;  start -> y(3) -> end: jumps 1 + 0 = 1
    const jumps = makeIndex({
      roles: [
        makeRole('start', { level: 2, next: [edge('x'), edge('y')] }),
        makeRole('x', { level: 5, next: [edge('end')] }),
        makeRole('y', { level: 3, next: [edge('end')] }),
        makeRole('end', { level: 3 }),
      ],
    });
    expect(planRoute(jumps, makeProfile({ current_role: 'start' }), 'end').steps.map((s) => s.role.id)).toEqual(['y', 'end']);
    // equal jumps (p and q both level 3): the earlier id wins
    const ids = makeIndex({
      roles: [
        makeRole('start', { level: 2, next: [edge('q'), edge('p')] }),
        makeRole('q', { level: 3, next: [edge('end')] }),
        makeRole('p', { level: 3, next: [edge('end')] }),
        makeRole('end', { level: 4 }),
      ],
    });
    expect(planRoute(ids, makeProfile({ current_role: 'start' }), 'end').steps.map((s) => s.role.id)).toEqual(['p', 'end']);
  });

  it('reports an unreachable target with no steps', () => {
    expect(planRoute(index, profile, 'g')).toEqual({ from: { id: 'a', title: 'A' }, to: { id: 'g', title: 'G' }, reachable: false, steps: [] });
    // edges only go forward
    expect(planRoute(index, makeProfile({ current_role: 'd' }), 'a').reachable).toBe(false);
  });

  it('is already there when the target is the current role', () => {
    expect(planRoute(index, profile, 'a')).toEqual({ from: { id: 'a', title: 'A' }, to: { id: 'a', title: 'A' }, reachable: true, steps: [] });
  });

  it('refuses unknown roles', () => {
    expect(() => planRoute(index, profile, 'zzz')).toThrow(UnknownRoleError);
    expect(() => planRoute(index, makeProfile({ current_role: 'zzz' }), 'a')).toThrow(UnknownRoleError);
  });
});
