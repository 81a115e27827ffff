import { describe, expect, it } from 'vitest';
import { mergeSamePerson, nameKey } from '../../src/core/team-change.js';
import { buildTeamReport } from '../../src/core/team.js';
import type { HistoryEntry, Profile } from '../../src/core/types.js';
import { edge, makeIndex, makeProfile, makeRole, req } from './builders.js';

const index = makeIndex({
  roles: [makeRole('agent', { skills: [req('a', 1), req('b', 1)], next: [edge('senior')] }), makeRole('senior', { level: 2, skills: [req('a', 4, 5), req('b', 3, 3)] })],
});
const at = (assessed_on: string, ratings: Record<string, number>, extra: Partial<Profile> = {}): Profile => makeProfile({ name: 'Ana Ruiz', assessed_on, ratings, ...extra });
const counts = (n: number) => ({ read: n, used: n, rejected: 0 });

describe('nameKey', () => {
  it('is the same for the same name spelled with other spacing or case, and undefined without a name', () => {
    expect(nameKey('  Ana   RUIZ ')).toBe(nameKey('ana ruiz'));
    expect(nameKey('Ana Ruiz')).not.toBe(nameKey('Ana Ruiz-Lopez'));
    expect(nameKey('   ')).toBeUndefined();
    expect(nameKey(undefined)).toBeUndefined();
  });
});

describe('mergeSamePerson', () => {
  it('keeps the latest assessment and puts every other (with its own history) into its history, oldest first, once each', () => {
    const old: HistoryEntry = { assessed_on: '2024-01-01', current_role: 'agent', ratings: { a: 0 } };
    const list = [
      { file: 'b.yaml', profile: at('2025-06-01', { a: 2 }, { history: [old] }) },
      { file: 'c.yaml', profile: at('2026-01-01', { a: 4 }, { history: [old] }) },
      { file: 'a.yaml', profile: at('2025-01-01', { a: 1 }) },
    ];
    const { kept, profile } = mergeSamePerson(list);
    expect(kept).toBe(1);
    expect(profile.ratings).toEqual({ a: 4 });
    expect(profile.history!.map((e) => [e.assessed_on, e.ratings.a])).toEqual([['2024-01-01', 0], ['2025-01-01', 1], ['2025-06-01', 2]]);
    // The inputs are not changed.
    expect(list[1]!.profile.history).toEqual([old]);
  });

  it('does not put the kept assessment into its own history (the same file read twice under two names)', () => {
    const same = at('2026-01-01', { a: 4 });
    const { profile } = mergeSamePerson([{ file: 'x/a.yaml', profile: same }, { file: 'y/a.yaml', profile: { ...same } }]);
    expect(profile.history).toBeUndefined();
  });
});

describe('the team report: change since last time', () => {
  const ana = at('2026-01-01', { a: 4, b: 3 }, { history: [{ assessed_on: '2025-06-01', current_role: 'agent', ratings: { a: 2, b: 3 } }] });
  const ben = makeProfile({ name: 'Ben', ratings: { a: 3, b: 1 }, history: [{ assessed_on: '2025-06-01', current_role: 'agent', ratings: { a: 3, b: 3 } }] });
  const cy = makeProfile({ name: 'Cy', ratings: { a: 1 } });
  const report = buildTeamReport(index, [{ file: 'ana.yaml', profile: ana }, { file: 'ben.yaml', profile: ben }, { file: 'cy.yaml', profile: cy }], [], counts(3));

  it('gives each person their change against their last history entry, and null without one', () => {
    const [a, b, c] = report.people;
    expect(a!.change).toMatchObject({ since: '2025-06-01', role_then: 'agent', role_changed: false, readiness_after: 1, became_ready: true, skills_up: 1, skills_down: 0, gaps_closed: 1 });
    expect(a!.change!.readiness_before).toBeLessThan(1);
    expect(b!.change).toMatchObject({ skills_up: 0, skills_down: 1, became_ready: false });
    expect(b!.change!.readiness_after).toBeLessThan(b!.change!.readiness_before);
    expect(c!.change).toBeNull();
  });

  it('sums it up for the team, the biggest rise first', () => {
    const m = report.team.moved;
    expect([m.compared, m.first_assessment, m.readiness_up, m.readiness_down, m.became_ready, m.gaps_closed]).toEqual([2, 1, 1, 1, 1, 1]);
    expect(m.movers.map((x) => x.name)).toEqual(['Ana Ruiz', 'Ben']);
    expect(m.mean_change).toBeCloseTo((m.movers[0]!.change + m.movers[1]!.change) / 2, 3);
  });

  it('compares with an explicit previous assessment (an earlier snapshot), or with nothing when told so', () => {
    const r = buildTeamReport(index, [
      { file: 'ana.yaml', profile: ana, previous: { assessed_on: '2025-12-01', current_role: 'agent', ratings: { a: 4, b: 3 } } },
      { file: 'ben.yaml', profile: ben, previous: null },
    ], [], counts(2), [{ file: 'old/dan.yaml', name: 'Dan' }]);
    expect(r.people[0]!.change).toMatchObject({ since: '2025-12-01', readiness_before: 1, readiness_after: 1, skills_up: 0 });
    expect(r.people[1]!.change).toBeNull();
    expect(r.team.moved.left).toEqual([{ file: 'old/dan.yaml', name: 'Dan' }]);
  });
});
