// One width rule (issue 15): string-width's, for the report's and advice's tables (box.ts) and for the browse
// tables (cli-table3), checked against the string-width package itself on real-world names.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { box } from '../../src/render/box.js';
import { stringWidth as portedWidth } from '../../src/render/string-width.js';
import { displayWidth, NARROW_CLASS, tableTextWidth } from '../../src/render/width.js';

/** Names people really have, and what they look like in a terminal (string-width 8, tmux 3.3a agrees on most). */
export const REAL_NAMES: readonly [string, number][] = [
  ['Ana García', 10], ['Zoë Ødegård', 11], ['李雷', 4], ['山田 太郎', 9], ['김민준', 6], ['Ngô Bảo Châu', 12],
  ['José 🚀', 7], ['Sam 👍🏽', 6], ['Dev 👩‍💻', 6], ['प्रिया शर्मा', 8], ['สมชาย ใจดี', 9], ['ณัฐวุฒิ', 4],
  ['Mo\u200bhammed', 8], ['محمد علي', 8], ['Ольга', 5], ['Αλέξανδρος', 10], ['Chloé (e\u0301)', 9], ['❤️ Lee', 6],
  ['🇯🇵 Aiko', 7], ['ｶﾞｸ Gaku', 8], ['Noé ✔ → ok', 10], ['O\u2019Brien', 7],
];

// In the bundle cli-table3 measures with width.ts (src/build/build.mjs); here, where it is loaded from
// node_modules, it is given the string-width package (8) in place of its own string-width 4 the same way: through
// the module cache, before it loads.
const require = createRequire(import.meta.url);
const tableDir = require.resolve('cli-table3');
require.cache[createRequire(tableDir).resolve('string-width')] = { exports: stringWidth } as unknown as NodeJS.Module;
const Table = require('cli-table3') as typeof import('cli-table3');
const utils = require('cli-table3/src/utils.js') as { strlen(s: string): number };

describe('displayWidth', () => {
  it('measures real names as string-width does', () => {
    for (const [name, width] of REAL_NAMES) {
      expect({ name, width: displayWidth(name) }).toEqual({ name, width: stringWidth(name) });
      expect({ name, width: displayWidth(name) }).toEqual({ name, width });
      expect(displayWidth(`\u001b[1m${name}\u001b[22m`)).toBe(width);
    }
  });

  it('port and package agree on random text (the port makes its regexes and segmenter on first use)', () => {
    const piece = fc.oneof(fc.constantFrom(...REAL_NAMES.map(([n]) => n), '\u0301', '\u200d', '\ufe0f', '🏽', '\u094d', '\u001b[31m', '\u001b'), fc.string({ maxLength: 4, unit: 'grapheme' }), fc.string({ maxLength: 4, unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const t = pieces.join('');
        expect(portedWidth(t)).toBe(stringWidth(t));
        expect(displayWidth(t.replace(/\n/g, ''))).toBe(stringWidth(t.replace(/\n/g, '')));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the fast path only for characters that are one column and never join a neighbour', () => {
    const segments = (s: string) => [...new Intl.Segmenter().segment(s)].length;
    const narrow = new RegExp(`^[${NARROW_CLASS}]$`);
    let count = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (!narrow.test(ch)) continue;
      count++;
      const ok = stringWidth(ch) === 1 && stringWidth(`a${ch}${ch}a`) === 4 && segments(`a${ch}${ch}a`) === 4;
      if (!ok) expect({ code: code.toString(16), ok }).toEqual({ code: code.toString(16), ok: true });
    }
    expect(count).toBeGreaterThan(1000);
  });
});

describe('the browse tables (cli-table3) and box.ts', () => {
  it("measure as cli-table3's strlen() does, colour codes and several lines included", () => {
    for (const [name] of REAL_NAMES) {
      for (const cell of [name, `\u001b[1m${name}\u001b[22m\n${name} ${name}`, `${name}\n\u001b[2mx\u001b[22m`]) expect(tableTextWidth(cell)).toBe(utils.strlen(cell));
    }
  });

  it('draw the same table of real names, byte for byte', () => {
    const head = ['Person', 'Role / id', 'Level'];
    const rows = REAL_NAMES.map(([name], i) => [name, `Analyst ${name}\n${name.toLowerCase()}`, String(i)]);
    const t = new Table({ head, style: { head: [], border: [] }, wordWrap: true });
    for (const row of rows) t.push(row);
    const drawn = box(head, rows);
    expect(drawn).toBe(t.toString());
    // Every line as wide as the top border: the right-hand border in one column.
    const widths = new Set(drawn.split('\n').map((l) => stringWidth(l)));
    expect([...widths]).toEqual([stringWidth(drawn.split('\n')[0]!)]);
  });
});
