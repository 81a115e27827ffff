// The profile fast path must give exactly what the yaml package gives, or step aside.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastYaml } from '../../src/io/fast-yaml.js';
import { ROOT } from '../helpers/fixtures.js';

const yamlOf = (text: string) => parse(text, { uniqueKeys: true });

describe('fastYaml', () => {
  it('reads profiles as the yaml package does', () => {
    for (const dir of ['test/fixtures/personas', 'test/fixtures/team']) {
      for (const name of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml'))) {
        const text = readFileSync(join(ROOT, dir, name), 'utf8');
        const fast = fastYaml(text);
        if (fast !== undefined) expect(fast).toEqual(yamlOf(text));
      }
    }
  });

  it('takes the common profile shape (so the fast path is really used)', () => {
    const text = '# yaml-language-server: $schema=x\nname: Ana\ncurrent_role: a-b\nassessed_on: "2026-01-02"\nratings:\n  x: 3\n  y: null\npreferences:\n  q: 4\n  c: opt-id\n';
    expect(fastYaml(text)).toEqual({ name: 'Ana', current_role: 'a-b', assessed_on: '2026-01-02', ratings: { x: 3, y: null }, preferences: { q: 4, c: 'opt-id' } });
  });

  it.each([
    ['a list', 'a:\n  - 1\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a float', 'a: 1.10\n'],
    ['a hex number', 'a: 0x1F\n'],
    ['a comment after a value', 'a: 1 # one\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a tag', 'a: !!js/function x\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['__proto__', '__proto__: 1\n'],
    ['deeper nesting', 'a:\n  b:\n    c: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a control character', 'a: b\u0001c\n'],
    ['only comments', '# nothing\n'],
  ])('steps aside for %s', (_name, text) => {
    expect(fastYaml(text)).toBeUndefined();
  });

  it('agrees with the yaml package on generated simple documents', () => {
    const key = fc.stringMatching(/^[a-z_][a-z0-9_.-]{0,12}$/);
    const plain = fc.stringMatching(/^[ -~]{0,20}$/);
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.constantFrom('null', '~', 'true', 'False', '012', '+7', '-0', '1.5', '.5', '.inf', 'yes', 'on', '2026-01-02', ''),
      plain,
      plain.map((s) => `"${s}"`),
      plain.map((s) => `'${s}'`),
    );
    const doc = fc.array(fc.tuple(key, fc.oneof(value.map((v) => ({ v })), fc.array(fc.tuple(key, value), { maxLength: 4 }))), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(doc, fc.constantFrom('\n', '\r\n'), fc.constantFrom(2, 4), (entries, eol, indent) => {
        const lines: string[] = [];
        for (const [k, body] of entries) {
          if (Array.isArray(body)) {
            lines.push(`${k}:`);
            for (const [nk, nv] of body) lines.push(`${' '.repeat(indent)}${nk}:${nv === '' ? '' : ` ${nv}`}`);
          } else lines.push(`${k}:${body.v === '' ? '' : ` ${body.v}`}`);
        }
        const text = lines.join(eol) + eol;
        const fast = fastYaml(text);
        if (fast === undefined) return;
        let expected: unknown;
        try {
          expected = yamlOf(text);
        } catch {
          throw new Error(`fast path accepted what yaml rejects:\n${text}`);
        }
        expect(fast).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
