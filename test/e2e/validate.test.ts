// `rungs validate` as trainers run it in CI.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, dataFile, frameworkCopy, lineOf, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);

const lead = dataFile('roles/support-team-lead.yaml');

describe('rungs validate', () => {
  it('the built-in framework: exit 0 and a summary line', () => {
    const r = rungs(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ \d+ files checked, no problems\n$/);
  });

  it('every problem as file:line:col, exit 1', () => {
    const text = lead.replace('skill: coaching,', 'skill: coachng,');
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': text, 'roles/other.yaml': 'id: [\n' });
    const r = rungs(['validate', dir], { cwd: dir });
    expect(r.code).toBe(1);
    const line = lineOf(text, 'coachng');
    const col = text.split('\n')[line - 1]!.indexOf('coachng') + 1;
    expect(r.stdout).toContain(`roles/support-team-lead.yaml:${line}:${col}: error: unknown skill "coachng" (did you mean "coaching"?) [unknown-reference]`);
    expect(r.stdout).toMatch(/roles\/other\.yaml:\d+:\d+: error: .* \[yaml-syntax\]/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?\) in \d+ files\n$/);
  });

  it('warnings pass unless --strict', () => {
    const dir = frameworkCopy({ 'skills/unused-skill.yaml': dataFile('skills/coaching.yaml').replace('id: coaching', 'id: unused-skill') });
    const r = rungs(['validate', dir], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning: skill "unused-skill" is not required by any role [unused-skill]');
    expect(rungs(['validate', dir, '--strict'], { cwd: dir }).code).toBe(1);
  });

  it('-f json: problems with file, line, column, severity, rule, message, and a summary', () => {
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': lead.replace('level: 5', 'level: 12') });
    const report = JSON.parse(rungs(['validate', dir, '-f', 'json'], { cwd: dir }).stdout) as { ok: boolean; summary: { errors: number }; problems: Record<string, unknown>[] };
    expect(report.ok).toBe(false);
    expect(report.summary.errors).toBe(1);
    expect(report.problems[0]).toEqual({ file: 'roles/support-team-lead.yaml', line: lineOf(lead, 'level: 5'), column: 8, severity: 'error', rule: 'schema', message: '"level" must be at most 9 (got 12)' });
  });

  it('-f github prints annotations and a summary; chosen automatically when GITHUB_ACTIONS=true', () => {
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': lead.replace('track: management', 'track: managment') });
    const expected = `::error file=roles/support-team-lead.yaml,line=${lineOf(lead, 'track: management')},col=8,title=rungs unknown-reference::unknown track "managment" (did you mean "management"?) [unknown-reference]`;
    const explicit = rungs(['validate', dir, '--format', 'github'], { cwd: dir });
    expect(explicit.stdout.split('\n')[0]).toBe(expected);
    expect(explicit.stdout).toMatch(/✖ 1 problem/);
    const auto = rungs(['validate', dir], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(auto.stdout.split('\n')[0]).toBe(expected);
    // An explicit format wins over the environment.
    expect(rungs(['validate', dir, '-f', 'json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } }).stdout.startsWith('{')).toBe(true);
  });

  it('-f github and -f sarif: paths from GITHUB_WORKSPACE when set (a job with working-directory:)', () => {
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': lead.replace('track: management', 'track: managment') });
    const workspace = dirname(dir);
    const inRepo = `${basename(dir)}/roles/support-team-lead.yaml`;
    const annotations = rungs(['validate', '.', '-f', 'github'], { cwd: dir, env: { GITHUB_WORKSPACE: workspace } });
    expect(annotations.stdout.split('\n')[0]).toMatch(new RegExp(`^::error file=${inRepo},line=\\d+,col=8,`));
    const log = JSON.parse(rungs(['validate', '.', '-f', 'sarif'], { cwd: dir, env: { GITHUB_WORKSPACE: workspace } }).stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: inRepo, uriBaseId: '%SRCROOT%' });
    // without it, relative to where rungs ran, as before
    const plain = rungs(['validate', '.', '-f', 'github'], { cwd: dir, env: { GITHUB_WORKSPACE: undefined } });
    expect(plain.stdout.split('\n')[0]).toMatch(/^::error file=roles\/support-team-lead\.yaml,/);
  });

  it('-f sarif: exit codes as for any format; a clean run is a log with no results', () => {
    const r = rungs(['validate', '-f', 'sarif']);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toEqual([]);
  });

  it('-f junit -o writes a JUnit report atomically', () => {
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': lead.replace('level: 5', 'level: 0') });
    const out = tempDir();
    const r = rungs(['validate', dir, '-f', 'junit', '-o', join(out, 'validate.xml')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const xml = readFileSync(join(out, 'validate.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<testsuite name="roles/support-team-lead.yaml" tests="1" failures="1"');
    expect(readdirSync(out)).toEqual(['validate.xml']);
  });

  it('a missing folder or a folder that is not a framework: exit 2, one line', () => {
    const r = rungs(['validate', '/nonexistent/framework']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rungs: /nonexistent/framework: no such file or folder\n');
    const empty = rungs(['validate', tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/not a rungs framework \(no framework\.yaml\)\nhint: create one with `rungs init <dir>`\n$/);
  });

  it('validates several folders at once and reports on each', () => {
    const good = frameworkCopy();
    const bad = frameworkCopy({ 'questions.yaml': null });
    const r = rungs(['validate', good, bad, '-f', 'json']);
    const report = JSON.parse(r.stdout) as { frameworks: { errors: number }[] };
    expect(r.code).toBe(1);
    expect(report.frameworks.map((f) => f.errors)).toEqual([0, 1]);
  });

  it('a browsing command refuses a broken framework, pointing at validate', () => {
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': lead.replace('level: 5', 'level: 0') });
    const r = rungs(['roles', '--data', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^rungs: the framework in .* has 1 error \(first: .*support-team-lead\.yaml:\d+:\d+: "level" must be at least 1 \(got 0\)\)\nhint: run `rungs validate .*` to see them all\n$/);
  });

  it('does not print a stack trace for bad input', () => {
    const dir = frameworkCopy({ 'framework.yaml': '\u0000\u0001binary' });
    writeFileSync(join(dir, 'roles', 'x.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = rungs(['validate', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('roles/x.yaml:1:1: error: the file is not valid UTF-8 text [unreadable]');
  });

  it('a "promotion" to the same level, and a next role listed twice: errors at file:line:col, exit 1', () => {
    // support-team-lead and support-supervisor are both at level 5; the lead lists the supervisor as lateral
    const text = lead
      .replace(/(- role: support-supervisor\n {4}type: )lateral/, '$1promotion')
      .replace(/^next:\n/m, 'next:\n  - role: support-supervisor\n    type: lateral\n');
    expect(text).not.toBe(lead);
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': text });
    const r = rungs(['validate', dir], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = text.split('\n');
    const second = lines.findIndex((l, i) => i > lineOf(text, 'role: support-supervisor') - 1 && l.includes('role: support-supervisor'));
    expect(r.stdout).toContain(`roles/support-team-lead.yaml:${second + 1}:11: error: role "support-supervisor" is listed twice as a next role (first at next[0]) [duplicate-next-role]`);
    expect(r.stdout).toContain(
      `roles/support-team-lead.yaml:${second + 2}:11: error: "support-team-lead" (level 5) lists a promotion to "support-supervisor" at level 5: a promotion must lead to a higher level (make it type: lateral, or fix the levels) [promotion-not-higher]`,
    );
  });
});

describe('rungs init', () => {
  it('writes a copy that validates clean, with working schema lines', () => {
    const dir = join(tempDir(), 'our-framework');
    const r = rungs(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('rungs validate');
    expect(readFileSync(join(dir, 'roles', 'support-team-lead.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/role.schema.json');
    expect(readFileSync(join(dir, 'framework.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/framework.schema.json');
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual(['framework.schema.json', 'profile.schema.json', 'questions.schema.json', 'role.schema.json', 'skill.schema.json']);
    const v = rungs(['validate', dir, '--strict']);
    expect(v.code).toBe(0);
    expect(rungs(['roles', '--data', dir, '-f', 'json']).code).toBe(0);
  });

  it('refuses a folder that is not empty unless --force, and changes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = rungs(['init', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the folder is not empty; refusing to write into it\nhint: .*--force/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(rungs(['init', dir, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
