// `rungs report` across time: two snapshot folders of one team (--since DIR), and two files of one person in
// one folder. Spawned from bin/rungs.js (build first).
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TeamReport } from '../../src/core/team.js';
import { cleanTempDirs, ROOT, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

afterAll(cleanTempDirs);

const TEAM = join(ROOT, 'test', 'fixtures', 'team');
const json = (stdout: string) => JSON.parse(stdout) as TeamReport;

/** team-2025-05 (the fixture team) and team-2026-05: Ben re-assessed and better, Ana's file renamed, the
 * unnamed technician gone, Zoe new, Evelyn unchanged in nights/. */
function snapshots(): { root: string; before: string; after: string } {
  const root = tempDir();
  const before = join(root, 'team-2025-05');
  const after = join(root, 'team-2026-05');
  cpSync(TEAM, before, { recursive: true });
  cpSync(TEAM, after, { recursive: true });
  const ben = join(after, 'ben-okafor.yaml');
  writeFileSync(
    ben,
    readFileSync(ben, 'utf8')
      .replace('assessed_on: "2025-05-14"', 'assessed_on: "2026-05-20"')
      .replace('  instructional-design: 2', '  instructional-design: 3')
      .replace('  mentoring: 2', '  mentoring: 3')
      .replace('  coaching: 2', '  coaching: 3')
      .replace('  product-knowledge: 3', '  product-knowledge: 4')
      .replace('  metrics-literacy: 1', '  metrics-literacy: 3'),
  );
  renameSync(join(after, 'ana-ruiz.yaml'), join(after, 'ana.yaml'));
  rmSync(join(after, 'support-technician-07.yaml'));
  writeFileSync(join(after, 'zoe.yaml'), 'name: Zoe New\ncurrent_role: customer-support-representative\nassessed_on: "2026-05-02"\nratings:\n  empathy: 4\n');
  return { root, before, after };
}

describe('rungs report NOW/ --since EARLIER/', () => {
  const { root, before, after } = snapshots();
  const run = (format: string) => rungs(['report', 'team-2026-05', '--since', 'team-2025-05', '-f', format], { cwd: root });

  it('json: each person compared with the same file (or the same name) in the earlier folder; who left, who is new', () => {
    const r = run('json');
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Park, Evelyn "Evie"', 'Zoe New']);
    const byName = (name: string) => report.people.find((p) => p.name === name)!;
    const ben = byName('Ben Okafor').change!;
    expect(ben).toMatchObject({ since: '2025-05-14', role_changed: false, skills_up: 5, skills_down: 0 });
    expect(ben.readiness_after).toBeGreaterThan(ben.readiness_before);
    expect(ben.gaps_closed).toBeGreaterThanOrEqual(4);
    // Ana's file was renamed: matched by name; unchanged, so no movement.
    expect(byName('Ana Ruiz').change).toMatchObject({ since: '2025-05-12', skills_up: 0, skills_down: 0 });
    expect(byName('Ana Ruiz').change!.readiness_after).toBe(byName('Ana Ruiz').change!.readiness_before);
    expect(byName('Park, Evelyn "Evie"').change).not.toBeNull();
    expect(byName('Zoe New').change).toBeNull();
    const m = report.team.moved;
    expect([m.compared, m.first_assessment, m.readiness_up, m.readiness_down]).toEqual([5, 1, 1, 0]);
    expect(m.movers[0]!.name).toBe('Ben Okafor');
    expect(m.left).toEqual([{ file: 'team-2025-05/support-technician-07.yaml', name: null }]);
    expect(r.stderr).toBe('rungs: read 6 profiles, used 6, rejected 0\n');
  });

  it('the parse workers give the same report (files matched by their path inside the folder there too)', () => {
    const parallel = rungs(['report', 'team-2026-05', '--since', 'team-2025-05', '-f', 'json'], { cwd: root, env: { RUNGS_PARSE_WORKERS: '2' } });
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(run('json').stdout);
  });

  it('csv, markdown and table carry the change', () => {
    const csv = run('csv').stdout.split('\r\n');
    const benRow = csv.find((l) => l.includes('Ben Okafor'))!;
    expect(benRow).toMatch(/,2025-05-14,0\.\d+,$/);
    expect(csv.find((l) => l.includes('Zoe New'))).toMatch(/,,,$/);

    const md = run('markdown').stdout;
    expect(md).toContain('| Since last time |');
    expect(md).toMatch(/\| Ben Okafor \|.*\| \+\d+ pts since 2025-05-14, ready now \|/);
    expect(md).toContain('## Moved since last time');
    expect(md).toContain('5 people compared with their previous assessment; readiness up for 1, down for 0');
    expect(md).toContain('1 in the earlier snapshot only: team-2025-05/support-technician-07.yaml');

    const table = run('table').stdout;
    expect(table).toContain('Moved since last time');
    expect(table).toMatch(/ Ben Okafor +\d+% → +\d+% +\+\d+ pts  since 2025-05-14/);
  });

  it('html: everyone, and a "Moved since last time" section with who moved', () => {
    const r = run('html');
    expect(r.code).toBe(0);
    for (const name of ['Ben Okafor', 'Zoe New']) expect(r.stdout).toContain(name);
    const section = r.stdout.slice(r.stdout.indexOf('<section id="moved"'), r.stdout.indexOf('</section>', r.stdout.indexOf('<section id="moved"')));
    expect(section).toContain('<h2 id="h-moved">Moved since last time</h2>');
    expect(section).toMatch(/<tr><th scope="row">Ben Okafor<\/th><td>2025-05-14<\/td><td class="num">\d+%<\/td><td class="num">\d+%<\/td><td class="num">\+\d+ pts<\/td>/);
    expect(section).not.toContain('Zoe New');
  });

  it('--since a date compares with the history entry of that time; neither a folder nor a date is a usage error', () => {
    const bad = rungs(['report', after, '--since', 'last-year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^rungs: --since "last-year" is neither a folder of earlier profiles nor a date \(YYYY-MM-DD\)\n/);
    const withHistory = tempDir();
    cpSync(join(ROOT, 'test', 'fixtures', 'history', 'ben-okafor.yaml'), join(withHistory, 'ben.yaml'));
    const early = json(rungs(['report', withHistory, '--since', '2025-06-01', '-f', 'json']).stdout);
    expect(early.people[0]!.change!.since).toBe('2025-05-14');
    const latest = json(rungs(['report', withHistory, '-f', 'json']).stdout);
    expect(latest.people[0]!.change!.since).toBe('2025-11-20');
    expect(before).toBeTruthy();
  });
});

describe('two files of the same person in one folder', () => {
  it('are one person: the latest is the person now, the earlier one their previous assessment', () => {
    const { after, before } = snapshots();
    cpSync(join(before, 'ben-okafor.yaml'), join(after, 'ben-2025.yaml'));
    const r = rungs(['report', after, '-f', 'json']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    const bens = report.people.filter((p) => p.name === 'Ben Okafor');
    expect(bens).toHaveLength(1);
    expect(bens[0]!.file).toMatch(/ben-okafor\.yaml$/);
    expect(bens[0]!.merged_from).toEqual([expect.stringMatching(/ben-2025\.yaml$/)]);
    expect(bens[0]!.change).toMatchObject({ since: '2025-05-14', skills_up: 5 });
    expect(report.summary.used).toBe(7);
    expect(report.people).toHaveLength(6);
    expect(r.stderr).toContain('rungs: 1 profile was another assessment of someone already read (same name): reported as one person each\n');
  });
});
