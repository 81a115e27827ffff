// `rungs validate` reads clean framework files with a fast block-YAML reader (src/io/fast-block-yaml.ts) and
// every file with a problem through the full parser, which also gives every position. Held to the plain path:
// - file by file, the fast reader gives exactly the data the full parser gives, or steps aside: over the
//   shipped framework, a generated one, the fixtures, one-character edits of each kind of file, and hostile
//   inputs;
// - folder by folder, loadFramework gives the same problems (file, line, column, rule, message), the same model
//   and the same file count with the fast path as without it, over clean and edited frameworks.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fastBlockYaml } from '../../src/io/fast-block-yaml.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { parseYamlText } from '../../src/io/yaml.js';
import { gen } from '../helpers/bench-generator.js';
import { tempDir } from '../helpers/fixtures.js';
import { DATA, ROOT } from './helpers.js';

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** The fast reader steps aside, or gives what the full parser gives for a file it reads without a problem. */
function expectAgrees(text: string): boolean {
  const fast = fastBlockYaml(text);
  if (fast === undefined) return false;
  const full = parseYamlText(text, 'x.yaml');
  if (full.problems.length || !isDeepStrictEqual(fast, full.data)) {
    throw new Error(`the fast reader disagrees with the full parser on:\n${JSON.stringify(text)}\nfast: ${JSON.stringify(fast)}\nfull: ${JSON.stringify(full.data)} ${JSON.stringify(full.problems)}`);
  }
  return true;
}

let generated: string;
beforeAll(() => {
  generated = tempDir('rungs-fast-fw-');
  gen.generateFramework(generated, { roles: 30, skills: 51, seed: 16 });
});

/** A seeded PRNG, so every edit replays. */
const random = gen.mulberry32(1616);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const INSERTS = [':', ' ', '  ', '-', '- ', '#', ' #', "'", '"', '\n', '\r', '\r\n', '{', '}', '[', ']', ',', '>', '|', '&a ', '*a', '!', '!!str ', '\t', '1', '.5', 'a', '~', '?', '%', '@', '\\', '\u00a0', '\u2028', '\u0000', '\ufeff', '---\n', '...', 'é', 'null', 'true', '0x1', '-0', '1.0', '1e3', '__proto__'];

function edits(text: string, count: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const at = Math.floor(random() * (text.length + 1));
    const kind = random();
    if (kind < 0.3) out.push(text.slice(0, at) + text.slice(at + 1));
    else if (kind < 0.8) out.push(text.slice(0, at) + pick(INSERTS) + text.slice(at));
    else out.push(text.slice(0, at) + pick(INSERTS) + text.slice(at + 1));
  }
  return out;
}

describe('the fast block-YAML reader', () => {
  it('reads every shipped, generated and fixture file as the full parser does, and really takes the framework files', () => {
    const framework = [...yamlFiles(DATA), ...yamlFiles(generated)];
    for (const file of framework) expect(expectAgrees(readFileSync(file, 'utf8')), file).toBe(true);
    for (const file of yamlFiles(join(ROOT, 'test', 'fixtures'))) expectAgrees(readFileSync(file, 'utf8'));
  });

  it('agrees with the full parser, or steps aside, on one-character edits of every kind of framework file', () => {
    const samples = [
      join(DATA, 'framework.yaml'),
      join(DATA, 'questions.yaml'),
      ...readdirSync(join(DATA, 'roles')).slice(0, 2).map((f) => join(DATA, 'roles', f)),
      ...readdirSync(join(DATA, 'skills')).slice(0, 2).map((f) => join(DATA, 'skills', f)),
      ...readdirSync(join(generated, 'roles')).slice(0, 1).map((f) => join(generated, 'roles', f)),
      ...readdirSync(join(generated, 'skills')).slice(0, 1).map((f) => join(generated, 'skills', f)),
    ];
    let taken = 0;
    let total = 0;
    for (const file of samples) {
      for (const text of edits(readFileSync(file, 'utf8'), 400)) {
        total++;
        if (expectAgrees(text)) taken++;
      }
    }
    // Most edits land in text and leave a readable file: the fast path must be taken for many of them.
    expect(taken).toBeGreaterThan(total / 4);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a billion-laughs start', 'a: &a [1, 1]\nb: &b [*a, *a]\n'],
    ['a tag', 'a: !!js/function x\n'],
    ['a local tag', 'a: !thing x\n'],
    ['__proto__', '__proto__: { polluted: 1 }\n'],
    ['__proto__ in a flow mapping', 'a: { __proto__: 1 }\n'],
    ['a key that is a keyword', 'true: 1\n'],
    ['a key YAML reads as a float', '1.0: x\n'],
    ['a key YAML reads as 1', '01: x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['negative zero', 'a: -0\n'],
    ['a hex number', 'a: 0x1F\n'],
    ['an exponent', 'a: 1e3\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a control character', 'a: b\u0001c\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a line separator', 'a: b\u2028c\n'],
    ['deep indentation', `a:\n${'  '.repeat(40)}b: 1\n`],
    ['a block scalar at the end without a line break', 'a: >-\n  text'],
    ['a block scalar kept (+)', 'a: |+\n  text\n\n'],
    ['a block scalar with an indentation indicator', 'a: |2\n   text\n'],
    ['leading empty lines in a block scalar', 'a: >-\n\n  text\n'],
    ['more-indented lines in a folded scalar', 'a: >\n  one\n    two\n  three\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line flow mapping', 'a: { b: 1,\n  c: 2 }\n'],
    ['a nested flow collection', 'a: [[1, 2]]\n'],
    ['a quoted key', '"a": 1\n'],
    ['a comment after a value', 'a: 1 # one\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a top-level list', '- a\n- b\n'],
    ['only comments', '# nothing\n'],
  ])('steps aside for %s', (_name, text) => {
    expect(fastBlockYaml(text)).toBeUndefined();
  });

  it.each([
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  - { c: 2, d: e f }\r\nt: >-\r\n  one\r\n  two\r\n'],
    ['a byte order mark is the caller’s to drop: a no-break space kept', 'a: b\u00a0\n'],
    ['a sequence at its key’s indentation', 'a:\n- 1\n- two\nb: 3\n'],
    ['folded and literal scalars with empty lines', 'a: >\n  one\n  two\n\n  three\nb: |\n  x\n\n  y\nc: |-\n  z\n'],
    ['numbers', 'a: 007\nb: +5\nc: -0.6\nd: 1.10\ne: [1, -2, 3.5]\n'],
    ['keys that are numbers', 'anchors:\n  1: one\n  5: five\n'],
    ['empty values', 'a:\nb: []\nc: {}\nd:\n  -\n  - x\n'],
    ['quotes inside plain text', "a: I'd rather \"not\" say\n"],
    ['a compact mapping in a sequence', 'next:\n  - role: x\n    type: lateral\n    note: See http://x.y/z.\n'],
  ])('reads %s as the full parser does', (_name, text) => {
    expect(expectAgrees(text)).toBe(true);
  });
});

describe('loadFramework: the fast path against the plain path', () => {
  const expectSameLoad = (dir: string) => {
    const fast = loadFramework(dir, { cwd: dir });
    const plain = loadFramework(dir, { cwd: dir, fast: false });
    expect(fast.problems).toEqual(plain.problems);
    expect(fast.framework).toEqual(plain.framework);
    expect(fast.files).toBe(plain.files);
    return fast;
  };

  it('gives the same (empty) problems and the same model on the shipped and a generated framework', () => {
    expect(expectSameLoad(DATA).problems).toEqual([]);
    expect(expectSameLoad(generated).problems).toEqual([]);
  });

  it('gives the same problems at the same positions after one-character edits and hostile files', () => {
    const dir = tempDir('rungs-fast-fw-edit-');
    cpSync(generated, dir, { recursive: true });
    const roles = readdirSync(join(dir, 'roles')).sort();
    const skills = readdirSync(join(dir, 'skills')).sort();
    const targets = [join(dir, 'framework.yaml'), join(dir, 'questions.yaml'), ...roles.slice(0, 12).map((f) => join(dir, 'roles', f)), ...skills.slice(0, 12).map((f) => join(dir, 'skills', f))];
    let withProblems = 0;
    for (let round = 0; round < 12; round++) {
      const originals = new Map<string, string>();
      // A few files edited at once, so the cross-file rules (references, the graph) see broken and renamed ids.
      for (let k = 0; k < 4; k++) {
        const file = pick(targets);
        const text = originals.get(file) ?? readFileSync(file, 'utf8');
        if (!originals.has(file)) originals.set(file, text);
        writeFileSync(file, edits(readFileSync(file, 'utf8'), 1)[0]!);
      }
      if (expectSameLoad(dir).problems.length) withProblems++;
      for (const [file, text] of originals) writeFileSync(file, text);
    }
    // Hostile and rule-breaking files, together: positions must come from the full parser.
    writeFileSync(join(dir, 'roles', roles[0]!), readFileSync(join(dir, 'roles', roles[0]!), 'utf8').replace(/level: \d/, 'level: 12').replace(/skill: [a-z-]+\d+/, 'skill: no-such-skill'));
    writeFileSync(join(dir, 'roles', roles[1]!), readFileSync(join(dir, 'roles', roles[1]!), 'utf8').replace(/^id: .*$/m, 'id: "Not An Id"'));
    writeFileSync(join(dir, 'skills', skills[0]!), 'id: &x a\nname: *x\n');
    writeFileSync(join(dir, 'skills', skills[1]!), `__proto__: { polluted: 1 }\nid: ${skills[1]!.replace('.yaml', '')}\n`);
    writeFileSync(join(dir, 'roles', roles[2]!), readFileSync(join(dir, 'roles', roles[2]!), 'utf8').replace('next:', 'next:\n  - role: no-such-role\n    type: promotion'));
    writeFileSync(join(dir, 'roles', 'extra.yaml'), readFileSync(join(dir, 'roles', roles[3]!), 'utf8').replace(/\n/g, '\r\n'));
    const last = expectSameLoad(dir);
    expect(last.problems.length).toBeGreaterThan(4);
    expect(last.problems.every((p) => p.line > 0 || p.rule === 'unknown-file' || p.rule === 'missing-file')).toBe(true);
    expect(withProblems).toBeGreaterThan(0);
  });
});
