// The report's working file: values come back as they went in, and nothing is left in the temporary folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSpill } from '../../src/io/spill.js';

describe('openSpill', () => {
  let dir: string;
  let before: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rungs-spill-test-'));
    before = process.env.TMPDIR;
    process.env.TMPDIR = dir;
  });
  afterEach(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back every value by number, in any order, before and after its block is written', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { maxLength: 50 }), (values, reads) => {
        const spill = openSpill<unknown>()!;
        try {
          values.forEach((v, i) => expect(spill.put(v)).toBe(i));
          for (const r of reads) expect(spill.get(r % values.length)).toEqual(JSON.parse(JSON.stringify(values[r % values.length])));
          // A value far larger than a block, and one written after reading began.
          const big = { text: 'é'.repeat(200_000) };
          const id = spill.put(big);
          expect(spill.get(id)).toEqual(big);
          expect(spill.count).toBe(values.length + 1);
        } finally {
          spill.close();
        }
      }),
      { numRuns: 30 },
    );
  });

  it('leaves nothing in the temporary folder, open or closed', () => {
    const spill = openSpill<number>()!;
    spill.put(1);
    expect(readdirSync(dir)).toEqual([]);
    spill.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is undefined where no file can be made (the report keeps the values in memory then)', () => {
    process.env.TMPDIR = join(dir, 'missing', 'folder');
    expect(openSpill()).toBeUndefined();
  });
});
