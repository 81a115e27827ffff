import { describe, expect, it } from 'vitest';
import { appendHistory, HISTORY_LIMIT, snapshotOf, withPrevious } from '../../src/core/history.js';
import { compareRatings, NoHistoryError, previousEntry, progress } from '../../src/core/progress.js';
import { roleReadiness } from '../../src/core/readiness.js';
import type { HistoryEntry, Profile } from '../../src/core/types.js';
import { edge, makeIndex, makeProfile, makeRole, req } from './builders.js';

// agent -> senior: every skill rated in every assessment below, so readiness is plain partial credit.
const senior = makeRole('senior', { level: 2, skills: [req('a', 4, 5), req('b', 3, 3), req('c', 2, 2)] });
const index = makeIndex({ roles: [makeRole('agent', { skills: [req('a', 1), req('b', 1), req('c', 1)], next: [edge('senior')] }), senior] });
const entry = (assessed_on: string, ratings: Record<string, number | null>, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({ assessed_on, current_role: 'agent', ratings, ...extra });

const now: Profile = makeProfile({
  name: 'Ana',
  assessed_on: '2026-06-01',
  ratings: { a: 4, b: 2, c: 2 },
  manager_ratings: { a: 3, b: 3 },
  history: [
    entry('2025-06-01', { a: 1, b: 1, c: 1 }),
    entry('2025-12-01', { a: 2, b: 3, c: null, gone: 5 }, { manager_ratings: { a: 2, b: 3 } }),
  ],
});

describe('previousEntry', () => {
  it('is the latest entry, or the latest on or before --since', () => {
    expect(previousEntry(now).assessed_on).toBe('2025-12-01');
    expect(previousEntry(now, '2025-11-30').assessed_on).toBe('2025-06-01');
    expect(previousEntry(now, '2025-12-01').assessed_on).toBe('2025-12-01');
  });

  it('throws NoHistoryError with no history, or none on or before the date', () => {
    expect(() => previousEntry(makeProfile())).toThrow(NoHistoryError);
    expect(() => previousEntry(now, '2025-01-01')).toThrow('no assessment on or before 2025-01-01 (the earliest is 2025-06-01)');
  });
});

describe('progress', () => {
  it('compares self and lead ratings, readiness for the role recommended now, and the gaps closed and opened', () => {
    const p = progress(index, now);
    expect(p.from).toBe('2025-12-01');
    expect(p.to).toBe('2026-06-01');
    expect(p.target.id).toBe('senior');
    expect(p.self.up.map((s) => [s.skill, s.before, s.after])).toEqual([['a', 2, 4]]);
    expect(p.self.down.map((s) => [s.skill, s.before, s.after])).toEqual([['b', 3, 2]]);
    expect(p.self.newly_rated.map((s) => s.skill)).toEqual(['c']);
    expect(p.lead).toEqual({ up: [{ skill: 'a', name: 'A', before: 2, after: 3 }], down: [], newly_rated: [], no_longer_rated: [], unchanged: 1 });
    // The readiness numbers are the engine's for the same role, then and now.
    const then = roleReadiness(index, makeProfile({ ratings: { a: 2, b: 3 } }), senior).readiness;
    expect(p.readiness.before).toBeCloseTo(then, 3);
    expect(p.readiness.after).toBeCloseTo(roleReadiness(index, now, senior).readiness, 3);
    expect(p.readiness.after).toBeGreaterThan(p.readiness.before);
    // Gaps are on the ratings the scoring uses, the lead's where given: a is still short on the lead's view
    // (2 -> 3 of 4) though Ana says 4; c (not rated -> 2, needs 2) closed; b stays met (the lead says 3).
    expect(p.gaps_closed.map((g) => [g.skill, g.before, g.after, g.target])).toEqual([['c', null, 2, 2]]);
    expect(p.gaps_opened).toEqual([]);
    // Without the lead's ratings, the person's own: a (2 -> 4) and c closed, b (3 -> 2) opened.
    const own = progress(index, { ...now, manager_ratings: undefined, history: now.history!.map(({ manager_ratings: _m, ...e }) => e) });
    expect(own.gaps_closed.map((g) => [g.skill, g.before, g.after, g.target])).toEqual([['a', 2, 4, 4], ['c', null, 2, 2]]);
    expect(own.gaps_opened.map((g) => [g.skill, g.before, g.after, g.target])).toEqual([['b', 3, 2, 3]]);
    expect(p.dropped_skills).toEqual(['gone']);
  });

  it('has no lead section unless both assessments have lead ratings; --since picks the older entry', () => {
    const p = progress(index, now, '2025-07-01');
    expect(p.from).toBe('2025-06-01');
    expect(p.since).toBe('2025-07-01');
    expect(p.lead).toBeNull();
    expect(p.self.up.map((s) => s.skill)).toEqual(['a', 'b', 'c']);
  });

  it('scores an entry whose role the framework dropped against the current role, and says so', () => {
    const p = progress(index, { ...now, history: [entry('2025-01-01', { a: 4, b: 3, c: 2 }, { current_role: 'old-role' })] });
    expect(p.role_then).toEqual({ id: 'old-role', title: null });
    expect(p.recommended_then).toBeNull();
    expect(p.readiness.before).toBe(1);
  });
});

describe('compareRatings', () => {
  it('orders the biggest moves first and counts the unchanged', () => {
    const c = compareRatings(index, { a: 1, b: 2, c: 3 }, { a: 2, b: 5, c: 3 });
    expect(c.up.map((s) => s.skill)).toEqual(['b', 'a']);
    expect(c.unchanged).toBe(1);
    expect(compareRatings(index, { a: 3 }, { a: null }).no_longer_rated.map((s) => s.skill)).toEqual(['a']);
  });
});

describe('history', () => {
  it('keeps the previous assessment, dated, and at most HISTORY_LIMIT entries (the oldest go)', () => {
    let profile: Profile = makeProfile({ assessed_on: '2000-01-01', ratings: { a: 1 } });
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) {
      profile = withPrevious(profile, makeProfile({ assessed_on: `2000-01-${String(i + 1).padStart(2, '0')}`, ratings: { a: i % 6 } }));
    }
    expect(profile.history).toHaveLength(HISTORY_LIMIT);
    expect(profile.history!.at(-1)!.ratings).toEqual({ a: (HISTORY_LIMIT + 4) % 6 });
    expect(profile.history![0]!.assessed_on).toBe('2000-01-06');
  });

  it('keeps nothing of an interrupted or undated assessment, and copies what it keeps', () => {
    expect(snapshotOf(makeProfile({ assessed_on: '2026-01-01', incomplete: true }))).toBeUndefined();
    expect(snapshotOf(makeProfile())).toBeUndefined();
    const ratings = { a: 2 };
    const snap = snapshotOf(makeProfile({ assessed_on: '2026-01-01', ratings, manager_ratings: { a: 3 }, manager_assessed_on: '2026-01-02' }))!;
    ratings.a = 5;
    expect(snap).toEqual({ assessed_on: '2026-01-01', current_role: 'agent', ratings: { a: 2 }, manager_ratings: { a: 3 }, manager_assessed_on: '2026-01-02' });
    expect(appendHistory(undefined, undefined)).toBeUndefined();
  });
});
