// The browsing commands, spawned from bin/rungs.js as a user runs them.
import { describe, expect, it } from 'vitest';
import { rungs } from '../helpers/run.js';

describe('rungs roles', () => {
  it('prints the ladder as a table, lowest rung first', () => {
    const r = rungs(['roles']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const technician = r.stdout.indexOf('Support Technician');
    const cco = r.stdout.indexOf('Chief Customer Officer');
    expect(technician).toBeGreaterThan(0);
    expect(cco).toBeGreaterThan(technician);
    expect(r.stdout).toMatch(/\n\d+ roles · rungs role <id> for details\n$/);
  });

  it('-f json is the documented contract: an array with id, title, level, track', () => {
    const r = rungs(['roles', '-f', 'json']);
    expect(r.code).toBe(0);
    const roles = JSON.parse(r.stdout) as { id: string; title: string; level: number; track: string }[];
    expect(roles.length).toBeGreaterThanOrEqual(18);
    for (const role of roles) {
      expect(typeof role.id).toBe('string');
      expect(typeof role.title).toBe('string');
      expect(role.level).toBeGreaterThanOrEqual(1);
      expect(typeof role.track).toBe('string');
    }
    expect(roles.find((x) => x.id === 'chief-customer-officer')).toMatchObject({ level: 9, track: 'management' });
  });

  it('--track filters, and an unknown track is a usage error with a suggestion', () => {
    const r = rungs(['roles', '--track', 'expert', '-f', 'json']);
    expect((JSON.parse(r.stdout) as { track: string }[]).every((x) => x.track === 'expert')).toBe(true);
    const bad = rungs(['roles', '--track', 'expret']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('rungs: unknown track "expret" (did you mean "expert"?)\n');
  });

  it('markdown is a pipe table', () => {
    const r = rungs(['roles', '-f', 'markdown']);
    expect(r.stdout.split('\n')[0]).toBe('| Level | Role | Id | Track | Next |');
  });
});

describe('rungs role', () => {
  it('shows a role: summary, responsibilities, how to get here, skills, next', () => {
    const r = rungs(['role', 'support-team-lead']);
    expect(r.code).toBe(0);
    for (const heading of ['Support Team Lead', 'Responsibilities', 'How to get here', 'Skills', 'Next']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('Support Operations Manager');
  });

  it('an unknown id exits 2 naming the closest ids', () => {
    const r = rungs(['role', 'support-team-leed']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rungs: unknown role "support-team-leed" (did you mean "support-team-lead"?)\n');
    expect(r.stdout).toBe('');
  });

  it('json carries the skills with target level and importance', () => {
    const role = JSON.parse(rungs(['role', 'support-expert', '-f', 'json']).stdout) as { skills: { skill: string; level: number; importance: number }[] };
    expect(role.skills.length).toBeGreaterThan(5);
    expect(role.skills[0]!.importance).toBe(Math.max(...role.skills.map((s) => s.importance)));
  });
});

describe('rungs skills', () => {
  it('json: an array with id, name and category ("technical" for technical skills)', () => {
    const skills = JSON.parse(rungs(['skills', '-f', 'json']).stdout) as { id: string; name: string; category: string }[];
    expect(skills.filter((s) => s.category === 'technical').length).toBeGreaterThanOrEqual(12);
    expect(skills.filter((s) => s.category !== 'technical').length).toBeGreaterThanOrEqual(24);
    expect(skills.find((s) => s.id === 'troubleshooting')?.category).toBe('technical');
    expect(skills.find((s) => s.id === 'active-listening')?.category).toBe('interpersonal');
  });

  it('table ends with the counts; --category filters', () => {
    expect(rungs(['skills']).stdout).toMatch(/\d+ skills \(\d+ technical, \d+ non-technical\)\n$/);
    const r = rungs(['skills', '--category', 'management', '-f', 'json']);
    expect((JSON.parse(r.stdout) as { category: string }[]).every((s) => s.category === 'management')).toBe(true);
  });
});

describe('rungs paths', () => {
  it('draws the tree and marks where the expert and management paths fork', () => {
    const r = rungs(['paths']);
    expect(r.code).toBe(0);
    const forkLine = r.stdout.split('\n').find((l) => l.includes('◆ fork'));
    expect(forkLine).toContain('Senior Support Analyst');
    expect(r.stdout).toContain('Principal Support Expert');
    expect(r.stdout).toContain('Chief Customer Officer');
  });

  it('--from starts at a role; json nests promotions', () => {
    const trees = JSON.parse(rungs(['paths', '--from', 'senior-support-analyst', '-f', 'json']).stdout) as { id: string; fork: boolean; children: { id: string }[] }[];
    expect(trees).toHaveLength(1);
    expect(trees[0]!.fork).toBe(true);
    expect(trees[0]!.children.map((c) => c.id)).toEqual(expect.arrayContaining(['support-expert', 'support-team-lead']));
  });
});

describe('rungs compare', () => {
  it('compares two roles skill by skill', () => {
    const cmp = JSON.parse(rungs(['compare', 'support-expert', 'support-team-lead', '-f', 'json']).stdout) as { rows: { skill: string; a: unknown; b: unknown; difference: number }[]; only_b: string[] };
    expect(cmp.only_b).toContain('coaching');
    const coaching = cmp.rows.find((r) => r.skill === 'coaching')!;
    expect(coaching.a).toBeNull();
    expect(coaching.difference).toBeGreaterThan(0);
  });

  it('an unknown id exits 2', () => {
    expect(rungs(['compare', 'support-expert', 'nope']).code).toBe(2);
  });
});

describe('global behaviour', () => {
  it('--help lists every command with examples and exit codes', () => {
    const r = rungs(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['roles', 'role', 'skills', 'paths', 'compare', 'init', 'validate', 'assess', 'recommend', 'plan', 'report']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('Exit codes:');
  });

  it('each command has --help with examples', () => {
    const r = rungs(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--data <dir>');
  });

  it('--version prints the package version', () => {
    expect(rungs(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown option or command is a usage error (exit 2)', () => {
    expect(rungs(['roles', '--bogus']).code).toBe(2);
    expect(rungs(['frobnicate']).code).toBe(2);
    expect(rungs(['roles', '-f', 'yaml']).code).toBe(2);
  });

  it('never colours when NO_COLOR is set or output is not a terminal, and can be forced', () => {
    expect(rungs(['roles']).stdout).not.toMatch(/\u001b\[/);
    expect(rungs(['roles'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(rungs(['roles', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    expect(rungs(['roles', '-f', 'json'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('--data and RUNGS_DATA pick the framework; a missing folder exits 2', () => {
    const r = rungs(['roles', '--data', '/nonexistent/framework']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rungs: /nonexistent/framework: no such file or folder\n');
    expect(rungs(['roles'], { env: { RUNGS_DATA: '/nonexistent/framework' } }).code).toBe(2);
  });
});
