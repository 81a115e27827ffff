// The fast terminal rendering (display width, box tables, word wrap, the team report's table) against the plain
// code it replaced (render-reference.ts), on random text full of what makes widths hard: escape codes whole and
// broken, combining marks, joiners, variation selectors, wide characters, emoji, surrogate pairs and lone halves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TeamInput, TeamReport } from '../../src/core/team.js';
import type { RenderContext } from '../../src/render/formats.js';
import type { Profile } from '../../src/core/types.js';
import { box, displayWidth } from '../../src/render/box.js';
import { wholeText } from '../../src/render/formats.js';
import { reportTable as streamTable } from '../../src/render/report/table.js';

const reportTable = wholeText(streamTable);
import { wrap } from '../../src/render/text.js';
import { boxReference, displayWidthReference, reportTableReference, wrapReference } from './render-reference.js';
import { member, teamReport } from './team-builders.js';

const TRICKY = [
  '\u001b[1m', '\u001b[22m', '\u001b[31;1m', '\u001b[m', '\u001b[0;90m', '\u001b', '\u001b[', '\u001b[3', '\u001b[12;', '\u001b[1x',
  '\u0301', '\u0300', '\u036f', '\u0370', '\u200d', '\u200c', '\ufe0f', '\ufe0e', '\ufe10',
  '李', '雷', '\u3000', '\u303f', '\u2e7f', '\u2e80', '\ua4cf', '\ua4d0', '\u1100', '\u115f', '\u1160', '\uac00', '\ud7a3', '\ud7a4',
  '\uf900', '\ufaff', '\ufe30', '\ufe4f', '\uff01', '\uff60', '\uff61', 'ｶ', '\uffe0', '\uffe6', '\uffe7',
  '😀', '🚀', '🤖', '👍🏽', '👩‍💻', '❤️', '𠀀', '\u{3fffd}', '\u{3fffe}', '\ud83d', '\ude00', '\udbff',
  '→', '█', '░', '⚠', '─', '│', 'é', 'e', 'Ana', ' ', '  ', '\t', '\u00a0', '\u2003', '\u0007', '\u007f', '\u0085',
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
const cell = fc.oneof(
  { weight: 4, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: fc.integer({ min: -999, max: 99999 }) },
);
const grey = (s: string) => `\u001b[90m${s}\u001b[39m`;
// Prose for word wrapping: words (long ones, wide ones, control characters) and every kind of whitespace.
const spaces = fc.constantFrom(' ', '  ', '\t', '\n', ' \n ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u000b', '\r\n', '\u0085', '\u180e');
const word = fc.oneof(fc.constantFrom('a', 'bb', 'support', 'Cross-functional', 'x'.repeat(30), '李雷', '😀', '\u0007', '\u001b[31m'), fc.string({ minLength: 1, maxLength: 8 }));
const prose = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: spaces }), { maxLength: 40 }).map((parts) => parts.join(''));

describe('displayWidth', () => {
  it('matches the definition on random text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(displayWidth(t)).toBe(displayWidthReference(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('matches the definition for every UTF-16 code unit, alone, among letters and after an escape code', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const t of [ch, `a${ch}b`, `\u001b[1m${ch}`, `${ch}\u001b[0m${ch}`]) {
        if (displayWidth(t) !== displayWidthReference(t)) expect({ code, t, width: displayWidth(t) }).toEqual({ code, t, width: displayWidthReference(t) });
      }
    }
  });

  it('counts a pair that an escape code splits the way the definition does, once the code is stripped', () => {
    const split = '\ud83d\u001b[0m\ude00'; // 😀 around a reset: two columns once joined, not two halves of one
    expect(displayWidthReference(split)).toBe(2);
    expect(displayWidth(split)).toBe(2);
    expect(displayWidth('\ud83d\u001b[0m\ude80')).toBe(displayWidthReference('\ud83d\u001b[0m\ude80')); // 🚀: one column
  });
});

describe('box', () => {
  const options = fc.record({
    compact: fc.boolean(),
    border: fc.constantFrom(undefined, grey),
    right: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
  });
  const table = fc.integer({ min: 0, max: 4 }).chain((columns) =>
    fc.record({
      head: fc.array(text, { minLength: columns, maxLength: columns }),
      // Rows may be short (missing cells are blank) or long (extra cells are ignored).
      rows: fc.array(fc.array(cell, { maxLength: columns + 1 }), { maxLength: 6 }),
    }),
  );

  it('draws what the plain implementation drew', () => {
    fc.assert(
      fc.property(table, options, ({ head, rows }, opts) => {
        expect(box(head, rows, opts)).toBe(boxReference(head, rows, opts));
      }),
      { numRuns: 2000 },
    );
  });

  it('pads every UTF-16 code unit by its width, alone, after an escape code and on a second line', () => {
    const rows = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).map((ch) => [ch, `\u001b[1m${ch}`, `a\n${ch}b`]);
    expect(box(['Char', 'Bold', 'Lines'], rows, { compact: true })).toBe(boxReference(['Char', 'Bold', 'Lines'], rows, { compact: true }));
  });

  it('draws a table of thousands of lines (several batches) the same, with colour and without', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`Person ${i}`, i % 3 ? `Analyst\n${'→'.repeat(i % 7)} Lead` : '李雷', i, i % 5 ? '' : 'a\nb\nc']);
    const head = ['Person', 'Now → next', 'N', 'Gaps'];
    for (const opts of [{ right: [2] }, { compact: true, border: grey }]) {
      const drawn = box(head, rows, opts);
      expect(drawn).toBe(boxReference(head, rows, opts));
      expect(drawn.split('\n').length).toBeGreaterThan(3000 - (opts.compact ? 1500 : 0));
    }
  });
});

describe('wrap', () => {
  const width = fc.integer({ min: 1, max: 40 });

  it('wraps as the split-and-join implementation did', () => {
    fc.assert(
      fc.property(prose, width, fc.constantFrom('', '  ', '    • '), (t, w, indent) => {
        expect(wrap(t, w, indent)).toBe(wrapReference(t, w, indent));
      }),
      { numRuns: 5000 },
    );
  });

  it('wraps text whose words are one space apart (the quick path) as the split-and-join implementation did', () => {
    const spaced = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(spaced, width, fc.constantFrom('', '  ', '    • '), (t, w, indent) => {
        expect(wrap(t, w, indent)).toBe(wrapReference(t, w, indent));
        expect(wrap(t, w, '  ', '• ')).toBe(wrapReference(t, w, '  ').replace(/^ {2}/, '• '));
      }),
      { numRuns: 5000 },
    );
    expect(wrap('aa bb cc dd', 5)).toBe('aa bb\ncc dd');
    expect(wrap('aa bbbbbbb cc', 5, '  ')).toBe('  aa\n  bbbbbbb\n  cc');
  });

  it('starts the first line with its own prefix, as the report did by replacing the indent afterwards', () => {
    fc.assert(
      fc.property(prose, width, (t, w) => {
        expect(wrap(t, w, '  ', '• ')).toBe(wrapReference(t, w, '  ').replace(/^ {2}/, '• '));
        expect(wrap(t, w, '      ', '    • ')).toBe(wrapReference(t, w, '    • ').replace(/\n {4}• /g, '\n      '));
      }),
      { numRuns: 2000 },
    );
    expect(wrap('one two three', 9, '  ', '• ')).toBe('• one two\n  three');
  });
});

describe('the team report table', () => {
  const SKILLS = ['trouble', 'product', 'coaching', 'planning'];
  const level = fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined });
  const levels = fc.tuple(...SKILLS.map(() => level)).map((ls) => Object.fromEntries(SKILLS.flatMap((s, i) => (ls[i] === undefined ? [] : [[s, ls[i]]]))));
  const person = fc.record({
    name: fc.option(fc.oneof(text, fc.constantFrom('Ana Ruiz', '李雷', 'Zoë 😀', 'Esc \u001b[31mRed\u001b[0m', 'Tab\tbed\nline')), { nil: undefined }),
    current_role: fc.constantFrom('agent', 'senior', 'expert', 'lead'),
    ratings: levels,
    manager_ratings: fc.option(levels, { nil: undefined }),
    deep: fc.integer({ min: 1, max: 5 }),
    warnings: fc.array(fc.oneof(prose, fc.constantFrom('Your ratings and your manager\'s differ by two or more levels on Coaching (you 0, your manager 4): agree on a rating.')), { maxLength: 2 }),
  });
  function team(people: { name?: string; current_role: string; ratings: Record<string, number>; manager_ratings?: Record<string, number>; deep: number; warnings: string[] }[]): TeamInput[] {
    return people.map((p, i) => {
      const profile: Partial<Profile> = { current_role: p.current_role, ratings: p.ratings, preferences: { 'q-deep': p.deep } };
      if (p.name !== undefined) profile.name = p.name;
      if (p.manager_ratings) profile.manager_ratings = p.manager_ratings;
      const warnings = p.warnings.map((message) => ({ file: `team/p${i}.yaml`, line: 0, column: 0, severity: 'warning' as const, rule: 'test', message }));
      return { ...member(`team/p${i}.yaml`, profile), warnings };
    });
  }
  const contexts = [{ color: false }, { color: true }, { color: false, width: 60 }, { color: true, width: 200 }];
  // At a known width the report is fitted to it (issue 13): what the plain implementation printed where that fits,
  // else lines no wider than the width.
  const same = (printed: string, report: TeamReport, context: RenderContext) => {
    const reference = reportTableReference(report, context);
    if (context.width === undefined || Math.max(...reference.split('\n').map(displayWidthReference)) <= context.width) expect(printed).toBe(reference);
    else expect(Math.max(...printed.split('\n').map(displayWidthReference))).toBeLessThanOrEqual(context.width);
  };

  it('prints what the plain implementation printed, for random teams, with colour and without', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), fc.constantFrom(...contexts), (people, context) => {
        const report = teamReport(team(people));
        same(reportTable(report, context), report, context);
      }),
      { numRuns: 300 },
    );
  });

  it('fits 80 and 120 columns: no line wider, whoever is in the team', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 12 }), fc.constantFrom(80, 120), fc.boolean(), (people, width, color) => {
        const printed = reportTable(teamReport(team(people)), { color, width });
        expect(Math.max(...printed.split('\n').map(displayWidthReference))).toBeLessThanOrEqual(width);
      }),
      { numRuns: 200 },
    );
  });

  it('prints a team of 2,000 (tables of several batches) as the plain implementation did', () => {
    const report = teamReport(team(fc.sample(person, { seed: 20260101, numRuns: 2000 })));
    for (const context of contexts) {
      const printed = reportTable(report, context);
      same(printed, report, context);
      expect(printed.split('\n').length).toBeGreaterThan(6000);
    }
  }, 180_000);
});
