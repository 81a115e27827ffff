// `rungs progress`, spawned from bin/rungs.js as a user runs it (build first: `npm run build`; `npm test` does).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, ROOT, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

const BEN = join(ROOT, 'test', 'fixtures', 'history', 'ben-okafor.yaml');
const NO_HISTORY = join(ROOT, 'test', 'fixtures', 'team', 'ben-okafor.yaml');

afterAll(cleanTempDirs);

describe('rungs progress', () => {
  it('json: the comparison with the previous assessment, as the core computes it', () => {
    const r = rungs(['progress', BEN, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect([p.name, p.from, p.to, p.since, p.history_length]).toEqual(['Ben Okafor', '2025-11-20', '2026-05-20', null, 2]);
    expect(p.target.id).toBe('support-trainer');
    expect(p.self.up.map((s: { skill: string }) => s.skill)).toEqual(['coaching', 'mentoring', 'metrics-literacy', 'presentation-facilitation', 'product-knowledge']);
    expect(p.self.down).toEqual([{ skill: 'patience', name: 'Patience', before: 4, after: 3 }]);
    expect(p.self.newly_rated.map((s: { skill: string }) => s.skill)).toEqual(['technical-writing']);
    expect(p.lead.up.map((s: { skill: string }) => s.skill)).toEqual(['instructional-design', 'presentation-facilitation']);
    expect(p.readiness.after).toBeGreaterThan(p.readiness.before);
    // Gaps on the ratings the scoring uses (the lead's where given): the lead moved instructional design to its
    // target; coaching stays short on the lead's view (2 of 3) though Ben now says 3.
    expect(p.gaps_closed).toEqual([
      { skill: 'instructional-design', name: 'Instructional design', target: 3, before: 2, after: 3 },
      { skill: 'product-knowledge', name: 'Product knowledge', target: 4, before: 3, after: 4 },
    ]);
    expect(p.gaps_opened).toEqual([]);
  });

  it('--since picks the latest assessment on or before the date', () => {
    const p = JSON.parse(rungs(['progress', BEN, '--since', '2025-11-19', '-f', 'json']).stdout);
    expect([p.from, p.since]).toEqual(['2025-05-14', '2025-11-19']);
    expect(p.self.up.map((s: { skill: string }) => s.skill)).toContain('instructional-design');
  });

  it('text: readiness then and now, the skills that moved, the gaps closed', () => {
    const r = rungs(['progress', BEN]);
    expect(r.code).toBe(0);
    for (const part of [
      'Ben Okafor: progress from 2025-11-20 to 2026-05-20  (2 earlier assessments kept)',
      'Readiness for Support Trainer, recommended then and now',
      'then  ',
      'now   ',
      'Self ratings',
      '▲ Coaching',
      '▼ Patience',
      '+ Technical writing',
      "Lead's ratings",
      '▲ Instructional design',
    ]) {
      expect(r.stdout).toContain(part);
    }
    expect(r.stdout).toMatch(/now +█+░* +\d+% +ready +\+\d+ points/);
    // The gaps closed are said on the lines of the ratings that closed them.
    expect(r.stdout).toMatch(/▲ Product knowledge +3 → 4 +\+1  closes the gap \(needs 4\)/);
    // Closed by the lead's rating: said on the lead's line, not on Ben's.
    expect(r.stdout).toMatch(/Lead's ratings.*\n  ▲ Instructional design +2 → 3 +\+1  closes the gap \(needs 3\)/s);
    expect(r.stdout).toMatch(/▲ Coaching +2 → 3 +\+1\n/);
    expect(r.stdout).not.toContain('Other gaps');
    // One screen: at most 23 lines at 80 columns (the shell prompt takes the 24th).
    expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(23);
    expect(r.stdout).not.toContain('\u001b[');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('markdown: the same content as headings and tables', () => {
    const r = rungs(['progress', BEN, '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Ben Okafor: progress since 2025-11-20\n/);
    expect(r.stdout).toMatch(/\| 2025-11-20 \| \d+% \| not yet ready \|/);
    expect(r.stdout).toMatch(/\| 2026-05-20 \| \d+% \| ready \|/);
    expect(r.stdout).toContain('| ▼ | Patience | 4 → 3 | −1 |');
    expect(r.stdout).toContain("## Lead's ratings");
    expect(r.stdout).toContain('- Instructional design: 2 → 3 (needs 3)');
  });

  it('-o writes the file atomically; stdin works as for recommend', () => {
    const out = join(tempDir(), 'ben.md');
    const r = rungs(['progress', BEN, '-f', 'markdown', '-o', out]);
    expect([r.code, r.stderr]).toEqual([0, `rungs: wrote ${out}\n`]);
    expect(readFileSync(out, 'utf8')).toBe(rungs(['progress', BEN, '-f', 'markdown']).stdout);
    const piped = rungs(['progress', '-', '-f', 'json'], { input: readFileSync(BEN, 'utf8') });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).from).toBe('2025-11-20');
  });

  it('no history: one line, exit 1; nothing on or before --since: one line, exit 1; a bad date: exit 2', () => {
    const none = rungs(['progress', NO_HISTORY]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^rungs: \S*ben-okafor\.yaml keeps no earlier assessment to compare with \(assess again with rungs assess --resume: the previous assessment is kept\)\n$/);
    const early = rungs(['progress', BEN, '--since', '2024-12-31']);
    expect([early.code, early.stderr]).toEqual([1, expect.stringMatching(/has no assessment on or before 2024-12-31 \(the earliest kept is 2025-05-14\)\n$/)]);
    const bad = rungs(['progress', BEN, '--since', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a date: use YYYY-MM-DD');
  });

  it('a history entry naming a skill the framework dropped: a warning on stderr, the rest compared', () => {
    const file = join(tempDir(), 'ben.yaml');
    writeFileSync(file, readFileSync(BEN, 'utf8').replace('      mentoring: 2\n      metrics-literacy: 1\n      coaching: 2\n      patience: 4\n      organising: 3\n      knowledge-base-authoring: 2\n      positivity: 4\n      technical-writing: null\n    preferences:\n      see-people-grow: 5\n      solve-what-nobody-can: 2\n      write-it-down', '      mentoring: 2\n      metrics-literacy: 1\n      coaching: 2\n      patience: 4\n      organising: 3\n      knowledge-base-authoring: 2\n      positivity: 4\n      technical-writing: null\n      phone-etiquette: 4\n    preferences:\n      see-people-grow: 5\n      solve-what-nobody-can: 2\n      write-it-down'));
    const r = rungs(['progress', file, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ben\.yaml:\d+:\d+: warning: the assessment of 2025-11-20 \(history\[1\]\) rates skill "phone-etiquette", which the framework no longer has; it is left out of comparisons \[history-reference\]\n$/);
    expect(JSON.parse(r.stdout).dropped_skills).toEqual(['phone-etiquette']);
  });
});
