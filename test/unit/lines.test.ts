// LineWriter: lines pushed as onto an array, written in pieces that join to the array's join("\n").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineWriter } from '../../src/render/lines.js';

describe('LineWriter', () => {
  it('writes, in pieces of whole lines, exactly the lines joined with "\\n"', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 3000 }), { maxLength: 4 }), { maxLength: 200 }), (pushes) => {
        const pieces: string[] = [];
        const out = new LineWriter((p) => pieces.push(p));
        for (const lines of pushes) out.push(...lines);
        out.flush();
        const all = pushes.flat();
        expect(pieces.join('')).toBe(all.join('\n'));
        // Every piece after the first starts a new line: cutting each piece is cutting the whole.
        for (const p of pieces.slice(1)) expect(p.startsWith('\n')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
