// `rungs report`, spawned from bin/rungs.js as a team lead runs it, on the fixture teams in test/fixtures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TeamReport } from '../../src/core/team.js';
import { BIN, cleanTempDirs, lineOf, ROOT, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);

const TEAM = 'test/fixtures/team';
const BAD = 'test/fixtures/team-bad';
const NAMES = ['Ana Ruiz', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Park, Evelyn "Evie"', null];
const FILES = ['ana-ruiz.yaml', 'ben-okafor.yaml', 'chloe-martin.yaml', 'dev-patel.json', 'nights/park-evelyn.yaml', 'support-technician-07.yaml'];

const json = (stdout: string) => JSON.parse(stdout) as TeamReport;
const profileData = (file: string) => parse(readFileSync(join(ROOT, TEAM, file), 'utf8')) as Record<string, unknown>;

describe('rungs report <folder>', () => {
  it('reports everyone under the folder, recursively, sorted by name (-f json)', () => {
    const r = rungs(['report', TEAM, '-f', 'json']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.people.map((p) => p.name)).toEqual(NAMES);
    expect(report.people.at(-1)!.file).toBe(`${TEAM}/support-technician-07.yaml`);
    expect(report.summary).toMatchObject({ read: 6, used: 6, rejected: 0 });
    expect(report.errors).toEqual([]);
    expect(r.stderr).toBe('rungs: read 6 profiles, used 6, rejected 0\n');
  });

  it('gives each person the documented fields, and the team sections', () => {
    const report = json(rungs(['report', TEAM, '-f', 'json']).stdout);
    const ana = report.people[0]!;
    expect(ana).toMatchObject({
      file: `${TEAM}/ana-ruiz.yaml`,
      name: 'Ana Ruiz',
      current_role: { id: 'senior-support-analyst', title: 'Senior Support Analyst' },
      next_role: { id: 'support-expert', title: 'Support Expert' },
      ready: true,
    });
    expect(ana.readiness).toBeGreaterThan(0.8);
    expect(ana.top_gaps.length).toBeLessThanOrEqual(3);
    expect(ana.gaps.length).toBeGreaterThanOrEqual(ana.top_gaps.length);
    expect(report.team.training_needs.length).toBeGreaterThan(0);
    expect(report.team.bench.some((b) => b.role.id === 'support-team-lead')).toBe(true);
    // Chloé's lead rated her coaching 2 against her own 4, metrics literacy 4 against her 2
    expect(report.team.calibration.flagged.map((f) => [f.name, f.skill, f.difference])).toEqual([
      ['Chloé Martin', 'coaching', 2],
      ['Chloé Martin', 'metrics-literacy', -2],
    ]);
  });

  it('prints a terminal report by default, with no progress line when stderr is not a terminal', () => {
    const r = rungs(['report', TEAM]);
    expect(r.code).toBe(0);
    for (const name of NAMES) expect(r.stdout).toContain(name ?? 'support-technician-07.yaml');
    for (const heading of ['People', 'Skills', 'Training needs', 'Bench strength', 'Calibration']) expect(r.stdout).toContain(`\n${heading}  `);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\r');
  });

  it('runs every format', () => {
    for (const format of ['table', 'json', 'csv', 'markdown', 'html']) {
      const r = rungs(['report', TEAM, '-f', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout.length, format).toBeGreaterThan(500);
    }
  });

  it('gives the same report whatever order the inputs come in', () => {
    const forward = rungs(['report', ...FILES.map((f) => `${TEAM}/${f}`), '-f', 'json']);
    const backward = rungs(['report', ...FILES.map((f) => `${TEAM}/${f}`).reverse(), '-f', 'json']);
    expect(forward.code).toBe(0);
    expect(backward.stdout).toBe(forward.stdout);
    expect(forward.stdout).toBe(rungs(['report', TEAM, '-f', 'json']).stdout);
  });
});

describe('rungs report with a quoted glob', () => {
  it('expands ** itself, across folders', () => {
    const r = rungs(['report', `${TEAM}/**/*.yaml`, '-f', 'json']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    // every YAML profile, the nested one included; dev-patel.json does not match
    expect(report.people.map((p) => p.file).sort()).toEqual(FILES.filter((f) => f.endsWith('.yaml')).map((f) => `${TEAM}/${f}`).sort());
  });

  it('expands {a,b} alternatives and * within one folder', () => {
    const report = json(rungs(['report', `${TEAM}/{ana,dev}-*.{yaml,json}`, '-f', 'json']).stdout);
    expect(report.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Dev Patel']);
  });

  it('refuses a pattern that matches nothing (exit 2), naming it', () => {
    const r = rungs(['report', `${TEAM}/**/*.xml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`rungs: ${TEAM}/**/*.xml: the pattern matches no .yaml, .yml or .json file`);
    expect(r.stdout).toBe('');
  });
});

describe('rungs report - (stdin)', () => {
  it('reads NDJSON: one profile per line, named <stdin>#N', () => {
    const lines = FILES.map((f) => JSON.stringify(profileData(f)));
    const r = rungs(['report', '-', '-f', 'json'], { input: `${lines.join('\n')}\n` });
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.people.map((p) => p.name)).toEqual(NAMES);
    expect(report.people.map((p) => p.file).sort()).toEqual(['<stdin>#1', '<stdin>#2', '<stdin>#3', '<stdin>#4', '<stdin>#5', '<stdin>#6']);
    expect(r.stderr).toBe('rungs: read 6 profiles, used 6, rejected 0\n');
  });

  it('reads NDJSON redirected from a file (rungs report - < team.ndjson) exactly as from a pipe', () => {
    const good = FILES.slice(0, 3).map((f) => JSON.stringify(profileData(f)));
    const bad = JSON.stringify({ name: 'Typo', current_role: 'support-technican', ratings: {} });
    const text = `${[good[0], bad, good[1], good[2]].join('\r\n')}\r\n`;
    const file = join(tempDir(), 'team.ndjson');
    writeFileSync(file, text);
    const piped = rungs(['report', '-', '-f', 'json'], { input: text });
    const redirected = rungs(['report', '-', '-f', 'json'], { stdinFile: file });
    expect(redirected).toEqual(piped);
    expect(redirected.code).toBe(1);
    expect(redirected.stderr).toMatch(/^<stdin>:2:\d+: error: unknown role "support-technican"/m);
    expect(json(redirected.stdout).summary).toMatchObject({ read: 4, used: 3, rejected: 1 });
  });

  it('reads a YAML stream of ---separated documents', () => {
    const stream = FILES.filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(join(ROOT, TEAM, f), 'utf8'))
      .join('---\n');
    const r = rungs(['report', '-', '-f', 'json'], { input: stream });
    expect(r.code).toBe(0);
    expect(json(r.stdout).people.map((p) => p.name)).toEqual(NAMES.filter((n) => n !== 'Dev Patel'));
  });

  it('gives a bad line its <stdin>:line:col and still reports the others (exit 1)', () => {
    const good = FILES.slice(0, 2).map((f) => JSON.stringify(profileData(f)));
    const bad = JSON.stringify({ name: 'Typo', current_role: 'support-technican', ratings: {} });
    const r = rungs(['report', '-', '-f', 'json'], { input: [good[0], '', bad, good[1]].join('\n') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:3:\d+: error: unknown role "support-technican".*\[unknown-reference\]$/m);
    const report = json(r.stdout);
    expect(report.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(report.errors).toMatchObject([{ file: '<stdin>', line: 3, rule: 'unknown-reference' }]);
    expect(report.summary).toMatchObject({ read: 3, used: 2, rejected: 1 });
  });

  it('places an error in a YAML stream on its line in the whole stream', () => {
    const first = readFileSync(join(ROOT, TEAM, 'ana-ruiz.yaml'), 'utf8');
    const second = 'name: Sam\ncurrent_role: support-technician\nratings:\n  troubleshooting: 9\n';
    const r = rungs(['report', '-', '-f', 'json'], { input: `${first}---\n${second}` });
    expect(r.code).toBe(1);
    const line = first.split('\n').length + 4; // the first document, the --- line, then line 4 of the second
    expect(r.stderr).toContain(`<stdin>:${line}:20: error:`);
  });

  it('waits for a slow writer on a real pipe (cat people.ndjson | rungs report -)', () => {
    const file = join(tempDir(), 'people.ndjson');
    writeFileSync(file, `${FILES.map((f) => JSON.stringify(profileData(f))).join('\n')}\n`);
    const r = spawnSync('sh', ['-c', `(sleep 0.3; cat '${file}') | '${process.execPath}' '${BIN}' report - -f json`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('rungs: read 6 profiles, used 6, rejected 0\n');
    expect(r.status).toBe(0);
    expect(json(r.stdout).people).toHaveLength(6);
  });

  it('refuses an empty stdin (exit 2)', () => {
    const r = rungs(['report', '-'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>: no profiles on standard input');
  });
});

describe('rungs report on a team with a bad profile', () => {
  const r = rungs(['report', BAD, '-f', 'json']);
  const brokenText = readFileSync(join(ROOT, BAD, 'broken.yaml'), 'utf8');

  it('exits 1 and prints the bad file\'s file:line:col on stderr, one line each', () => {
    expect(r.code).toBe(1);
    const line = lineOf(brokenText, 'troubleshootng');
    expect(r.stderr).toMatch(new RegExp(`^${BAD}/broken\\.yaml:${line}:3: error: unknown skill "troubleshootng".*\\[unknown-reference\\]$`, 'm'));
    expect(r.stderr).toMatch(/rungs: read 3 profiles, used 2, rejected 1\n$/);
  });

  it('still reports everyone else, and lists the error in the report', () => {
    const report = json(r.stdout);
    expect(report.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Dev Patel']);
    expect(report.summary).toMatchObject({ read: 3, used: 2, rejected: 1 });
    expect(report.errors).toEqual([
      { file: `${BAD}/broken.yaml`, line: lineOf(brokenText, 'troubleshootng'), column: 3, rule: 'unknown-reference', message: expect.stringContaining('unknown skill "troubleshootng"') },
    ]);
  });

  it('says so in the terminal report too', () => {
    const table = rungs(['report', BAD]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('1 profile could not be used');
  });
});

describe('rungs report -o', () => {
  it('writes -f csv atomically into an existing folder: the file, and no temporary file left', () => {
    const dir = tempDir();
    const out = join(dir, 'team.csv');
    const r = rungs(['report', TEAM, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`rungs: wrote ${out}`);
    expect(readdirSync(dir)).toEqual(['team.csv']);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('file,name,current_role_id,current_role,next_role_id,next_role,readiness,fit,ready,top_gap_1_skill,top_gap_1,top_gap_2_skill,top_gap_2,top_gap_3_skill,top_gap_3,warnings,previous_assessment,readiness_before,merged_from\r\n')).toBe(true);
    expect(csv).toContain('"Park, Evelyn ""Evie"""');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(7);
    // no byte order mark unless asked for
    expect(csv.charCodeAt(0)).toBe(0x66);
  });

  it('--bom: -f csv starts with a UTF-8 byte order mark (for Excel); refused with another format', () => {
    const dir = tempDir();
    const out = join(dir, 'team.csv');
    expect(rungs(['report', TEAM, '-f', 'csv', '--bom', '-o', out]).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x66]);
    expect(bytes.subarray(3).toString('utf8')).toBe(rungs(['report', TEAM, '-f', 'csv']).stdout);
    const r = rungs(['report', TEAM, '-f', 'json', '--bom']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rungs: --bom is for -f csv, not -f json\n');
  });

  it('a warning both the reading and the advice give (framework version) is listed once per person', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.yaml'), readFileSync(join(ROOT, 'test/fixtures/personas/mentoring-senior-analyst.yaml'), 'utf8').replace(/framework_version: "[^"]+"/, 'framework_version: "0.9.0"'));
    const report = JSON.parse(rungs(['report', dir, '-f', 'json']).stdout) as TeamReport;
    expect(report.people[0]!.warnings.filter((w) => w.includes('framework version 0.9.0'))).toHaveLength(1);
  });

  it('replaces an existing output file whole', () => {
    const dir = tempDir();
    const out = join(dir, 'team.md');
    writeFileSync(out, 'old content that is longer than nothing\n'.repeat(1000));
    expect(rungs(['report', TEAM, '-f', 'markdown', '-o', out]).code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# Team report\n')).toBe(true);
    expect(md).not.toContain('old content');
    expect(readdirSync(dir)).toEqual(['team.md']);
  });

  it('refuses a folder that does not exist (exit 2)', () => {
    const out = join(tempDir(), 'missing', 'team.html');
    const r = rungs(['report', TEAM, '-f', 'html', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does not exist');
  });

  it('refuses to overwrite one of its inputs (exit 2)', () => {
    const dir = tempDir();
    const input = join(dir, 'me.json');
    const text = JSON.stringify(profileData('ana-ruiz.yaml'));
    writeFileSync(input, text);
    const r = rungs(['report', input, '-f', 'json', '-o', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is also an input');
    expect(readFileSync(input, 'utf8')).toBe(text);
  });
});

describe('rungs report: progress on long runs', () => {
  const many = (n: number) => {
    const profile = profileData('ana-ruiz.yaml');
    return Array.from({ length: n }, (_, i) => JSON.stringify({ ...profile, name: `Person ${i}` })).join('\n');
  };

  it('prints no progress line when stderr is not a terminal, even for 600 profiles', () => {
    // csv: small enough for spawnSync's output buffer
    const r = rungs(['report', '-', '-f', 'csv'], { input: many(600) });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').filter(Boolean)).toHaveLength(601);
    expect(r.stderr).toBe('rungs: read 600 profiles, used 600, rejected 0\n');
  });

  const script = '/usr/bin/script';
  it.skipIf(!existsSync(script))('updates a progress line with \\r on a terminal, then clears it', () => {
    const dir = tempDir();
    const input = join(dir, 'people.ndjson');
    writeFileSync(input, many(600));
    const out = join(dir, 'out.json');
    // script(1) gives the command a terminal for stdout and stderr; stdout is redirected to a file inside it
    const env = { ...process.env, NO_COLOR: '1' };
    const r = spawnSync(script, ['-qec', `'${process.execPath}' '${BIN}' report - -f json < '${input}' > '${out}'`, '/dev/null'], { encoding: 'utf8', env, timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\rrungs: reading profiles \d+\/600 \(\d+%\)/);
    expect(r.stdout).toContain('\r\u001b[K');
    expect(r.stdout).toMatch(/rungs: read 600 profiles, used 600, rejected 0\r?\n$/);
    expect(json(readFileSync(out, 'utf8')).people).toHaveLength(600);
  });
});

describe('rungs report: usage errors', () => {
  it('refuses a missing input (exit 2), naming it', () => {
    const r = rungs(['report', TEAM, 'test/fixtures/no-such-team']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rungs: test/fixtures/no-such-team: no such file or folder\n');
    expect(r.stdout).toBe('');
  });

  it('refuses more profiles than --max-files (exit 2), naming the flag', () => {
    const r = rungs(['report', TEAM, '--max-files', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('more than 3 profiles');
    expect(r.stderr).toContain('--max-files');
  });

  it('refuses a --max-files that is not a number (exit 2)', () => {
    const r = rungs(['report', TEAM, '--max-files', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-files');
  });

  it('needs at least one input', () => {
    const r = rungs(['report']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'inputs'");
  });
});
