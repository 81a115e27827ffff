import { describe, expect, it } from 'vitest';
import { compareRoles, pathTree, roleDetail, roleRows, skillRows, UnknownIdError } from '../../src/core/browse.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { DATA } from '../helpers/fixtures.js';

const fw = loadFramework(DATA).framework!;

describe('roleRows', () => {
  it('sorts by level, and filters by track', () => {
    const rows = roleRows(fw);
    const levels = rows.map((r) => r.level);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(roleRows(fw, 'expert').every((r) => r.track === 'expert')).toBe(true);
  });

  it('does not depend on the order roles were read in', () => {
    expect(roleRows({ ...fw, roles: [...fw.roles].reverse() })).toEqual(roleRows(fw));
  });
});

describe('roleDetail', () => {
  it('resolves names, marks core skills and lists where the role comes from', () => {
    const lead = roleDetail(fw, 'support-team-lead');
    expect(lead.previous.map((p) => p.role)).toContain('senior-support-analyst');
    expect(lead.skills.filter((s) => s.core).every((s) => s.importance >= fw.meta.scoring.core_importance)).toBe(true);
    expect(lead.next.find((n) => n.role === 'support-operations-manager')?.type).toBe('promotion');
  });

  it('throws an UnknownIdError with suggestions', () => {
    expect(() => roleDetail(fw, 'support-team-leed')).toThrow(UnknownIdError);
    try {
      roleDetail(fw, 'support-team-leed');
    } catch (error) {
      expect((error as UnknownIdError).suggestions[0]).toBe('support-team-lead');
    }
  });
});

describe('skillRows', () => {
  it('flags technical skills and counts the roles using each', () => {
    const rows = skillRows(fw);
    expect(rows.find((s) => s.id === 'troubleshooting')).toMatchObject({ technical: true });
    expect(rows.every((s) => s.used_by.length > 0)).toBe(true);
  });
});

describe('pathTree', () => {
  it('marks the fork and prints each subtree once', () => {
    const trees = pathTree(fw);
    const seen: string[] = [];
    const forks: string[] = [];
    const walk = (n: (typeof trees)[number]) => {
      if (!n.seen_above) seen.push(n.id);
      if (n.fork) forks.push(n.id);
      n.children.forEach(walk);
    };
    trees.forEach(walk);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(fw.roles.map((r) => r.id)));
    expect(forks).toEqual(['senior-support-analyst']);
  });

  it('terminates on promotion cycles (an invalid framework is still browsable)', () => {
    const roles = fw.roles.map((r) => (r.id === 'chief-customer-officer' ? { ...r, next: [{ role: 'support-technician', type: 'promotion' as const }] } : r));
    expect(() => pathTree({ ...fw, roles })).not.toThrow();
  });
});

describe('compareRoles', () => {
  it('lists the union of skills, biggest differences first', () => {
    const cmp = compareRoles(fw, 'support-expert', 'support-team-lead');
    const diffs = cmp.rows.map((r) => Math.abs(r.difference));
    expect(diffs).toEqual([...diffs].sort((a, b) => b - a));
    expect(cmp.only_a.every((id) => cmp.rows.find((r) => r.skill === id)?.b === null)).toBe(true);
  });
});
