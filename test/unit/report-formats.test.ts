// Every format of `rungs report` on a small team whose names try to break each format: commas, quotes and
// line breaks for CSV, formulas for spreadsheets, <script> and | for HTML and Markdown, escape codes for terminals.
import { describe, expect, it } from 'vitest';
import type { TeamReport } from '../../src/core/team.js';
import { box, displayWidth } from '../../src/render/box.js';
import { CSV_COLUMNS, csvField, guardFormula } from '../../src/render/report/csv.js';
import { esc, reportHtml } from '../../src/render/report/html.js';
import { reportFormatters } from '../../src/render/report/index.js';
import { wholeText } from '../../src/render/formats.js';
import { member, smallTeam, teamReport } from './team-builders.js';

const plain = { color: false, width: 100 };

const TRICKY = {
  comma: 'Smith, Jo "JJ"\nnight shift',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+44 20 7946 0958',
  minus: '-Dash',
  at: '@admin',
  tab: '\tTabbed',
  script: '<script>alert(1)</script> | pipe & co',
  escape: 'Esc \u001b[31mRed\u001b[0m',
};

function trickyTeam(): TeamReport {
  const names = Object.values(TRICKY);
  const people = names.map((name, i) => member(`team/p${i}.yaml`, { name, current_role: 'senior', ratings: { trouble: 3, product: 3, coaching: 2 }, preferences: { 'q-deep': 5 } }));
  return teamReport(people);
}

/** RFC 4180, strictly: CRLF record ends, quoted fields with doubled quotes, no bare CR or LF outside quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
    } else if (c === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else if (c === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a bare ${c === '\r' ? 'CR' : 'LF'} outside quotes at ${i}`);
    } else {
      field += c;
      fieldStart = false;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('report formats', () => {
  it('has every format of the report view', () => {
    expect(Object.keys(reportFormatters).sort()).toEqual(['csv', 'html', 'json', 'markdown', 'table']);
  });

  it('json is the report itself, two-space indented', () => {
    const report = teamReport();
    const text = wholeText(reportFormatters.json)(report, plain);
    expect(JSON.parse(text)).toEqual(report);
    expect(text).toMatch(/^\{\n {2}"framework"/);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('csv', () => {
  const report = trickyTeam();
  const text = wholeText(reportFormatters.csv)(report, plain);
  const rows = parseCsv(text);

  it('has the header row and one row of 19 fields per person, CRLF-terminated', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(report.people.length + 1);
    for (const row of rows) expect(row).toHaveLength(19);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips names with commas, quotes and line breaks', () => {
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toContain(TRICKY.comma);
    expect(names).toContain(TRICKY.script);
    expect(text).toContain('"Smith, Jo ""JJ""\nnight shift"');
  });

  it('guards every cell a spreadsheet would run as a formula', () => {
    const names = rows.slice(1).map((r) => r[1]!);
    for (const key of ['formula', 'plus', 'minus', 'at', 'tab'] as const) expect(names).toContain(`'${TRICKY[key]}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes numbers as numbers (no guard) and the rest of the row in words', () => {
    const row = rows.find((r) => r[1] === '@admin' || r[1] === "'@admin")!;
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(row.slice(3, 9)).toEqual(['Senior', cell('next_role_id'), 'Expert', '0.667', '1', 'false']); // (5 x 3/5 + 4 x 3/4) / 9
    expect(cell('top_gap_1')).toBe('Troubleshooting (3 of 5)');
  });

  it('ids beside titles (roles and gap skills), booleans as true/false', () => {
    const person = report.people.find((p) => p.top_gaps.length > 0 && p.next_role)!;
    const row = rows.find((r) => r[0] === person.file)!;
    const cell = (column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect([cell('current_role_id'), cell('current_role')]).toEqual([person.current_role.id, person.current_role.title]);
    expect([cell('next_role_id'), cell('next_role')]).toEqual([person.next_role!.id, person.next_role!.title]);
    expect(cell('top_gap_1_skill')).toBe(person.top_gaps[0]!.skill);
    expect(new Set(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('ready')]))).toSatisfy((s: Set<string>) => [...s].every((v) => v === 'true' || v === 'false'));
  });

  it('quotes exactly the fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('-0.5')).toBe("'-0.5");
    expect(guardFormula('\rX')).toBe("'\rX");
  });
});

describe('markdown', () => {
  const text = wholeText(reportFormatters.markdown)(trickyTeam(), plain);

  it('escapes HTML and pipes from the profiles', () => {
    expect(text).not.toContain('<script>');
    expect(text).toContain('\\<script\\>');
    expect(text).toContain('\\</script\\> \\| pipe &amp; co');
    // every table row keeps its column count: no unescaped | from a name
    for (const line of text.split('\n').filter((l) => l.startsWith('| ') && l.includes('team/p'))) {
      expect(line.replace(/\\\|/g, '').split('|').length - 2).toBe(10);
    }
  });

  it('keeps a line break in a name inside its table row', () => {
    expect(text).toContain('Smith, Jo "JJ" night shift');
  });

  it('has a heading per section', () => {
    const headings = text.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual(['# Team report', '## People', '## Skills', '## Training needs', '## Bench strength', '## Calibration']);
  });

  it('lists the profiles not used when there are errors', () => {
    const report = teamReport(smallTeam(), [{ file: 'team/x|y.yaml', line: 4, column: 3, severity: 'error', rule: 'unknown-reference', message: 'unknown skill "troubleshootng"' }]);
    const md = wholeText(reportFormatters.markdown)(report, plain);
    expect(md).toContain('## Profiles not used');
    expect(md).toContain('| team/x\\|y.yaml | 4 | 3 | unknown-reference | unknown skill "troubleshootng" |');
  });
});

describe('html', () => {
  const report = trickyTeam();
  const html = reportHtml(report, plain);

  it('escapes every value from the profiles', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | pipe &amp; co');
    expect(html).toContain('Smith, Jo &quot;JJ&quot;');
    expect(html).not.toContain('\u001b');
    expect(esc(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });

  it('makes no external request: no scripts, links, images, fonts or imports, and a CSP that forbids them', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\bsrc=|@import|url\(|@font-face/i);
    // links only within the page; the only URL in an attribute is the SVG namespace
    expect(html.match(/\bhref="[^"]*"/g)?.filter((h) => !h.startsWith('href="#')) ?? []).toEqual([]);
    expect(html.match(/="https?:[^"]*"/g)?.filter((u) => u !== '="http://www.w3.org/2000/svg"') ?? []).toEqual([]);
  });

  it('draws the readiness chart and the skills heat map as labelled inline SVG', () => {
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-labelledby="[^"]+"/);
    expect(html).toContain('<title id="readiness-title">Readiness for the next role, per person</title>');
    expect(html).toContain('<title id="heatmap-title">Skills heat map</title>');
    // a bar per person, and the threshold line labelled
    expect(html.match(/<g class="bar /g)).toHaveLength(report.people.length);
    expect(html).toContain('ready 70%');
    // heat map cells: 7 per skill in use, each with its count and a tooltip
    const inUse = report.team.skills.filter((s) => s.needed_by > 0 || s.levels.some((n) => n > 0)).length;
    expect(html.match(/<g class="cell"><title>/g)).toHaveLength(inUse * 7);
  });

  it('is one page with headings, captioned tables and a print stylesheet', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toContain('@media print');
    expect(html).toContain('<h1>Team report</h1>');
    const tables = html.match(/<table/g)?.length ?? 0;
    expect(html.match(/<caption>/g)?.length).toBe(tables);
  });

  it('lists every person', () => {
    for (const p of report.people) expect(html).toContain(`<th scope="row">${esc(p.name)}`);
  });
});

describe('table (terminal)', () => {
  it('aligns columns by display width: escape codes take none, wide characters two', () => {
    expect(displayWidth('\u001b[1mAna\u001b[22m')).toBe(3);
    expect(displayWidth('李雷')).toBe(4);
    expect(displayWidth('Chloé')).toBe(5);
    expect(displayWidth('Chloe\u0301')).toBe(5);
    expect(box(['Name', 'N'], [['李雷', 1], ['Ana\nRuiz', 22]], { right: [1] })).toBe(
      ['┌──────┬────┐', '│ Name │  N │', '├──────┼────┤', '│ 李雷 │  1 │', '├──────┼────┤', '│ Ana  │ 22 │', '│ Ruiz │    │', '└──────┴────┘'].join('\n'),
    );
    expect(box(['A'], [['x'], ['y']], { compact: true }).split('\n')).toHaveLength(6);
  });

  it('prints no escape codes with colour off, even from a name that carries them', () => {
    const text = wholeText(reportFormatters.table)(trickyTeam(), plain);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Esc [31mRed[0m');
  });

  it('colours only when asked', () => {
    expect(wholeText(reportFormatters.table)(teamReport(), { color: true, width: 100 })).toContain('\u001b[');
  });

  it('shows everyone, the skills, training needs, bench and calibration', () => {
    const text = wholeText(reportFormatters.table)(teamReport(), { color: false, width: 200 });
    expect(text.split('\n').slice(0, 2)).toMatchInlineSnapshot(`
      [
        "Team report: Test framework 1.0.0",
        "6 people reported, 2 ready for their next role now, 2 close (55%+), 1 at the top of their path.",
      ]
    `);
    for (const heading of ['People', 'Skills', 'Training needs', 'Bench strength', 'Calibration']) expect(text).toContain(`\n${heading}  `);
    const people = text.slice(text.indexOf('People'), text.indexOf('Skills'));
    for (const name of ['Abe', 'Cara', 'Dee', 'Eli', 'Fay', 'Gus']) expect(people).toContain(`│ ${name} `);
    expect(people).toContain('Coaching short'); // Fay: why a readiness near the threshold is still not ready
    expect(people).toContain('Product knowledge short'); // Abe: product 1 of 3, two levels out
    const needs = text.slice(text.indexOf('Training needs'), text.indexOf('Bench strength'));
    expect(needs).toMatchInlineSnapshot(`
      "Training needs  skills where the most people fall short of their next role
       1. Product knowledge: 3 people short (typically 2→3)
          Abe 1→3, Cara 2→3, Fay 2→3
       2. Troubleshooting: 3 people short, 1 not rated (typically 2→3)
          Abe 2→3, Cara 1→2, Eli 4→5
          • training: Problem-solving course
       3. Coaching: 1 person short, 1 not rated (typically 1→4)
          Fay 1→4
          • practice: Review two calls with a colleague
          • training: Coaching course

      "
    `);
    const calibration = text.slice(text.indexOf('Calibration'));
    expect(calibration).toMatchInlineSnapshot(`
      "Calibration  self vs manager ratings 2+ levels apart: read the level definitions together
      2 profiles with manager ratings, 4 ratings compared, 2 far apart:
      ┌────────┬──────────┬──────┬─────────┬────────────────┐
      │ Person │ Skill    │ Self │ Manager │ Self − manager │
      ├────────┼──────────┼──────┼─────────┼────────────────┤
      │ Dee    │ Coaching │    2 │       4 │             -2 │
      ├────────┼──────────┼──────┼─────────┼────────────────┤
      │ Fay    │ Coaching │    3 │       1 │             +2 │
      └────────┴──────────┴──────┴─────────┴────────────────┘
      "
    `);
  });
});
