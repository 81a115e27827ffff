// The NDJSON scan (src/io/profile-scan.ts) against the full path it stands in for: JSON.parse, the profile
// schema and the framework rules (checkParsed). On any line, the scan either declines (undefined) or returns
// exactly the data the full path accepts with no problem at all, not even a warning. Generated profiles are
// the clean lines; every kind of damage and every JSON spelling the scan might get wrong are the others.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFramework, type FrameworkIndex } from '../../src/core/index-framework.js';
import { checkProfile } from '../../src/core/profile-rules.js';
import { readRatings } from '../../src/core/readiness.js';
import type { Profile } from '../../src/core/types.js';
import { validate } from '../../src/generated/profile.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { checkParsed } from '../../src/io/profile.js';
import { scanProfile, scanProfileLine } from '../../src/io/profile-scan.js';
import { STDIN } from '../../src/io/stdin.js';
import { parseJsonText } from '../../src/io/yaml.js';
import { DATA } from '../helpers/fixtures.js';
import { gen } from '../helpers/bench-generator.js';


let index: FrameworkIndex;
let lines: string[];
beforeAll(() => {
  const loaded = loadFramework(DATA);
  index = indexFramework(loaded.framework!);
  lines = gen.makeProfiles(400, { seed: 11 }).map((p) => JSON.stringify(p));
});

/** Clean by the full path's own checks (JSON.parse, the schema, the rules), without locating any problem. */
function cleanData(line: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  return validate(data) && checkProfile(index, data as Profile, STDIN).length === 0 ? data : undefined;
}

/**
 * The differential check of one line: what the scan returns must be what the full path accepts, problem-free
 * and JSON-equal (same keys in the same order). Returns whether the scan took the line.
 */
function agrees(line: string): boolean {
  const scanned = scanProfileLine(line, index);
  if (scanned === undefined) return false;
  const full = checkParsed(parseJsonText(line, STDIN), index);
  expect(full, line).toMatchObject({ ok: true, warnings: [] });
  if (full.ok) expect(JSON.stringify(scanned), line).toBe(JSON.stringify(full.profile));
  // The ratings array the scan fills on the way is the one the scorer would read from the profile.
  const dense = new Array<number>(index.skillIds.length).fill(Number.NaN);
  scanProfile(line, 0, line.length, index, dense);
  const expected = readRatings(index, scanned.ratings);
  if (!dense.every((v, i) => Object.is(v, expected[i]))) expect(dense, line).toEqual(expected);
  return true;
}

/** Every line of a set agrees; returns how many the scan took. */
function tally(cases: readonly string[]): number {
  let scanned = 0;
  for (const line of cases) if (agrees(line)) scanned++;
  return scanned;
}

const SAMPLE = () => [lines.find((l) => l.includes('"evidence"') && l.includes('"manager_ratings"'))!, lines[0]!, lines[1]!];

describe('scanProfileLine on clean lines', () => {
  it('takes every generated profile, with the data JSON.parse gives', () => {
    for (const line of lines) expect(agrees(line), line).toBe(true);
    // The sample covers every part of a profile.
    const all = lines.join('\n');
    for (const key of ['"evidence"', '"manager_ratings"', 'null', '"preferences"', '"framework_version"']) expect(all).toContain(key);
  });

  it('takes a line within a larger text by its bounds, and nothing beyond them', () => {
    const text = `${lines[0]}\r\n${lines[1]}\n`;
    const second = text.indexOf('\n') + 1;
    expect(JSON.stringify(scanProfile(text, 0, lines[0]!.length, index))).toBe(lines[0]);
    expect(JSON.stringify(scanProfile(text, second, second + lines[1]!.length, index))).toBe(lines[1]);
    // Bounds that cut a line short, or take in the next line, are not a clean line; a line break is whitespace.
    expect(scanProfile(text, 0, lines[0]!.length - 1, index)).toBeUndefined();
    expect(scanProfile(text, 0, text.length, index)).toBeUndefined();
    expect(scanProfile(text, 0, second, index)).toBeDefined();
  });

  it('builds records without a prototype, that every consumer can read', () => {
    const profile = scanProfileLine(lines[0]!, index)!;
    expect(Object.getPrototypeOf(profile.ratings)).toBeNull();
    expect(Object.getPrototypeOf(profile.preferences)).toBeNull();
    expect(Object.hasOwn(profile.ratings, Object.keys(profile.ratings)[0]!)).toBe(true);
    expect(JSON.parse(JSON.stringify({ ...profile, ratings: { ...profile.ratings } }))).toEqual(JSON.parse(lines[0]!));
    expect('constructor' in profile.ratings).toBe(false);
  });

  it('takes empty records, a missing ratings, every top-level property and JSON whitespace anywhere', () => {
    const cases = [
      '{"current_role":"support-technician"}',
      '{"current_role":"support-technician","ratings":{},"preferences":{},"evidence":{},"manager_ratings":{}}',
      '{"$schema":"https://rungs.dev/schemas/v1/profile.schema.json","name":"","current_role":"support-technician","incomplete":true,"assessed_on":"whenever"}',
      '{"incomplete":false,"current_role":"support-technician","ratings":{"troubleshooting":0,"empathy":null}}',
      '{"current_role":"support-technician","manager_ratings":{"empathy":3},"manager_assessed_on":"2026-06-01"}',
      ' \t{ "current_role" : "support-technician" , "ratings" : { "troubleshooting" : 5 , "empathy" : null } } \t',
      '{\r\n  "current_role": "support-technician",\n\t"ratings": {\n    "troubleshooting": 5\n  }\n}',
      lines[0]!.replace(/([,:{}])/g, ' $1 '),
      lines[0]!.replace(/([,:])/g, '$1 '), // Python's json.dumps
      lines[0]!.replace(/([,:{}])/g, '\t$1\t'),
    ];
    for (const line of cases) expect(agrees(line), line).toBe(true);
  });

  it('decodes escapes in free text (names, evidence, dates) exactly as JSON.parse does', () => {
    const cases = [
      '{"current_role":"support-technician","name":"Jos\\u00e9 \\"Pepe\\" O\'Neil \\\\ \\/ \\b\\f\\n\\r\\t"}',
      '{"current_role":"support-technician","name":"\\ud83d\\ude00 emoji","assessed_on":"2026\\u002d01\\u002d02"}',
      '{"current_role":"support-technician","name":"lone \\ud800 surrogate"}',
      '{"current_role":"support-technician","ratings":{"empathy":4},"evidence":{"empathy":"Said \\"thanks\\"\\u0021"}}',
      '{"current_role":"support-technician","name":"José 😀 raw UTF-8"}',
    ];
    for (const line of cases) expect(agrees(line), line).toBe(true);
  });
});

describe('scanProfileLine declines what it must not take', () => {
  const role = '"current_role":"support-technician"';
  const declined: [string, string][] = [
    ['numbers other than one digit', `{${role},"ratings":{"empathy":3.0}}`],
    ['exponent', `{${role},"ratings":{"empathy":3e0}}`],
    ['capital exponent', `{${role},"ratings":{"empathy":3E0}}`],
    ['negative zero', `{${role},"ratings":{"empathy":-0}}`],
    ['leading zero', `{${role},"ratings":{"empathy":03}}`],
    ['two digits', `{${role},"ratings":{"empathy":10}}`],
    ['negative', `{${role},"ratings":{"empathy":-1}}`],
    ['above 5', `{${role},"ratings":{"empathy":6}}`],
    ['fraction', `{${role},"ratings":{"empathy":2.5}}`],
    ['a string rating', `{${role},"ratings":{"empathy":"3"}}`],
    ['a boolean rating', `{${role},"ratings":{"empathy":true}}`],
    ['null from a lead', `{${role},"manager_ratings":{"empathy":null}}`],
    ['agree answer 0', `{${role},"preferences":{"write-it-down":0}}`],
    ['agree answer 6', `{${role},"preferences":{"write-it-down":6}}`],
    ['agree answer as text', `{${role},"preferences":{"write-it-down":"3"}}`],
    ['agree answer 3.0', `{${role},"preferences":{"write-it-down":3.0}}`],
    ['choice answer as a number', `{${role},"preferences":{"best-day":1}}`],
    ['unknown option', `{${role},"preferences":{"best-day":"nap"}}`],
    ['option of another question', `{${role},"preferences":{"best-day":"plan-the-team"}}`],
    ['unknown skill', `{${role},"ratings":{"empathie":3}}`],
    ['unknown question', `{${role},"preferences":{"best-night":"x"}}`],
    ['unknown role', '{"current_role":"support-technican"}'],
    ['empty role', '{"current_role":""}'],
    ['no role', '{"ratings":{"empathy":3}}'],
    ['unknown property', `{${role},"rating":{}}`],
    ['other framework version (a warning)', `{${role},"framework_version":"0.9.0"}`],
    ['duplicate top-level key', `{${role},${role}}`],
    ['duplicate rating', `{${role},"ratings":{"empathy":3,"empathy":4}}`],
    ['duplicate rating, far apart', `{${role},"ratings":{"empathy":3,"patience":1,"teamwork":2,"empathy":3}}`],
    ['a history (its entries may warn: the full path reads it)', `{${role},"history":[{"assessed_on":"2026-01-02","current_role":"support-technician","ratings":{}}]}`],
    ['duplicate manager_assessed_on', `{${role},"manager_assessed_on":"a","manager_assessed_on":"b"}`],
    ['manager_assessed_on not a string', `{${role},"manager_assessed_on":20260601}`],
    ['duplicate lead rating', `{${role},"manager_ratings":{"empathy":3,"empathy":3}}`],
    ['duplicate evidence', `{${role},"evidence":{"empathy":"a","empathy":"b"}}`],
    ['duplicate answer', `{${role},"preferences":{"write-it-down":3,"write-it-down":3}}`],
    ['escaped key', `{"current_r\\u006fle":"support-technician"}`],
    ['escaped skill id', `{${role},"ratings":{"empath\\u0079":3}}`],
    ['escaped role', '{"current_role":"support-technici\\u0061n"}'],
    ['escaped option', `{${role},"preferences":{"best-day":"team-beat-target\\u0073"}}`],
    ['escaped version', `{${role},"framework_version":"1.0\\u002e0"}`],
    ['bad escape', `{${role},"name":"a\\x"}`],
    ['short unicode escape', `{${role},"name":"a\\u12"}`],
    ['control character in a string', `{${role},"name":"a\tb"}`],
    ['line break in a string', `{${role},"name":"a\nb"}`],
    ['no-break space as whitespace', `{\u00a0${role}}`],
    ['byte order mark inside', `\ufeff{${role}}`],
    ['trailing comma', `{${role},}`],
    ['trailing comma in ratings', `{${role},"ratings":{"empathy":3,}}`],
    ['missing comma', `{${role} "name":"x"}`],
    ['missing colon', `{"current_role" "support-technician"}`],
    ['unclosed', `{${role}`],
    ['unclosed ratings', `{${role},"ratings":{"empathy":3}`],
    ['garbage after', `{${role}}x`],
    ['two objects', `{${role}}{${role}}`],
    ['an array', `[{${role}}]`],
    ['null', 'null'],
    ['empty object', '{}'],
    ['empty line', ''],
    ['ratings as an array', `{${role},"ratings":[]}`],
    ['ratings null', `{${role},"ratings":null}`],
    ['nested object as a rating', `{${role},"ratings":{"empathy":{"x":1}}}`],
    ['name as a number', `{${role},"name":1}`],
    ['incomplete as text', `{${role},"incomplete":"true"}`],
    ['truncated literal', `{${role},"ratings":{"empathy":nul}}`],
    ['literal run on', `{${role},"ratings":{"empathy":nullx}}`],
    ['__proto__ at the top', `{${role},"__proto__":{"polluted":true}}`],
    ['__proto__ in ratings', `{${role},"ratings":{"__proto__":3}}`],
    ['__proto__ in preferences', `{${role},"preferences":{"__proto__":3}}`],
    ['__proto__ in evidence', `{${role},"evidence":{"__proto__":"x"}}`],
    ['constructor in lead ratings', `{${role},"manager_ratings":{"constructor":3}}`],
    ['prototype as a role', '{"current_role":"prototype"}'],
  ];

  it.each(declined)('%s', (_, line) => {
    expect(scanProfileLine(line, index)).toBeUndefined();
    // The cases are chosen so that the full path has something to say about each (or, for the literal
    // spellings of a clean value, would take it): either way, the scan leaves it to the full path.
    agrees(line);
  });

  it('does not take a longer key for an id it starts with, even one that lands in the same bucket', () => {
    // Same first, middle and last character, and a length 256 longer: what the id lookup hashes is the same.
    const filler = Array.from({ length: 256 }, (_, i) => (i === 124 ? 'a' : i === 255 ? 'y' : 'z')).join('');
    const key = `empathy${filler}`;
    expect(key[Math.floor(key.length / 2)]).toBe('empathy'[3]);
    expect(scanProfileLine(`{${role},"ratings":{"${key}":3}}`, index)).toBeUndefined();
  });

  it('leaves ids that could reach a prototype to the full path, even when the framework defines them', () => {
    const framework = structuredClone(loadFramework(DATA).framework!);
    framework.skills.find((s) => s.id === 'empathy')!.id = 'constructor';
    framework.skills.find((s) => s.id === 'patience')!.id = 'prototype';
    const odd = indexFramework(framework);
    for (const line of [`{${role},"ratings":{"constructor":3}}`, `{${role},"ratings":{"prototype":3}}`]) {
      const data = JSON.parse(line) as Profile;
      expect(validate(data) && checkProfile(odd, data, STDIN)).toEqual([]);
      expect(scanProfileLine(line, odd)).toBeUndefined();
    }
    expect(scanProfileLine(`{${role},"ratings":{"teamwork":3}}`, odd)).toBeDefined();
  });

  it('leaves spellings the full path takes (3.0, a duplicate key) to the full path', () => {
    for (const line of [`{${role},"ratings":{"empathy":3.0}}`, `{${role},${role}}`, `{"current_r\\u006fle":"support-technician"}`]) {
      expect(cleanData(line), line).toBeDefined();
      expect(scanProfileLine(line, index)).toBeUndefined();
    }
  });
});

describe('scanProfileLine against the full path, on damaged lines', () => {
  // Characters that mean something to JSON or to the scan, and some that should not.
  const PIECES = ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\t', '\r', '\n', '0', '5', '6', '9', '-', '+', '.', 'e', 'E', 'n', 'u', 'l', 't', 'x', '\u0000', '\u001f', '\u00a0', '\u00e9', '\ud83d', '\ufeff'];

  it('every one-character change, deletion and insertion', { timeout: 120_000 }, () => {
    const base = SAMPLE()[0]!;
    const cases: string[] = [];
    for (let i = 0; i <= base.length; i++) {
      if (i < base.length) cases.push(base.slice(0, i) + base.slice(i + 1));
      for (const piece of PIECES) {
        if (i < base.length) cases.push(base.slice(0, i) + piece + base.slice(i + 1));
        cases.push(base.slice(0, i) + piece + base.slice(i));
      }
    }
    // Not vacuous: many changed lines are still clean (another digit, a space) and the scan takes those.
    expect(tally(cases)).toBeGreaterThan(1000);
  });

  it('every truncation', () => {
    for (const base of SAMPLE()) expect(tally(Array.from({ length: base.length }, (_, i) => base.slice(0, i)))).toBe(0);
  });

  it('a duplicated, an unknown and a hostile key in every object, and every value in every slot', () => {
    const base = SAMPLE()[0]!;
    const data = JSON.parse(base) as Record<string, Record<string, unknown>>;
    const cases: string[] = [];
    const VALUES = ['0', '1', '5', '6', '-1', '-0', '03', '3.0', '3e0', '1E0', '0.5', 'null', 'true', 'false', '"3"', '""', '"x"', '[]', '{}', '"found-the-bottleneck"', '"support-technician"'];
    const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'unknown-skill', '', 'EMPATHY', 'empathy ', ' empathy'];
    for (const [field, record] of Object.entries(data)) {
      const json = JSON.stringify(record);
      if (record === null || typeof record !== 'object') {
        for (const v of VALUES) cases.push(base.replace(`"${field}":${json}`, `"${field}":${v}`));
        cases.push(base.replace(`"${field}":`, `"${field}":${json},"${field}":`));
        continue;
      }
      const ids = Object.keys(record);
      for (const id of ids) {
        const at = `"${id}":${JSON.stringify(record[id])}`;
        const inRecord = (from: string, to: string) => base.replace(`"${field}":${json}`, `"${field}":${json.replace(from, to)}`);
        for (const v of VALUES) cases.push(inRecord(at, `"${id}":${v}`));
        cases.push(inRecord(at, `${at},${at}`));
        cases.push(inRecord(at, `${at},"${id}":${JSON.stringify(record[id])}`));
      }
      for (const key of KEYS) {
        cases.push(base.replace(`"${field}":{`, `"${field}":{"${key}":1,`));
        cases.push(base.replace(`"${field}":{`, `"${key}":{},"${field}":{`));
      }
    }
    expect(tally(cases)).toBeGreaterThan(100);
  });

  it('random edits (fast-check, seeded)', () => {
    const base = SAMPLE();
    fc.assert(
      fc.property(
        fc.nat({ max: base.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...PIECES, '"x"', 'null', '3.0', '"empathy":3,', '{"a":1}')), { minLength: 1, maxLength: 4 }),
        (which, edits) => {
          let line = base[which]!;
          for (const [position, kind, piece] of edits) {
            const i = position % (line.length + 1);
            line = kind === 0 ? line.slice(0, i) + line.slice(i + 1) : kind === 1 ? line.slice(0, i) + piece + line.slice(i) : line.slice(0, i) + piece + line.slice(i + piece.length);
          }
          agrees(line);
        },
      ),
      { numRuns: 3000, seed: 20260214 },
    );
  });
});
