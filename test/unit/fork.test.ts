import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/core/recommend.js';
import { agree, choice, edge, makeIndex, makeProfile, makeRole, req } from './builders.js';
import { analyst, ladder } from './ladder.js';

describe('the expert / management fork', () => {
  const fork = recommend(ladder, analyst()).fork!;

  it('sets the two paths side by side', () => {
    expect(fork.expert).toMatchObject({
      role: { id: 'expert-eng', title: 'Expert Engineer' },
      readiness: 0.889,
      fit: 0.917,
      rewards: 'Solving the problems nobody else can.',
    });
    expect(fork.expert.missing.map((g) => g.skill)).toEqual(['trouble']);
    // team-lead: coaching 2 -> 4 (priority 5 x 2 = 10); planning and trouble are met
    expect(fork.management).toMatchObject({
      role: { id: 'team-lead', title: 'Team Lead' },
      readiness: 0.792,
      fit: 0.125,
      rewards: 'Growing people and teams.',
    });
    expect(fork.management.missing.map((g) => [g.skill, g.priority])).toEqual([['coaching', 10]]);
    expect(fork.management.missing[0]?.develop).toEqual([{ kind: 'mentoring', action: 'Mentor a new hire' }]);
  });

  it('leans by fit and explains that the choice is about what is rewarding', () => {
    expect(fork.leaning).toBe('expert');
    expect(fork.explanation).toEqual([
      'The expert path (Expert Engineer) rewards solving the problems nobody else can.',
      'The management path (Team Lead) rewards growing people and teams.',
      'For Expert Engineer you still lack Troubleshooting (4 of 5).',
      'For Team Lead you still lack Coaching (2 of 4).',
      'Your preference answers lean toward the expert path (fit 92% for the expert path, 13% for the management path).',
      expect.stringContaining('the choice is about which work you find rewarding, not only about which skills you have'),
    ]);
  });

  it('leans toward management when the answers do', () => {
    // expert: (-1 - 0.5 + 1.5) / 3 = 0; management: (1 + 1 + 2) / 4 = 1
    expect(recommend(ladder, analyst({ preferences: { 'q-deep': 1, 'q-people': 5 } })).fork?.leaning).toBe('management');
  });

  it('is undecided without a clear difference', () => {
    expect(recommend(ladder, analyst({ preferences: {} })).fork?.leaning).toBe('undecided');
  });

  it('calls a difference of exactly 0.1 undecided and anything more a leaning', () => {
    const index = (weight: number) =>
      makeIndex({
        roles: [
          makeRole('senior', { next: [edge('guru'), edge('boss')] }),
          makeRole('guru', { track: 'expert', skills: [req('s', 1)] }),
          makeRole('boss', { track: 'management', skills: [req('s', 1)] }),
        ],
        questions: [choice('q', { a: { expert: weight }, b: { expert: -1 } })],
      });
    const profile = makeProfile({ current_role: 'senior', ratings: { s: 1 }, preferences: { q: 'a' } });
    // expert fit (w + 1) / 2, management untouched at 0.5: w = 0.2 -> 0.6, w = 0.22 -> 0.61
    expect(recommend(index(0.2), profile).fork?.leaning).toBe('undecided');
    expect(recommend(index(0.22), profile).fork?.leaning).toBe('expert');
  });

  it('shows at most five missing skills and says how many more there are', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s) => req(s, 3, 3));
    const index = makeIndex({
      roles: [
        makeRole('senior', { next: [edge('guru'), edge('boss')] }),
        makeRole('guru', { track: 'expert', skills: [req('a', 1)] }),
        makeRole('boss', { track: 'management', skills: many }),
      ],
    });
    const fork = recommend(index, makeProfile({ current_role: 'senior', ratings: { a: 1, b: 1, c: 2, d: 1, e: 2, f: 1 } })).fork!;
    // rated a, b, d, f: 3 x 2 = 6 each, by id, then c and e: 3 x 1; g is not rated, so it is no gap
    expect(fork.management.missing.map((g) => g.skill)).toEqual(['a', 'b', 'd', 'f', 'c']);
    expect(fork.explanation).toContain('For Boss you still lack A (1 of 3), B (1 of 3), D (1 of 3), F (1 of 3) and C (2 of 3), and 1 more; not rated yet: G.');
    expect(fork.explanation).toContain('For Guru you already meet every skill requirement.');
  });

  it('is absent unless both an expert and a management role are next', () => {
    const index = makeIndex({
      roles: [
        makeRole('senior', { next: [edge('guru'), edge('coach', 'lateral')] }),
        makeRole('guru', { track: 'expert' }),
        makeRole('coach', { track: 'training' }),
      ],
    });
    expect(recommend(index, makeProfile({ current_role: 'senior' })).fork).toBeNull();
  });
});

describe('the role where the paths fork', () => {
  // spec (foundation, 3) -> senior (foundation, 4, the fork) or -> writer (writing, 3); senior -> guru / boss.
  const index = makeIndex({
    roles: [
      makeRole('spec', { level: 3, skills: [req('s', 2)], next: [edge('senior'), edge('writer', 'lateral')] }),
      makeRole('senior', { level: 4, skills: [req('s', 2)], next: [edge('guru'), edge('boss')] }),
      makeRole('writer', { level: 3, track: 'training', skills: [req('s', 2)] }),
      makeRole('guru', { level: 5, track: 'expert', skills: [req('s', 3)] }),
      makeRole('boss', { level: 5, track: 'management', skills: [req('s', 3)] }),
    ],
    // The foundation track is what front-line lovers pick; an expert-leaning person says no to it.
    questions: [agree('q', { expert: 1, foundation: -1, training: -0.2 }, 'I want to go deep')],
  });

  it('fits as well as the better of the two paths it opens, so an expert-leaning person is not steered away from it', () => {
    const advice = recommend(index, makeProfile({ current_role: 'spec', ratings: { s: 2 }, preferences: { q: 5 } }));
    expect(advice.next_role?.id).toBe('senior');
    expect(advice.fit).toBe(1); // the expert path's fit, not the foundation track's 0
    expect(advice.alternatives[0]).toMatchObject({ id: 'writer', fit: 0 });
    // Without the rule the fork rung would fit 0 like the rest of the foundation track, and lose to the writer on nothing.
    expect(advice.score).toBeGreaterThan(advice.alternatives[0]!.score);
  });
});
