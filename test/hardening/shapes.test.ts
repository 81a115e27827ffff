// Shapes: every field of every file kind with the wrong type, missing, or out of range, generated from the
// JSON Schemas in schemas/ (not written by hand: a field added to a schema gets its rows for free). Each row
// writes the broken file into a small framework (or parses a broken profile) in-process and checks that the
// loader returns a schema problem for that file at the line of the broken node, and never throws.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isNode, parse as parseYaml, parseDocument, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { RungsError } from '../../src/errors.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { parseProfile, requireProfile } from '../../src/io/profile.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { DATA, FULL_PROFILE, MINI_FILES, ROOT, writeMini } from './helpers.js';

afterAll(cleanTempDirs);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
};
type Path = (string | number)[];

interface Kind {
  kind: 'framework' | 'questions' | 'skill' | 'role' | 'profile';
  /** Where the file goes in the small framework (profiles are parsed on their own). */
  rel?: string;
  base: string;
}

const KINDS: Kind[] = [
  { kind: 'framework', rel: 'framework.yaml', base: MINI_FILES['framework.yaml']! },
  { kind: 'questions', rel: 'questions.yaml', base: MINI_FILES['questions.yaml']! },
  { kind: 'skill', rel: 'skills/troubleshooting.yaml', base: MINI_FILES['skills/troubleshooting.yaml']! },
  { kind: 'role', rel: 'roles/support-technician.yaml', base: MINI_FILES['roles/support-technician.yaml']! },
  { kind: 'profile', base: FULL_PROFILE },
];

const schemaOf = (kind: string): Schema => JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as Schema;

// ---------------------------------------------------------------------------------------------------------
// The rows: walk each schema alongside the valid document, and break every field it reaches.

interface Row {
  kind: Kind;
  /** Schema path, indices as []: what the row is about. */
  field: string;
  fault: string;
  data: Json;
  /** Where the problem must point: the node at this path (its key with atKey). */
  at: Path;
  atKey?: boolean;
  message: RegExp;
}

const types = (s: Schema) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

/** A value of a type the schema does not allow. */
function wrongType(s: Schema): Json {
  const allowed = types(s);
  if (!allowed.includes('string')) return 'not the right type';
  if (!allowed.includes('integer') && !allowed.includes('number')) return 42;
  return [1, 2];
}

const clone = <T>(v: T): T => structuredClone(v);
function setIn(root: Json, path: Path, value: Json | undefined): Json {
  const copy = clone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
const getIn = (root: Json, path: Path): Json | undefined => path.reduce<Json | undefined>((n, k) => (n as Record<string | number, Json> | undefined)?.[k], root);
const label = (path: Path) => path.map((k) => (typeof k === 'number' ? '[]' : `.${k}`)).join('').replace(/^\./, '') || '(the file)';
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rowsFor(kind: Kind): Row[] {
  const root = parseYaml(kind.base) as Json;
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (row: Omit<Row, 'kind'>) => {
    const key = `${row.field} ${row.fault}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({ kind, ...row });
  };

  const field = (path: Path, s: Schema, present: boolean, required: boolean) => {
    const name = label(path);
    const key = String(path[path.length - 1]);
    add({ field: name, fault: 'wrong type', data: setIn(root, path, wrongType(s)), at: path, message: new RegExp(`^"${esc(key)}" must be `) });
    if (required && present) {
      add({ field: name, fault: 'missing', data: setIn(root, path, undefined), at: path.slice(0, -1), message: new RegExp(`^missing required property "${esc(key)}"`) });
    }
    if (s.maximum !== undefined) add({ field: name, fault: `above ${s.maximum}`, data: setIn(root, path, s.maximum + 1), at: path, message: new RegExp(`^"${esc(key)}" must be at most ${s.maximum}`) });
    if (s.minimum !== undefined) add({ field: name, fault: `below ${s.minimum}`, data: setIn(root, path, s.minimum - 1), at: path, message: new RegExp(`^"${esc(key)}" must be at least ${s.minimum}`) });
    if (s.enum) add({ field: name, fault: 'not one of the values', data: setIn(root, path, 'bogus-value'), at: path, message: new RegExp(`^"${esc(key)}" must be one of `) });
    if (s.pattern) add({ field: name, fault: 'not an id', data: setIn(root, path, 'Not An Id!'), at: path, message: /must be a kebab-case id/ });
    if (s.minLength) add({ field: name, fault: 'empty', data: setIn(root, path, ''), at: path, message: new RegExp(`^"${esc(key)}" must not be empty`) });
    if (s.maxLength) add({ field: name, fault: `longer than ${s.maxLength}`, data: setIn(root, path, 'a'.repeat(s.maxLength + 1)), at: path, message: new RegExp(`must be at most ${s.maxLength} characters`) });
    if (s.minItems) add({ field: name, fault: `fewer than ${s.minItems} items`, data: setIn(root, path, []), at: path, message: new RegExp(`needs at least ${s.minItems} item`) });
    if (s.maxItems !== undefined) {
      const list = (getIn(root, path) as Json[] | undefined) ?? [];
      const more = Array.from({ length: s.maxItems + 1 }, (_, i) => clone(list[i % Math.max(1, list.length)] ?? i));
      add({ field: name, fault: `more than ${s.maxItems} items`, data: setIn(root, path, more), at: path, message: new RegExp(`takes at most ${s.maxItems} items`) });
    }
    if (s.minProperties) add({ field: name, fault: 'no entries', data: setIn(root, path, {}), at: path, message: new RegExp(`needs at least ${s.minProperties} entr`) });
  };

  const walk = (s: Schema, value: Json | undefined, path: Path) => {
    if (s.properties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (s.additionalProperties === false) {
        add({ field: label([...path, '*']), fault: 'an unknown property', data: setIn(root, [...path, 'bogus_key'], 'x'), at: [...path, 'bogus_key'], atKey: true, message: /^unknown property "bogus_key"/ });
      }
      for (const [key, sub] of Object.entries(s.properties)) {
        const present = Object.hasOwn(value, key);
        field([...path, key], sub, present, s.required?.includes(key) ?? false);
        if (present) walk(sub, value[key], [...path, key]);
      }
    }
    if (s.items && Array.isArray(value)) value.forEach((item, i) => {
      field([...path, i], s.items!, true, false);
      walk(s.items!, item, [...path, i]);
    });
    if (typeof s.additionalProperties === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        field([...path, key], s.additionalProperties, true, false);
        walk(s.additionalProperties, value[key], [...path, key]);
      }
    }
  };
  add({ field: '(the file)', fault: 'wrong type', data: ['a list, not a mapping'], at: [], message: /^the file must be a mapping \(got a list\)/ });
  walk(schemaOf(kind.kind), root, []);
  return rows;
}

const ROWS = KINDS.flatMap(rowsFor);
const counts = new Map<string, number>();
for (const r of ROWS) counts.set(r.kind.kind, (counts.get(r.kind.kind) ?? 0) + 1);

// ---------------------------------------------------------------------------------------------------------

const index = indexFramework(loadFramework(DATA).framework!);

/** The 1-based line of the node at `path` in `text` (of its key with atKey; of the nearest existing ancestor). */
function lineOf(text: string, path: Path, atKey = false): number {
  const doc = parseDocument(text);
  const lines = (offset: number) => text.slice(0, offset).split('\n').length;
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    if (atKey && depth === path.length && depth > 0) {
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      const pair = (parent as { items?: { key: { value?: unknown; range?: [number] } }[] })?.items?.find((p) => String(p.key?.value) === String(sub[sub.length - 1]));
      if (pair?.key?.range) return lines(pair.key.range[0]);
      continue;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) return lines(node.range[0]);
  }
  return 1;
}

describe('shapes, generated from the schemas', () => {
  it(`has ${ROWS.length} rows: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`, () => expect(ROWS.length).toBeGreaterThan(200));

  it('covers every file kind, and every kind with each sort of fault', () => {
    for (const kind of KINDS) {
      const faults = new Set(ROWS.filter((r) => r.kind === kind).map((r) => r.fault.replace(/ \d+.*$/, '')));
      expect([...faults], kind.kind).toEqual(expect.arrayContaining(['wrong type', 'missing', 'an unknown property']));
    }
    expect(ROWS.some((r) => /above|below/.test(r.fault))).toBe(true);
    expect(ROWS.some((r) => r.fault === 'not an id')).toBe(true);
    expect(ROWS.some((r) => r.fault === 'not one of the values')).toBe(true);
  });

  it.each(ROWS.map((r) => [`${r.kind.kind}: ${r.field} ${r.fault}`, r] as const))('%s', (_, row) => {
    const text = row.data === null || typeof row.data !== 'object' || Array.isArray(row.data) ? stringify(row.data) : new Document(row.data).toString({ lineWidth: 0 });
    const line = lineOf(text, row.at, row.atKey);
    if (row.kind.kind === 'profile') {
      const result = parseProfile(text, 'me.yaml', index);
      expect(result.ok, text).toBe(false);
      const problems = result.ok ? [] : result.problems;
      expect(problems, text).toContainEqual(expect.objectContaining({ file: 'me.yaml', line, severity: 'error', rule: 'schema', message: expect.stringMatching(row.message) }));
      // through the command's path: one typed error, exit 1
      const thrown = (() => {
        try {
          requireProfile('-', index, text);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(thrown).toBeInstanceOf(RungsError);
      expect((thrown as RungsError).exitCode).toBe(1);
      return;
    }
    const dir = tempDir('rungs-shape-');
    writeMini(dir);
    mkdirSync(join(dir, row.kind.rel!, '..'), { recursive: true });
    writeFileSync(join(dir, row.kind.rel!), text);
    const loaded = loadFramework(dir, { cwd: dir });
    expect(loaded.problems, text).toContainEqual(
      expect.objectContaining({ file: row.kind.rel, line, severity: 'error', rule: 'schema', message: expect.stringMatching(row.message) }),
    );
    // validate exits 1 on any error
    expect(loaded.problems.some((p) => p.severity === 'error')).toBe(true);
    // every problem has a position inside the file, or none at all (a whole-file problem)
    for (const p of loaded.problems) expect(p.line === 0 || (p.line >= 1 && p.column >= 1), JSON.stringify(p)).toBe(true);
  });
});
