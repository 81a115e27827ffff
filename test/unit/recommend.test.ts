import { describe, expect, it } from 'vitest';
import { recommend, UnknownRoleError } from '../../src/core/recommend.js';
import { agree, edge, makeIndex, makeProfile, makeRole, req } from './builders.js';
import { analyst, ladder } from './ladder.js';

describe('recommend: the best next role', () => {
  const advice = recommend(ladder, analyst());

  it('has exactly the keys of the JSON contract', () => {
    expect(Object.keys(advice).sort()).toEqual(
      [
        'current_role', 'next_role', 'readiness', 'readiness_range', 'fit', 'score', 'ready', 'threshold', 'blocked_by',
        'alternatives', 'further', 'gaps', 'unrated', 'strengths', 'reasons', 'warnings', 'fork', 'top_of_path',
      ].sort(),
    );
  });

  it('picks the highest score and reports its numbers to 3 decimals', () => {
    // see ladder.ts: expert-eng readiness 8/9, fit 11/12, score 0.9
    expect(advice.current_role).toEqual({ id: 'analyst', title: 'Senior Analyst', level: 4, track: 'foundation', track_name: 'Foundation' });
    expect(advice.next_role).toEqual({ id: 'expert-eng', title: 'Expert Engineer', level: 5, track: 'expert', track_name: 'Expert path', type: 'promotion' });
    expect(advice.readiness).toBe(0.889);
    expect(advice.readiness_range).toEqual([0.889, 0.889]);
    expect(advice.fit).toBe(0.917);
    expect(advice.score).toBe(0.9);
    expect(advice.ready).toBe(true);
    expect(advice.top_of_path).toBe(false);
  });

  it('lists every other next move, best first', () => {
    expect(advice.alternatives).toEqual([
      { id: 'trainer', title: 'Trainer', level: 4, track: 'training', track_name: 'Training', type: 'lateral', readiness: 0.792, fit: 0.5, score: 0.675, ready: true, blocked_by: [], against: null },
      // ready: false because coaching 2 is two below its core target 4
      {
        id: 'team-lead', title: 'Team Lead', level: 5, track: 'management', track_name: 'Management path', type: 'promotion', readiness: 0.792, fit: 0.125, score: 0.525, ready: false,
        blocked_by: [{ skill: 'coaching', name: 'Coaching', current: 2, target: 4, rule: 'core-gap', reason: 'Coaching is 2 levels short of the core target 4' }],
        // q-people (management 1) answered 2: a clear no to the management path, said beside it
        against: 'you answered "disagree" to "I want to grow other people"',
      },
    ]);
  });

  it('gives the gaps toward the chosen role', () => {
    expect(advice.gaps).toEqual([
      { skill: 'trouble', name: 'Troubleshooting', category: 'technical', current: 4, target: 5, importance: 5, shortfall: 1, priority: 5, unknown: false, develop: [], role: 'expert-eng' },
    ]);
    expect(advice.unrated).toEqual([]);
    expect(advice.strengths).toEqual([{ skill: 'product', name: 'Product knowledge', level: 4, target: 4, evidence: null }]);
  });

  it('explains itself from the data', () => {
    expect(advice.reasons[0]).toBe(
      'Expert Engineer is your best next step: a promotion to level 5 on the Expert path, 89% ready (70% counts as ready).',
    );
    expect(advice.reasons).toContain('You meet 1 of its 2 core skills (Product knowledge); still short: Troubleshooting (4 of 5).');
    expect(advice.reasons.some((r) => r.includes('"I like solving the hardest problems myself" (strongly agree)'))).toBe(true);
    // runner-up trainer: fit costs it 0.4 x (0.917 - 0.5) = 0.167, readiness 0.6 x (0.889 - 0.792) = 0.058
    expect(advice.reasons.at(-1)).toContain('The runner-up is Trainer on the Training track');
    expect(advice.reasons.at(-1)).toContain('weaker preference fit (50% vs 92%) and lower readiness (79% vs 89%)');
    expect(advice.warnings).toEqual([]);
  });
});

describe('recommend: nothing ready', () => {
  it('says so, names the closest role and still gives its gaps', () => {
    // expert-eng: (5 * 2/5 + 4 * 2/4) / 9 = 4/9, gated; score 0.267 + 0.367 = 0.633
    // trainer: (5 * 2/3 + 3 * 2/3) / 8 = 2/3 < 0.7; team-lead gated on coaching
    const advice = recommend(ladder, analyst({ ratings: { trouble: 2, product: 2, coaching: 2, planning: 3, teaching: 2 } }));
    expect(advice.next_role?.id).toBe('expert-eng');
    expect(advice.ready).toBe(false);
    expect(advice.readiness).toBe(0.444);
    expect(advice.reasons[0]).toBe(
      'No next role is ready yet. Expert Engineer ranks first on readiness, preference fit and progress together, at 44% ready (70% counts as ready).',
    );
    // under the threshold, and both core skills (importance 5 and 4) two or more below target: trouble 2 <= 3, product 2 <= 2
    expect(advice.reasons[1]).toBe('Readiness 44% is under the 70% that counts as ready.');
    expect(advice.reasons[2]).toBe(
      'What holds it back as well: core skills two or more levels short of target: Troubleshooting (2 of 5) and Product knowledge (2 of 4).',
    );
    expect(advice.blocked_by.map((b) => b.skill)).toEqual(['trouble', 'product']);
    // Nothing is ready, so growing where you are comes first: the analyst's own core skills (target 3) lead.
    expect(advice.gaps.map((g) => [g.skill, g.role, g.priority])).toEqual([['trouble', 'analyst', 5], ['product', 'analyst', 4]]);
    expect(advice.reasons[3]).toBe(
      'Grow where you are first: Troubleshooting (2 of 3) and Product knowledge (2 of 3) are below what Senior Analyst itself expects, and they come first in the skills to develop.',
    );
  });

  it('points at a ready role when the top-ranked one is not ready', () => {
    // expert-eng (2 + 4) / 9 = 0.667, gated; score 0.4 + 0.367 = 0.767
    // trainer: (5 + 3) / 8 = 1, ready; fit for training with q-teach = 1 is 0; score 0.6
    const advice = recommend(
      ladder,
      analyst({ ratings: { trouble: 2, product: 4, teaching: 3 }, preferences: { 'q-deep': 5, 'q-people': 2, 'q-teach': 1 } }),
    );
    expect(advice.next_role?.id).toBe('expert-eng');
    expect(advice.reasons[0]).toBe(
      'Expert Engineer ranks first on readiness, preference fit and progress together, but it is not ready yet (67%); Trainer is ready now at 100%.',
    );
  });

  it('with nothing rated, assumes what the current role expects and says what to rate', () => {
    const advice = recommend(ladder, analyst({ ratings: {} }));
    // trouble and product assumed at the analyst's 3: (5 * 3/5 + 4 * 3/4) / 9
    expect(advice.readiness).toBe(0.667);
    expect(advice.readiness_range).toEqual([0, 1]);
    expect(advice.ready).toBe(false);
    expect(advice.gaps).toEqual([]);
    expect(advice.unrated.map((u) => [u.skill, u.assumed, u.target])).toEqual([['trouble', 3, 5], ['product', 3, 4]]);
    expect(advice.blocked_by[0]!.reason).toBe(
      'Troubleshooting is not rated (assumed 3, what Senior Analyst expects), so it counts as 2 levels short of the core target 5',
    );
    expect(advice.warnings.some((w) => w.includes('2 of the 2 skills Expert Engineer needs are not rated'))).toBe(true);
  });
});

describe('recommend: top of the path', () => {
  it('has no next role, says so plainly and gives the current role\'s own gaps', () => {
    const advice = recommend(ladder, analyst({ current_role: 'expert-eng' }));
    expect(advice.next_role).toBeNull();
    expect(advice.top_of_path).toBe(true);
    expect(advice.alternatives).toEqual([]);
    expect(advice.fork).toBeNull();
    // scored against the current role: readiness 8/9, fit 11/12, score 0.9
    expect([advice.readiness, advice.fit, advice.score, advice.ready]).toEqual([0.889, 0.917, 0.9, true]);
    expect(advice.gaps.map((g) => g.skill)).toEqual(['trouble']);
    expect(advice.reasons[0]).toBe('Expert Engineer is the top of its path: there is no next role from it in this framework.');
    expect(advice.reasons[1]).toContain('89%');
  });

  it('still has reasons when the current role is fully met', () => {
    const advice = recommend(ladder, analyst({ current_role: 'trainer', ratings: { teaching: 5, product: 5 } }));
    expect(advice.gaps).toEqual([]);
    expect(advice.reasons.length).toBeGreaterThan(1);
    expect(advice.reasons[1]).toContain('You meet every skill requirement of Trainer');
  });
});

describe('recommend: ranking', () => {
  // Same requirement, same ratings, no preferences: every candidate scores the same.
  const same = [req('s', 2, 3)];
  const index = makeIndex({
    roles: [
      makeRole('hub', { next: [edge('b-role'), edge('a-role'), edge('c-role', 'lateral')] }),
      makeRole('b-role', { level: 3, skills: same }),
      makeRole('a-role', { level: 3, skills: same }),
      makeRole('c-role', { level: 2, skills: same }),
    ],
  });

  it('breaks score ties by the lower level, then by id; a move up a rung is a promotion whatever the edge says', () => {
    const advice = recommend(index, makeProfile({ current_role: 'hub', ratings: { s: 2 } }));
    // c-role's edge says lateral, but it is a rung up from level 1: a promotion.
    expect(advice.next_role).toMatchObject({ id: 'c-role', type: 'promotion' });
    expect(advice.alternatives.map((a) => a.id)).toEqual(['a-role', 'b-role']);
    expect(advice.reasons.at(-1)).toContain('with the same score');
  });

  it('breaks a tie toward the promotion on the person\'s own track, then by fit', () => {
    const tied = makeIndex({
      roles: [
        makeRole('tech', { next: [edge('writer', 'lateral'), edge('rep')] }),
        makeRole('writer', { level: 2, track: 'training', skills: same }),
        makeRole('rep', { level: 2, skills: same }),
      ],
    });
    // No ratings, no answers: both score the same; rep is the promotion on tech's own track.
    const advice = recommend(tied, makeProfile({ current_role: 'tech', ratings: {} }));
    expect(advice.next_role?.id).toBe('rep');
    expect(advice.reasons.at(-1)).toContain('Rep is the promotion on your own track');
  });

  it('names the only move when there is just one', () => {
    const one = makeIndex({ roles: [makeRole('a', { next: [edge('b')] }), makeRole('b', { skills: same })] });
    const advice = recommend(one, makeProfile({ current_role: 'a', ratings: { s: 1 } }));
    expect(advice.reasons.at(-1)).toBe('It is the only move one step from A in this framework.');
    expect(advice.fork).toBeNull();
  });

  it('refuses a current role the framework does not have', () => {
    expect(() => recommend(index, makeProfile({ current_role: 'nobody' }))).toThrow(UnknownRoleError);
  });
});

describe('recommend: when the next step fits poorly', () => {
  // tech -> rep (foundation) or -> writer-trainee (writing, level 1 sideways); writing's next rung is 2 moves away.
  const index = makeIndex({
    roles: [
      makeRole('tech', { level: 1, skills: [req('s', 2, 3)], next: [edge('rep')] }),
      makeRole('rep', { level: 2, skills: [req('s', 2, 3)], next: [edge('trainer', 'lateral')] }),
      makeRole('trainer', { level: 3, track: 'training', skills: [req('s', 3, 3)] }),
    ],
    questions: [agree('q-front', { foundation: 1 }, 'I love the front line'), agree('q-teach', { training: 1 }, 'I want to teach')],
  });
  const advice = recommend(index, makeProfile({ current_role: 'tech', ratings: { s: 2 }, preferences: { 'q-front': 1, 'q-teach': 5 } }));

  it('warns that the only move one step away fits poorly, and points at the better fit further away', () => {
    expect(advice.next_role?.id).toBe('rep');
    expect(advice.fit).toBeLessThan(0.4);
    expect(advice.warnings.some((w) => w.startsWith('Rep fits your preference answers poorly (0%)'))).toBe(true);
    expect(advice.further).toEqual([
      { id: 'trainer', title: 'Trainer', level: 3, track: 'training', track_name: 'Training', moves: 2, via: { id: 'rep', title: 'Rep' }, fit: 1, readiness: 0.667 },
    ]);
    expect(advice.reasons.at(-1)).toBe(
      'Your answers point further than one step: Trainer (2 moves away, via Rep; fit 100%) fits them better than any move one step away; "rungs plan <profile> --to trainer" shows the route.',
    );
  });

  it('does not point further away without preference answers', () => {
    expect(recommend(index, makeProfile({ current_role: 'tech', ratings: { s: 2 } })).further).toEqual([]);
  });
});
