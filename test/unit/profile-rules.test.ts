import { describe, expect, it } from 'vitest';
import { checkProfile, checkProfileListed } from '../../src/core/profile-rules.js';
import { agree, choice, makeIndex, makeProfile, makeRole, req } from './builders.js';

const index = makeIndex({
  roles: [makeRole('team-lead', { skills: [req('coaching', 3), req('planning', 3)] }), makeRole('agent')],
  questions: [agree('likes-people', { management: 1 }), choice('next-step', { deeper: { expert: 1 }, wider: { training: 1 } })],
});
const check = (overrides: Parameters<typeof makeProfile>[0]) => checkProfile(index, makeProfile(overrides), 'me.yaml');

describe('checkProfile', () => {
  it('accepts a profile that only uses known ids and valid answers', () => {
    expect(
      check({
        current_role: 'agent',
        ratings: { coaching: 2, planning: null },
        manager_ratings: { coaching: 3 },
        evidence: { coaching: 'Mentored two new hires' },
        preferences: { 'likes-people': 4, 'next-step': 'wider' },
        framework_version: '1.0.0',
      }),
    ).toEqual([]);
  });

  it('reports an unknown current role with the closest ids', () => {
    expect(check({ current_role: 'team-led' })).toEqual([
      {
        file: 'me.yaml',
        path: ['current_role'],
        severity: 'error',
        rule: 'unknown-reference',
        message: 'unknown role "team-led" (did you mean "team-lead"?)',
      },
    ]);
  });

  it('reports unknown skills in ratings, manager_ratings and evidence at their keys', () => {
    const problems = check({
      current_role: 'agent',
      ratings: { coachng: 3 },
      manager_ratings: { planing: 2 },
      evidence: { zzzzzz: 'x' },
    });
    expect(problems.map((p) => [p.path, p.rule, p.atKey, p.message])).toEqual([
      [['ratings', 'coachng'], 'unknown-reference', true, 'unknown skill "coachng" (did you mean "coaching"?)'],
      [['manager_ratings', 'planing'], 'unknown-reference', true, 'unknown skill "planing" (did you mean "planning"?)'],
      [['evidence', 'zzzzzz'], 'unknown-reference', true, 'unknown skill "zzzzzz"'],
    ]);
  });

  it('reports unknown questions at their keys', () => {
    expect(check({ current_role: 'agent', preferences: { 'likes-peple': 4 } })).toEqual([
      {
        file: 'me.yaml',
        path: ['preferences', 'likes-peple'],
        severity: 'error',
        rule: 'unknown-reference',
        message: 'unknown question "likes-peple" (did you mean "likes-people"?)',
        atKey: true,
      },
    ]);
  });

  it('reports answers that do not fit their question at the value', () => {
    const problems = check({ current_role: 'agent', preferences: { 'likes-people': 'yes', 'next-step': 'deper' } });
    expect(problems.map((p) => [p.path, p.rule, p.severity, p.atKey])).toEqual([
      [['preferences', 'likes-people'], 'invalid-answer', 'error', undefined],
      [['preferences', 'next-step'], 'invalid-answer', 'error', undefined],
    ]);
    expect(problems[0]?.message).toBe('answer "yes" to "likes-people" must be a whole number from 1 (strongly disagree) to 5 (strongly agree)');
    expect(problems[1]?.message).toBe(
      'answer "deper" to "next-step" is not one of its options (did you mean "deeper"?); the options are "deeper", "wider"',
    );
    expect(check({ current_role: 'agent', preferences: { 'next-step': 3 } })[0]?.rule).toBe('invalid-answer');
  });

  it('warns when the profile was answered against another framework version', () => {
    expect(check({ current_role: 'agent', framework_version: '0.9.0' })).toEqual([
      {
        file: 'me.yaml',
        path: ['framework_version'],
        severity: 'warning',
        rule: 'framework-version',
        message: expect.stringContaining('framework version 0.9.0, but the framework is now 1.0.0'),
      },
    ]);
  });
});

describe('checkProfile on history entries', () => {
  it('accepts past assessments that use known ids', () => {
    const entry = { assessed_on: '2026-01-02', current_role: 'agent', ratings: { coaching: 1 }, manager_ratings: { planning: 2 }, preferences: { 'likes-people': 3 } };
    expect(check({ current_role: 'team-lead', history: [entry, { ...entry, assessed_on: '2026-03-04' }] })).toEqual([]);
  });

  it('warns (never errors) about ids a past assessment used that the framework has since dropped', () => {
    const problems = check({
      current_role: 'agent',
      history: [{ assessed_on: '2025-06-01', current_role: 'old-role', ratings: { 'old-skill': 3 }, evidence: { 'old-skill': 'x' }, preferences: { 'old-question': 2, 'likes-people': 9 } }],
    });
    expect(problems.map((p) => [p.severity, p.rule, p.path.join('.')])).toEqual([
      ['warning', 'history-reference', 'history.0.current_role'],
      ['warning', 'history-reference', 'history.0.ratings.old-skill'],
      ['warning', 'history-reference', 'history.0.evidence.old-skill'],
      ['warning', 'history-reference', 'history.0.preferences.old-question'],
      ['warning', 'history-reference', 'history.0.preferences.likes-people'],
    ]);
    expect(problems[1]!.message).toBe('the assessment of 2025-06-01 (history[0]) rates skill "old-skill", which the framework no longer has; it is left out of comparisons');
  });
});

describe('checkProfileListed (a profile with any number of problems)', () => {
  const many = (prefix: string, n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}${i}`, 1]));
  const profile = makeProfile({
    current_role: 'agnt',
    ratings: many('r', 4),
    manager_ratings: many('m', 3),
    preferences: { ...many('q', 2), 'likes-people': 9 },
    history: [{ assessed_on: '2025-06-01', current_role: 'agent', ratings: many('h', 5) }],
  });
  const all = checkProfile(index, profile, 'me.yaml');

  it('lists the first problems exactly as checkProfile, and counts the rest by severity and rule in order', () => {
    expect(all).toHaveLength(1 + 4 + 3 + 3 + 5);
    const { listed, unlisted } = checkProfileListed(index, profile, 'me.yaml', 6);
    expect(listed).toEqual(all.slice(0, 6));
    expect(unlisted).toEqual([
      { severity: 'error', rule: 'unknown-reference', count: 2 + 2 },
      { severity: 'error', rule: 'invalid-answer', count: 1 },
      { severity: 'warning', rule: 'history-reference', count: 5 },
    ]);
  });

  it('with no limit lists everything; with limit 0 only counts (a clean profile counts nothing)', () => {
    expect(checkProfileListed(index, profile, 'me.yaml', Infinity)).toEqual({ listed: all, unlisted: [] });
    const counted = checkProfileListed(index, profile, 'me.yaml', 0);
    expect(counted.listed).toEqual([]);
    expect(counted.unlisted.reduce((n, g) => n + g.count, 0)).toBe(all.length);
    expect(checkProfileListed(index, makeProfile({ current_role: 'agent', ratings: { coaching: 2 } }), 'me.yaml', 0)).toEqual({ listed: [], unlisted: [] });
  });
});
