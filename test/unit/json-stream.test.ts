// writeJson: toJson's text, in pieces, for any value (the team report's -f json of any size).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listView } from '../../src/core/list-view.js';
import { toJson } from '../../src/render/json.js';
import { writeJson } from '../../src/render/json-stream.js';

const pieces = (value: unknown): string[] => {
  const out: string[] = [];
  writeJson(value, (piece) => out.push(piece));
  return out;
};

// JSON values, with what JSON leaves out or changes (undefined, functions, NaN, -0) mixed in, and invisible characters.
const odd = fc.constantFrom(undefined, () => 1, Number.NaN, Number.POSITIVE_INFINITY, -0, '\u202e', 'a\u2028b');
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), odd, tie('list'), tie('object')),
  list: fc.array(tie('node'), { maxLength: 40 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 8 }),
})).node;

describe('writeJson', () => {
  it('writes exactly what toJson returns, for any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(pieces(v).join('')).toBe(toJson(v));
      }),
      { numRuns: 500 },
    );
  });

  it('writes long lists of small items (stringified a batch at a time) exactly, however deep they stand', () => {
    const item = fc.oneof(fc.jsonValue({ maxDepth: 2 }), odd);
    fc.assert(
      fc.property(fc.array(item, { minLength: 600, maxLength: 900 }), fc.array(fc.boolean(), { maxLength: 5 }), (items, path) => {
        // Wrapped in objects (true) and lists (false), with a neighbour, so the list stands at every depth.
        let v: unknown = items;
        for (const inObject of path) v = inObject ? { before: 1, list: v, after: [] } : [v, null];
        expect(pieces(v).join('')).toBe(toJson(v));
      }),
      { numRuns: 40 },
    );
  });

  it('writes a large value in pieces, member by member, and reads a list view item by item', () => {
    const people = listView(20_000, (i) => ({ file: `p${i}.yaml`, name: `Person ${i}`, gaps: [{ skill: 'empathy', current: i % 5, target: 4 }] }));
    const report = { summary: { read: 20_000 }, people, team: { needs: [{ skill: 'empathy', people }] } };
    const out = pieces(report);
    expect(out.length).toBeGreaterThan(20);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(200_000);
    expect(out.join('')).toBe(toJson(JSON.parse(JSON.stringify(report))));
  });
});
