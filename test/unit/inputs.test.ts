// The inputs of `rungs report`: folders, globs expanded by rungs itself, and profiles on stdin.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RungsError } from '../../src/errors.js';
import { expandGlob, expandInputs, globRegExp, splitStdin } from '../../src/io/inputs.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';

afterAll(cleanTempDirs);

function tree(files: string[]): string {
  const root = tempDir('rungs-inputs-');
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'current_role: agent\n');
  }
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => relative(root, f).split('\\').join('/'));

describe('globRegExp', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'sub/a.yaml', false],
    ['*.yaml', '.hidden.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['**/*.yaml', '.git/a.yaml', false],
    ['team/**', 'team/x/y.json', true],
    ['p?.yml', 'p1.yml', true],
    ['p?.yml', 'p10.yml', false],
    ['*.{yaml,json}', 'a.json', true],
    ['*.{yaml,json}', 'a.yml', false],
    ['{a,b}/*.yaml', 'b/x.yaml', true],
    ['{a,b}/*.yaml', 'c/x.yaml', false],
    ['a+b(1).yaml', 'a+b(1).yaml', true],
    ['a.yaml', 'aXyaml', false],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globRegExp(glob).test(path)).toBe(expected);
  });
});

describe('expandGlob and expandInputs', () => {
  const root = tree(['team/a.yaml', 'team/b.yml', 'team/c.json', 'team/notes.txt', 'team/sub/d.yaml', 'team/sub/deeper/e.yaml', 'team/.git/f.yaml', 'other/g.yaml']);

  it('walks from the literal base folder and matches the rest, sorted', () => {
    expect(rel(root, expandGlob('team/*.yaml', root))).toEqual(['team/a.yaml']);
    expect(rel(root, expandGlob('team/**/*.yaml', root))).toEqual(['team/a.yaml', 'team/sub/d.yaml', 'team/sub/deeper/e.yaml']);
    expect(rel(root, expandGlob('team/*.{yml,json}', root))).toEqual(['team/b.yml', 'team/c.json']);
    expect(rel(root, expandGlob('*/a.yaml', root))).toEqual(['team/a.yaml']);
    expect(rel(root, expandGlob(join(root, 'other', '*'), '/'))).toEqual(['other/g.yaml']);
  });

  it('reads folders recursively: .yaml, .yml and .json, no hidden folders, no other files', () => {
    const { files, stdin } = expandInputs(['team'], { cwd: root });
    expect(rel(root, files)).toEqual(['team/a.yaml', 'team/b.yml', 'team/c.json', 'team/sub/d.yaml', 'team/sub/deeper/e.yaml']);
    expect(stdin).toBe(false);
  });

  it('reads each file once, however many inputs reach it', () => {
    const { files, stdin } = expandInputs(['team/a.yaml', 'team', 'team/**/*.yaml', '-'], { cwd: root });
    expect(files).toHaveLength(5);
    expect(rel(root, files)[0]).toBe('team/a.yaml');
    expect(stdin).toBe(true);
  });

  it('follows a symbolic link back into the tree only once', () => {
    const dir = tree(['t/a.yaml', 't/sub/b.yaml']);
    symlinkSync(join(dir, 't'), join(dir, 't', 'sub', 'loop'));
    expect(rel(dir, expandInputs(['t'], { cwd: dir }).files)).toEqual(['t/a.yaml', 't/sub/b.yaml']);
  });

  it('refuses a missing file, an empty folder and a glob that matches nothing (exit 2)', () => {
    mkdirSync(join(root, 'empty'));
    const fail = (input: string) => {
      try {
        expandInputs([input], { cwd: root });
      } catch (error) {
        expect(error).toBeInstanceOf(RungsError);
        expect((error as RungsError).exitCode).toBe(2);
        return (error as RungsError).message;
      }
      throw new Error(`${input} was accepted`);
    };
    expect(fail('nope.yaml')).toBe('nope.yaml: no such file or folder');
    expect(fail('empty')).toBe('empty: no .yaml, .yml or .json files in this folder');
    expect(fail('team/*.xml')).toBe('team/*.xml: the pattern matches no .yaml, .yml or .json file');
    expect(fail('missing/**/*.yaml')).toContain('missing/**/*.yaml');
  });

  it('refuses more files than --max-files allows', () => {
    expect(() => expandInputs(['team'], { cwd: root, maxFiles: 4 })).toThrow(/more than 4 profiles/);
    expect(expandInputs(['team'], { cwd: root, maxFiles: 5 }).files).toHaveLength(5);
  });
});

describe('splitStdin', () => {
  it('reads JSON lines, skipping blank lines, with positions in the stream', () => {
    const text = '{"current_role":"a"}\n\n{"current_role":"b"}\r\n{"current_role": }\n';
    const docs = splitStdin(text);
    expect(docs.map((d) => d.name)).toEqual(['<stdin>#1', '<stdin>#2', '<stdin>#3']);
    expect(docs[1]!.parsed.data).toEqual({ current_role: 'b' });
    expect(docs[2]!.parsed.problems).toMatchObject([{ file: '<stdin>', line: 4, rule: 'json-syntax' }]);
    // positions of later (schema, reference) problems are in the stream too
    expect(docs[1]!.parsed.locate(['current_role'])).toMatchObject({ line: 3, column: 17 });
  });

  it('accepts one pretty-printed JSON object', () => {
    const docs = splitStdin('{\n  "current_role": "a",\n  "ratings": {}\n}\n');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.parsed.data).toEqual({ current_role: 'a', ratings: {} });
    expect(docs[0]!.parsed.locate(['ratings'])).toMatchObject({ line: 3 });
  });

  it('tells one object followed by blank lines from JSON lines without parsing the whole text', () => {
    // One value, then only space: a stream of one, read as a whole (its own positions).
    const one = splitStdin('{"current_role":"a"}\r\n  \n\t\n');
    expect(one).toHaveLength(1);
    expect(one[0]!.parsed.data).toEqual({ current_role: 'a' });
    // A whole first line, then anything that is not space: JSON lines, the bad one named on its own line.
    const lines = splitStdin('{"current_role":"a"}\n{"current_role": ]\n');
    expect(lines.map((d) => d.name)).toEqual(['<stdin>#1', '<stdin>#2']);
    expect(lines[1]!.parsed.problems).toMatchObject([{ line: 2, rule: 'json-syntax' }]);
    // A first line that is not whole on its own (pretty-printed) still gets the whole text parsed.
    expect(splitStdin('{"current_role":\n "a"}\n')[0]!.parsed.data).toEqual({ current_role: 'a' });
  });

  it('reads a YAML stream, one profile per document, positions as <stdin>:line:col', () => {
    const text = ['current_role: a', '---', '# a comment', 'current_role: b', 'ratings:', '  x: 1', '---', 'current_role: [', '---', ''].join('\n');
    const docs = splitStdin(text);
    expect(docs.map((d) => d.name)).toEqual(['<stdin>#1', '<stdin>#2', '<stdin>#3']);
    expect(docs[1]!.parsed.data).toEqual({ current_role: 'b', ratings: { x: 1 } });
    expect(docs[1]!.parsed.locate(['ratings', 'x'], true)).toMatchObject({ line: 6, column: 3 });
    // the unclosed [ is noticed where the next document starts
    expect(docs[2]!.parsed.problems[0]).toMatchObject({ file: '<stdin>', line: 9, column: 1, rule: 'yaml-syntax' });
  });

  it('reports a duplicate key in one document of the stream', () => {
    const docs = splitStdin('current_role: a\n---\ncurrent_role: b\ncurrent_role: c\n');
    expect(docs[0]!.parsed.problems).toEqual([]);
    expect(docs[1]!.parsed.problems).toMatchObject([{ line: 4, column: 1, rule: 'duplicate-key' }]);
  });

  it('finds no profile in an empty stream', () => {
    expect(splitStdin('')).toEqual([]);
    expect(splitStdin('\n# nothing\n')).toEqual([]);
  });
});
