// The loader end to end on real folders: every problem found, each at the right file, line and column.
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/io/load-framework.js';
import { RungsError } from '../../src/errors.js';
import { cleanTempDirs, DATA, dataFile, frameworkCopy, lineOf, tempDir } from '../helpers/fixtures.js';

afterAll(cleanTempDirs);

const load = (dir: string) => loadFramework(dir, { cwd: dir });
const lead = dataFile('roles/support-team-lead.yaml');

describe('the shipped framework', () => {
  it('validates clean: no errors and no warnings', () => {
    const loaded = loadFramework(DATA);
    expect(loaded.problems).toEqual([]);
    expect(loaded.framework?.roles.length).toBeGreaterThanOrEqual(18);
  });

  it('has the content the issue asks for', () => {
    const fw = loadFramework(DATA).framework!;
    const technical = fw.skills.filter((s) => s.category === 'technical');
    expect(technical.length).toBeGreaterThanOrEqual(12);
    expect(fw.skills.length - technical.length).toBeGreaterThanOrEqual(24);
    expect(fw.questions.length).toBeGreaterThanOrEqual(8);
    const ids = fw.roles.map((r) => r.id);
    for (const id of ['support-technician', 'customer-support-representative', 'technical-support-specialist', 'senior-support-analyst', 'support-team-lead', 'support-operations-manager', 'customer-support-director', 'vp-customer-support', 'chief-customer-officer', 'support-supervisor', 'support-trainer', 'knowledge-manager', 'customer-success-manager', 'technical-writer', 'support-operations-analyst', 'virtual-support-agent']) {
      expect(ids).toContain(id);
    }
    const kinds = new Set(fw.meta.tracks.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['expert', 'foundation', 'lateral', 'management']);
    // The expert path reaches parity with management levels.
    const topExpert = Math.max(...fw.roles.filter((r) => r.track === 'expert').map((r) => r.level));
    expect(topExpert).toBeGreaterThanOrEqual(7);
    for (const skill of fw.skills) expect(Object.keys(skill.anchors).sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('puts the editor schema line at the top of every data file', () => {
    const loaded = loadFramework(DATA, { cwd: DATA });
    const files = [loaded.docs.framework!.file, loaded.docs.questions!.file, ...loaded.docs.skills.map((d) => d.file), ...loaded.docs.roles.map((d) => d.file)];
    for (const file of files) expect(dataFile(file).split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schemas\/\w+\.schema\.json$/);
  });
});

describe('problems with positions', () => {
  it('maps a schema error to the line and column of the YAML node', () => {
    const text = lead.replace('level: 5', 'level: ten');
    const dir = frameworkCopy({ 'roles/support-team-lead.yaml': text });
    const problems = load(dir).problems.filter((p) => p.severity === 'error');
    expect(problems).toEqual([
      { file: join('roles', 'support-team-lead.yaml'), line: lineOf(text, 'level: ten'), column: 8, severity: 'error', rule: 'schema', message: '"level" must be a whole number (got "ten")' },
    ]);
  });

  it('names an unknown property at its key, with a suggestion', () => {
    const text = lead.replace('summary:', 'sumary:');
    const problems = load(frameworkCopy({ 'roles/support-team-lead.yaml': text })).problems;
    expect(problems).toContainEqual(expect.objectContaining({ line: lineOf(text, 'sumary:'), column: 1, message: 'unknown property "sumary" (did you mean "summary"?)' }));
    expect(problems).toContainEqual(expect.objectContaining({ message: 'missing required property "summary"', line: 2, column: 1 }));
  });

  it('hints to quote a number that YAML reads differently (1.10 -> 1.1)', () => {
    const text = dataFile('framework.yaml').replace('version: "1.0.0"', 'version: 1.10');
    const problems = load(frameworkCopy({ 'framework.yaml': text })).problems;
    expect(problems[0]).toMatchObject({ file: 'framework.yaml', line: lineOf(text, 'version: 1.10'), column: 10 });
    expect(problems[0]!.message).toBe('"version" must be a string (got 1.1): quote this value ("1.10") so YAML keeps it as written');
  });

  it('reports an unknown skill reference at the reference, with the closest id', () => {
    const text = lead.replace('skill: coaching,', 'skill: coachng,');
    const problems = load(frameworkCopy({ 'roles/support-team-lead.yaml': text })).problems;
    const line = lineOf(text, 'coachng');
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'unknown-reference', line, message: expect.stringContaining('"coaching"') }));
    expect(problems.find((p) => p.rule === 'unknown-reference')!.column).toBe(text.split('\n')[line - 1]!.indexOf('coachng') + 1);
  });

  it('reports every problem, not just the first, across files', () => {
    const dir = frameworkCopy({
      'roles/support-team-lead.yaml': lead.replace('track: management', 'track: managment'),
      'skills/coaching.yaml': dataFile('skills/coaching.yaml').replace('category: management', 'category: mgmt'),
      'roles/broken.yaml': 'id: [unclosed\n',
    });
    const rules = load(dir).problems.map((p) => `${p.file}:${p.rule}`);
    expect(rules).toContain(`${join('roles', 'support-team-lead.yaml')}:unknown-reference`);
    expect(rules).toContain(`${join('skills', 'coaching.yaml')}:unknown-reference`);
    expect(rules).toContain(`${join('roles', 'broken.yaml')}:yaml-syntax`);
  });

  it('does not cascade: a role with a schema error is still known to the roles that point at it', () => {
    const text = dataFile('roles/support-operations-manager.yaml').replace('level: 6', 'level: 60');
    const problems = load(frameworkCopy({ 'roles/support-operations-manager.yaml': text })).problems;
    expect(problems.map((p) => p.rule)).toEqual(['schema']);
  });

  it('reports a missing questions file and missing folders as findings', () => {
    const problems = load(frameworkCopy({ 'questions.yaml': null, roles: null })).problems;
    expect(problems.filter((p) => p.rule === 'missing-file').map((p) => p.file).sort()).toEqual(['questions.yaml', 'roles']);
  });

  it('warns about data files it does not read, instead of skipping them silently', () => {
    const problems = load(frameworkCopy({ 'extra.yaml': 'a: 1\n' })).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'extra.yaml', severity: 'warning', rule: 'unknown-file' })]);
  });

  it('reports an empty file and an invalid UTF-8 file', () => {
    const dir = frameworkCopy({ 'skills/empty.yaml': '# only a comment\n' });
    expect(load(dir).problems).toContainEqual(expect.objectContaining({ file: join('skills', 'empty.yaml'), rule: 'empty-file' }));
  });

  it('survives a symbolic link loop inside the framework', () => {
    const dir = frameworkCopy();
    mkdirSync(join(dir, 'roles', 'nested'));
    symlinkSync(join(dir, 'roles'), join(dir, 'roles', 'nested', 'loop'));
    const loaded = load(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.framework?.roles.length).toBe(loadFramework(DATA).framework!.roles.length);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file (permissions)', () => {
    const dir = frameworkCopy();
    chmodSync(join(dir, 'roles', 'support-team-lead.yaml'), 0o000);
    expect(load(dir).problems).toContainEqual(expect.objectContaining({ rule: 'unreadable', message: 'permission denied' }));
  });
});

describe('fatal errors (exit 2)', () => {
  it('throws a RungsError for a missing folder and for a folder that is not a framework', () => {
    const missing = join(tempDir(), 'nope');
    expect(() => loadFramework(missing)).toThrow(RungsError);
    expect(() => loadFramework(missing)).toThrow(/no such file or folder/);
    expect(() => loadFramework(tempDir())).toThrow(/not a rungs framework \(no framework\.yaml\)/);
  });

  it('shows paths relative to the working directory', () => {
    const dir = frameworkCopy({ 'extra.yaml': 'a: 1\n' });
    const problems = loadFramework(dir, { cwd: join(dir, '..') }).problems;
    expect(problems[0]!.file).toBe(join(relative(join(dir, '..'), dir), 'extra.yaml'));
  });
});
