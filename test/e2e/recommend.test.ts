// `rungs recommend` and `rungs plan`, spawned from bin/rungs.js as a user runs them (build first:
// `npm run build`; `npm test` does).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, ROOT, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

const PERSONAS = join(ROOT, 'test', 'fixtures', 'personas');
const persona = (name: string) => join(PERSONAS, `${name}.yaml`);
const MENTOR = persona('mentoring-senior-analyst');

afterAll(cleanTempDirs);

describe('rungs recommend', () => {
  it('text: the next role, readiness, why, options, skills to develop, the fork', () => {
    const r = rungs(['recommend', MENTOR]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    for (const part of [
      'You are now  Senior Support Analyst',
      'Your recommended next role',
      'Support Team Lead',
      '✔ ready',
      'Why',
      'Other options',
      'Support Supervisor (runner-up)',
      'Skills to develop for Support Team Lead',
      '1. Performance monitoring  2 → 3',
      'The expert path or the management path?',
      '← your answers lean here',
    ]) {
      expect(out).toContain(part);
    }
    expect(out).toMatch(/^\s+(training|practice|certification|mentoring|reading): /m);
    // NO_COLOR is set by the helper: no escape codes.
    expect(out).not.toContain('\u001b[');
  });

  it('text: colour when forced, and never with NO_COLOR', () => {
    const forced = rungs(['recommend', MENTOR], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const off = rungs(['recommend', MENTOR, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(off.stdout).not.toContain('\u001b[');
  });

  it('json: the documented contract', () => {
    const r = rungs(['recommend', persona('deep-product-specialist'), '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout) as Record<string, unknown> & {
      next_role: Record<string, unknown>;
      alternatives: Record<string, unknown>[];
      gaps: Record<string, unknown>[];
      reasons: unknown[];
      warnings: unknown[];
    };
    expect(Object.keys(a.next_role)).toEqual(expect.arrayContaining(['id', 'title', 'level', 'track']));
    expect(a.next_role).toMatchObject({ id: 'support-expert', title: 'Support Expert', level: 5, track: 'expert' });
    expect(typeof a.readiness).toBe('number');
    expect(a.readiness).toBeGreaterThanOrEqual(0);
    expect(a.readiness).toBeLessThanOrEqual(1);
    expect(typeof a.fit).toBe('number');
    expect(a.alternatives.length).toBeGreaterThan(0);
    for (const alt of a.alternatives) expect(Object.keys(alt)).toEqual(expect.arrayContaining(['id', 'title', 'readiness', 'fit', 'score']));
    expect(a.gaps.length).toBeGreaterThan(0);
    for (const g of a.gaps) expect(Object.keys(g)).toEqual(expect.arrayContaining(['skill', 'current', 'target', 'importance', 'develop']));
    expect(a.reasons.length).toBeGreaterThan(0);
    expect(a.reasons.every((x) => typeof x === 'string')).toBe(true);
    expect(Array.isArray(a.warnings)).toBe(true);
  });

  it('json: null next_role at the top of a path', () => {
    const r = rungs(['recommend', persona('chief-customer-officer'), '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ next_role: null, top_of_path: true, alternatives: [] });
  });

  it('text: at the top of a path it says so plainly', () => {
    const r = rungs(['recommend', persona('chief-customer-officer')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('You are at the top of this path');
    expect(r.stdout).toContain('Skills to deepen in your current role');
  });

  it('markdown: headings, lists and pipe tables', () => {
    const r = rungs(['recommend', MENTOR, '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# Career advice for the next step from Senior Support Analyst');
    expect(r.stdout).toContain('## Your recommended next role');
    expect(r.stdout).toContain('| Role | Move | Readiness | Ready | Fit | Score |');
    expect(r.stdout).toContain('## The expert path or the management path?');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('reads the profile from stdin with -', () => {
    const r = rungs(['recommend', '-', '-f', 'json'], { input: readFileSync(MENTOR, 'utf8') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).next_role.id).toBe('support-team-lead');
  });

  it('reads the profile from a file redirected to stdin, and keeps the size limit there', () => {
    const r = rungs(['recommend', '-', '-f', 'json'], { stdinFile: MENTOR });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).next_role.id).toBe('support-team-lead');
    const big = join(tempDir(), 'big.yaml');
    writeFileSync(big, `${readFileSync(MENTOR, 'utf8')}${'# padding\n'.repeat(120_000)}`);
    const over = rungs(['recommend', '-'], { stdinFile: big });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('rungs: <stdin>: more than 1.0 MB on standard input, over the limit (raise it with --max-file-size)\n');
  });

  it('warnings about the profile go to stderr, one line each, and the advice still comes', () => {
    const dir = tempDir();
    const file = join(dir, 'old.yaml');
    writeFileSync(file, readFileSync(MENTOR, 'utf8').replace('framework_version: "1.0.0"', 'framework_version: "0.9.0"'));
    const r = rungs(['recommend', file, '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^old\.yaml:\d+:\d+: warning: answered against framework version 0\.9\.0.*\[framework-version\]\n$/);
    expect(JSON.parse(r.stdout).next_role.id).toBe('support-team-lead');
    // and in the JSON's warnings, for scripts that never see stderr; plan's too
    const version = /answered against framework version 0\.9\.0, but the framework is now [\d.]+: /;
    expect(JSON.parse(r.stdout).warnings).toContainEqual(expect.stringMatching(version));
    const plan = rungs(['plan', file, '--to', 'support-team-lead', '-f', 'json'], { cwd: dir });
    expect(plan.code).toBe(0);
    expect(JSON.parse(plan.stdout).warnings).toEqual([expect.stringMatching(version)]);
    const current = rungs(['plan', MENTOR, '--to', 'support-team-lead', '-f', 'json']);
    expect(JSON.parse(current.stdout).warnings).toEqual([]);
  });

  it('an unknown skill id: exit 1, file:line:col and "did you mean"', () => {
    const dir = tempDir();
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, 'current_role: senior-support-analyst\nratings:\n  troubleshooting: 4\n  coachng: 3\n');
    const r = rungs(['recommend', file], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rungs: typo.yaml:4:3: error: unknown skill "coachng" (did you mean "coaching"?) [unknown-reference]\n');
  });

  it('an unknown current role: exit 1 with its position', () => {
    const r = rungs(['recommend', '-'], { input: 'current_role: support-techician\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:1:15: error: unknown role "support-techician" (did you mean "support-technician"?)');
  });

  it('a missing file: exit 2', () => {
    const r = rungs(['recommend', 'no-such-profile.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no-such-profile.yaml');
  });

  it('-o writes the file and keeps stdout clean', () => {
    const dir = tempDir();
    const out = join(dir, 'advice.md');
    const r = rungs(['recommend', MENTOR, '-f', 'markdown', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('# Career advice');
  });

  it('-o never overwrites the profile it reads', () => {
    const dir = tempDir();
    const file = join(dir, 'me.yaml');
    const original = readFileSync(MENTOR, 'utf8');
    writeFileSync(file, original);
    const r = rungs(['recommend', file, '-o', file]);
    expect(r.code).not.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('rungs plan', () => {
  // The team lead's route up is unambiguous (a senior analyst's first step could be team lead or supervisor).
  const LEAD = persona('team-lead-climbing');
  const ROUTE = ['support-operations-manager', 'customer-support-director', 'vp-customer-support', 'chief-customer-officer'];

  it('text: the route step by step', () => {
    const r = rungs(['plan', LEAD, '--to', 'chief-customer-officer']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Route from Support Team Lead to Chief Customer Officer: 4 moves\n/);
    const steps = [...r.stdout.matchAll(/^Step (\d) of 4 {2}↑ (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(steps).toEqual([
      ['1', 'Support Operations Manager'],
      ['2', 'Customer Support Director'],
      ['3', 'Vice President of Customer Support'],
      ['4', 'Chief Customer Officer'],
    ]);
    expect(r.stdout).toContain('Readiness now');
    expect(r.stdout).toMatch(/^\s+1\. \S.* {2}(\d|not rated) → \d {2}importance/m);
  });

  it('json: steps in order', () => {
    const r = rungs(['plan', LEAD, '--to', 'chief-customer-officer', '-f', 'json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { from: { id: string }; to: { id: string }; reachable: boolean; steps: { role: { id: string }; type: string; readiness: number; ready: boolean; gaps: unknown[] }[] };
    expect(plan.from.id).toBe('support-team-lead');
    expect(plan.to.id).toBe('chief-customer-officer');
    expect(plan.reachable).toBe(true);
    expect(plan.steps.map((s) => s.role.id)).toEqual(ROUTE);
    expect(plan.steps.every((s) => s.type === 'promotion')).toBe(true);
  });

  it('markdown: a section per step', () => {
    const r = rungs(['plan', LEAD, '--to', 'chief-customer-officer', '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Route from Support Team Lead to Chief Customer Officer');
    expect(r.stdout).toContain('## Step 4: Chief Customer Officer');
  });

  it('an unknown --to role: exit 2 with "did you mean"', () => {
    const r = rungs(['plan', LEAD, '--to', 'chief-customer-oficer']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('rungs: unknown role "chief-customer-oficer" (did you mean "chief-customer-officer"?)');
  });

  it('an unreachable target: the output says no route exists, exit 1', () => {
    const r = rungs(['plan', persona('storage-support-expert'), '--to', 'technical-writer']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('No route from Support Expert to Technical Writer');
    // Two ways in since the senior analyst's lateral move to technical writing (issue 11, item 12); the line wraps.
    expect(r.stdout).toMatch(/Technical Writer is reached from: Senior Support Analyst \(lateral move\),\s+Technical Support Specialist \(lateral move\)\./);
    const json = rungs(['plan', persona('storage-support-expert'), '--to', 'technical-writer', '-f', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ reachable: false, steps: [], leads_from: [{ id: 'senior-support-analyst', type: 'lateral' }, { id: 'technical-support-specialist', type: 'lateral' }] });
  });

  it('reads the profile from stdin with -', () => {
    const r = rungs(['plan', '-', '--to', 'customer-support-director', '-f', 'json'], { input: readFileSync(LEAD, 'utf8') });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { steps: { role: { id: string } }[] }).steps.map((s) => s.role.id)).toEqual(ROUTE.slice(0, 2));
  });

  it('a missing profile: exit 2', () => {
    const r = rungs(['plan', 'nope.yaml', '--to', 'support-expert']);
    expect(r.code).toBe(2);
  });
});
