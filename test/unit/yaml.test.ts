import { describe, expect, it } from 'vitest';
import { offsetToLineColumn, parseDataText, parseJsonText, parseYamlText } from '../../src/io/yaml.js';

describe('parseYamlText', () => {
  it('parses plain YAML and locates nodes by path, 1-based', () => {
    const parsed = parseYamlText('id: a\nskills:\n  - skill: x\n    level: 3\n', 'r.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ id: 'a', skills: [{ skill: 'x', level: 3 }] });
    expect(parsed.locate(['skills', 0, 'level'])).toMatchObject({ line: 4, column: 12 });
    expect(parsed.locate(['skills', 0, 'level'], true)).toMatchObject({ line: 4, column: 5 });
    expect(parsed.locate(['skills', '0', 'skill'])).toMatchObject({ line: 3, column: 12 });
  });

  it('matches numeric YAML keys with string path segments (anchors: {3: ...})', () => {
    const parsed = parseYamlText('anchors:\n  1: a\n  3: c\n', 's.yaml');
    expect(parsed.locate(['anchors', '3'])).toMatchObject({ line: 3, column: 6 });
  });

  it('falls back to the nearest existing ancestor for a missing path', () => {
    const parsed = parseYamlText('id: a\nnext:\n  - role: b\n', 'r.yaml');
    expect(parsed.locate(['next', 0, 'type'])).toMatchObject({ line: 3, column: 5 });
  });

  it('reports duplicate keys with their position and rule', () => {
    const parsed = parseYamlText('id: a\ntitle: A\nid: b\n', 'r.yaml');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: 'r.yaml', line: 3, column: 1, rule: 'duplicate-key', severity: 'error' }),
    ]);
  });

  it('reports syntax errors as one plain line with a position', () => {
    const parsed = parseYamlText('id: a\nskills: [x, y\n', 'r.yaml');
    expect(parsed.problems.length).toBeGreaterThan(0);
    const first = parsed.problems[0]!;
    expect(first.rule).toBe('yaml-syntax');
    expect(first.line).toBeGreaterThanOrEqual(2);
    expect(first.message).not.toContain('\n');
  });

  it('explains tabs and multiple documents', () => {
    expect(parseYamlText('a:\n\tb: 1\n', 'f.yaml').problems[0]?.message).toMatch(/tabs/);
    expect(parseYamlText('a: 1\n---\nb: 2\n', 'f.yaml').problems[0]?.message).toMatch(/more than one YAML document/);
  });

  it('ignores a UTF-8 byte order mark and CRLF line endings', () => {
    const parsed = parseYamlText('\ufeffid: a\r\ntitle: T\r\n', 'f.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ id: 'a', title: 'T' });
    expect(parsed.locate(['title'])).toMatchObject({ line: 2, column: 8 });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');
    const parsed = parseYamlText(bomb, 'bomb.yaml');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems[0]?.message).toMatch(/alias/i);
  });

  it('keeps the source text of scalars, for hints like "quote this value"', () => {
    expect(parseYamlText('version: 1.10\n', 'f.yaml').locate(['version']).text).toBe('1.10');
  });
});

describe('parseJsonText', () => {
  it('parses JSON and locates nodes lazily', () => {
    const parsed = parseJsonText('{\n  "current_role": "x",\n  "ratings": {"a": 9}\n}\n', 'p.json');
    expect(parsed.data).toEqual({ current_role: 'x', ratings: { a: 9 } });
    expect(parsed.locate(['ratings', 'a'])).toMatchObject({ line: 3, column: 20 });
  });

  it('rejects a trailing comma with a position', () => {
    const parsed = parseJsonText('{\n  "a": 1,\n}\n', 'p.json');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ rule: 'json-syntax', line: 3, column: 1 });
  });

  it('is chosen by file extension', () => {
    expect(parseDataText('{"a":1,}', 'x.json').problems[0]?.rule).toBe('json-syntax');
    expect(parseDataText('{"a":1,}', 'x.yaml').problems).toEqual([]);
  });
});

describe('offsetToLineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(offsetToLineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToLineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('JSON error positions', () => {
  it.each([
    ['{\n"a": tru\n}', 2, 9, /Unexpected token/],
    ['{"a":1 "b":2}', 1, 8, /Expected ',' or '}'/],
    ['[1,2', 1, 5, /after array element|end of JSON/],
    ['{"a": "x\u0001"}', 1, 9, /./],
    ['', 1, 1, /end of JSON input/],
    ['{"a": 1}\n]', 2, 1, /./],
  ])('%j fails at the right line and column', (text, line, column, message) => {
    const [p] = parseJsonText(text, 'p.json').problems;
    expect(p).toMatchObject({ line, column, rule: 'json-syntax' });
    expect(p!.message).toMatch(message);
    expect(p!.message).not.toMatch(/\n/);
  });
});
