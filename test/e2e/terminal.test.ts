// Terminals (issue 15): colour by NO_COLOR / FORCE_COLOR / TERM, ASCII for a non-UTF-8 locale, COLUMNS, the one
// width rule in the browse tables of the bundle, and `rungs` alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);

const ESC = '\u001b[';
const plain = { NO_COLOR: undefined };

describe('colour', () => {
  it('FORCE_COLOR=1..3 colours even into a pipe; FORCE_COLOR=0, TERM=dumb, NO_COLOR and --no-color do not', () => {
    for (const level of ['1', '2', '3']) expect(rungs(['roles'], { env: { ...plain, FORCE_COLOR: level } }).stdout).toContain(ESC);
    expect(rungs(['roles'], { env: plain }).stdout).not.toContain(ESC);
    expect(rungs(['roles'], { env: { ...plain, FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(rungs(['roles'], { env: { ...plain, TERM: 'dumb' } }).stdout).not.toContain(ESC);
    expect(rungs(['roles'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(rungs(['roles', '--no-color'], { env: { ...plain, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(rungs(['roles', '-f', 'json'], { env: { ...plain, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('a locale that is not UTF-8', () => {
  it.each([{ LANG: 'C' }, { LC_ALL: 'C', LANG: 'C.UTF-8' }, { LC_CTYPE: 'POSIX' }])('%o gets ASCII borders, arrows and marks', (env) => {
    for (const args of [['roles'], ['paths'], ['role', 'support-team-lead'], ['skills']]) {
      const out = rungs(args, { env }).stdout;
      expect(out.length).toBeGreaterThan(100);
      expect(out).toMatch(/^[\x20-\x7e\n]*$/);
    }
  });

  it('JSON keeps its text whatever the locale', () => {
    expect(rungs(['roles', '-f', 'json'], { env: { LANG: 'C' } }).stdout).toBe(rungs(['roles', '-f', 'json']).stdout);
  });
});

describe('COLUMNS', () => {
  it('narrows the skills table', () => {
    const widest = (s: string) => Math.max(...s.split('\n').map((l) => stringWidth(l)));
    const wide = rungs(['skills'], { env: { COLUMNS: '140' } }).stdout;
    const narrow = rungs(['skills'], { env: { COLUMNS: '80' } }).stdout;
    expect(widest(narrow)).toBeLessThan(widest(wide));
  });
});

describe('the browse tables of the bundle', () => {
  it('every line of a table is as wide as its border (cli-table3 measures with the one rule)', () => {
    for (const args of [['roles'], ['skills'], ['compare', 'support-expert', 'support-team-lead']]) {
      const lines = rungs(args).stdout.split('\n').filter((l) => /^[│┌├└]/.test(l));
      expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
    }
  });

  it('holds its right-hand border in one column for names of emoji, Devanagari, Thai and zero-width spaces', () => {
    const dir = join(tempDir(), 'fw');
    expect(rungs(['init', dir]).code).toBe(0);
    const names = ['Coaching 🚀', 'प्रिया शर्मा', 'ณัฐวุฒิ', 'Dev 👩‍💻 👍🏽', 'Mo\u200bhammed', '李雷 ❤️'];
    const files = ['active-listening', 'adaptability', 'budgeting', 'coaching', 'empathy', 'cross-functional-collaboration'];
    files.forEach((file, i) => {
      const path = join(dir, 'skills', `${file}.yaml`);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^name: .*$/m, `name: "${names[i]}"`));
    });
    const out = rungs(['skills', '--data', dir]);
    expect(out.stderr).toBe('');
    // An invisible character is shown, not hidden (issue 14, case 16): the zero-width space as \u200B.
    for (const name of names) expect(out.stdout).toContain(name.replace('\u200b', '\\u200B'));
    const lines = out.stdout.split('\n').filter((l) => /^[│┌├└]/.test(l));
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
  });
});

describe('rungs with no command', () => {
  it('prints a short start, not every option', () => {
    const r = rungs([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rungs assess');
    expect(r.stdout).toContain('rungs --help');
    expect(r.stdout.split('\n').length).toBeLessThanOrEqual(14);
    expect(r.stdout).not.toContain('Options:');
    expect(rungs(['--help']).stdout).toContain('Options:');
  });
});

describe('the terminal team report', () => {
  const widest = (s: string) => Math.max(...s.split('\n').map((l) => stringWidth(l)));

  it.each(['80', '120'])('fits COLUMNS=%s: no line wider; the people table drops and stacks columns, then becomes blocks', (columns) => {
    const r = rungs(['report', 'test/fixtures/team'], { env: { COLUMNS: columns } });
    expect(r.code).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(Number(columns));
    for (const name of ['Ana Ruiz', 'Ben Okafor', 'Chloé Martin', 'Dev Patel']) expect(r.stdout).toContain(name);
    const people = r.stdout.slice(r.stdout.indexOf('People'), r.stdout.indexOf('Skills'));
    if (columns === '120') expect(people).toContain('│ Person'); // stacked: a table still
    else expect(people).toContain('• Ana Ruiz: Senior Support Analyst → Support Expert'); // blocks
  });

  it('keeps the full table where it fits (no width known: a pipe)', () => {
    const r = rungs(['report', 'test/fixtures/team']);
    expect(r.stdout).toContain('│ Readiness      │ Fit │ Ready');
    expect(widest(r.stdout)).toBeGreaterThan(120);
  });

  it('fits names of emoji, Devanagari and Thai in 80 columns', () => {
    const dir = tempDir();
    const names = ['Sam 👍🏽 Okafor', 'प्रिया शर्मा', 'ณัฐวุฒิ ใจดี', 'Dev 👩‍💻 Patel'];
    names.forEach((name, i) => writeFileSync(join(dir, `p${i}.yaml`), readFileSync('test/fixtures/team/ana-ruiz.yaml', 'utf8').replace(/^name: .*$/m, `name: "${name}"`)));
    for (const columns of ['80', '120', '200']) {
      const r = rungs(['report', dir], { env: { COLUMNS: columns } });
      expect(r.code).toBe(0);
      for (const name of names) expect(r.stdout).toContain(name);
      expect(widest(r.stdout)).toBeLessThanOrEqual(Number(columns));
      const tableLines = r.stdout.split('\n').filter((l) => /^[│┌├└]/.test(l));
      // Each table's lines equally wide: the right-hand border in one column.
      for (const line of tableLines) expect(line.endsWith('│') || line.endsWith('┐') || line.endsWith('┤') || line.endsWith('┘')).toBe(true);
    }
  });
});

describe('the advice at 80 columns', () => {
  it('fits every persona: the options table drops its bar and stacks before it is wider', () => {
    for (const persona of ['remote-representative', 'writing-specialist', 'relationship-representative', 'team-lead-climbing']) {
      const r = rungs(['recommend', `test/fixtures/personas/${persona}.yaml`], { env: { COLUMNS: '80' } });
      expect(r.code).toBe(0);
      expect(Math.max(...r.stdout.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    }
    // In colour too, every colour code kept whole (a coloured note is moved, not wrapped as text).
    const coloured = rungs(['recommend', 'test/fixtures/personas/remote-representative.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1', COLUMNS: '80' } }).stdout;
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\[[0-9;]*m/);
    expect(Math.max(...coloured.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    // A wide terminal keeps the bars.
    expect(rungs(['recommend', 'test/fixtures/personas/remote-representative.yaml'], { env: { COLUMNS: '120' } }).stdout).toMatch(/│ █+░* +\d+% (ready|not yet)/);
  });
});

describe('fitted tables in colour', () => {
  it('keep every colour code whole (no "[2m" left as text) at 80 and 120 columns', () => {
    for (const columns of ['80', '120']) {
      const r = rungs(['report', 'test/fixtures/team'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1', COLUMNS: columns } });
      expect(r.stdout).toContain('\u001b[');
      expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\[[0-9;]*m/);
      expect(Math.max(...r.stdout.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(Number(columns));
    }
  });
});
