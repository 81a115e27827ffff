// `rungs report -` reads clean NDJSON lines by the scan (src/io/profile-scan.ts) and every other line the full
// way. Over streams that mix clean lines with every kind of bad one, blank lines, CRLF and a byte order mark,
// what the report takes (stdinProfiles) must be what the full path alone gives (splitStdin, then checkParsed
// on each): the same names, results, problems with their lines and columns, and data, in the same order; and
// no key reaches Object.prototype on the way.
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFramework, type FrameworkIndex } from '../../src/core/index-framework.js';
import { splitStdin, stdinProfiles } from '../../src/io/inputs.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { checkParsed, type ProfileResult } from '../../src/io/profile.js';
import { DATA, prototypeKeys } from './helpers.js';
import { gen } from '../helpers/bench-generator.js';


let index: FrameworkIndex;
let clean: string[];
beforeAll(() => {
  index = indexFramework(loadFramework(DATA).framework!);
  clean = gen.makeProfiles(40, { seed: 5 }).map((p) => JSON.stringify(p));
});

const ROLE = '"current_role":"support-technician"';
/** Lines the scan must leave to the full path: broken, wrong, warned about, or clean in a spelling it declines. */
const OTHERS = [
  `{${ROLE},"ratings":{"empathy":7}}`,
  '{"current_role":"support-technican"}',
  `{${ROLE},"framework_version":"0.1.0"}`,
  `{${ROLE},"ratings":{"empathy":3.0}}`,
  `{${ROLE},${ROLE}}`,
  `{${ROLE},"ratings":{"empathy":3,"empathy":4}}`,
  `{${ROLE},"__proto__":{"polluted":true}}`,
  `{${ROLE},"ratings":{"__proto__":{"polluted":1}}}`,
  `{${ROLE},"preferences":{"constructor":{"prototype":{"polluted":1}}}}`,
  `{${ROLE},"name":"tab\tinside"}`,
  `{${ROLE},"ratings":{"empathy":3}`,
  `{${ROLE}} trailing`,
  '[1, 2]',
  'not json at all',
  `{${ROLE},"preferences":{"best-day":"nap","write-it-down":9}}`,
  `{\u00a0${ROLE}}`,
];

type Taken = { name: string; result: ProfileResult };

function viaReport(text: string): { count: number; taken: Taken[] } {
  const profiles = stdinProfiles(text, index);
  const taken: Taken[] = [];
  profiles.forEach((result, name) => taken.push({ name, result }));
  return { count: profiles.count, taken };
}

function viaFullPath(text: string): Taken[] {
  return splitStdin(text).map((s) => ({ name: s.name, result: checkParsed(s.parsed, index) }));
}

/** The same profiles as the full path, compared as JSON (the scan's records have no prototype). */
function expectSame(text: string): Taken[] {
  const { count, taken } = viaReport(text);
  const full = viaFullPath(text);
  expect(count).toBe(full.length);
  expect(taken.map((t) => t.name)).toEqual(full.map((t) => t.name));
  taken.forEach((t, i) => {
    const f = full[i]!.result;
    expect(t.result.ok, t.name).toBe(f.ok);
    expect(t.result.file).toBe(f.file);
    if (t.result.ok && f.ok) {
      expect(JSON.stringify(t.result.profile)).toBe(JSON.stringify(f.profile));
      expect(t.result.warnings).toEqual(f.warnings);
    } else if (!t.result.ok && !f.ok) {
      expect(t.result.problems).toEqual(f.problems);
    }
  });
  return taken;
}

const fastTaken = (t: Taken) => t.result.ok && Object.getPrototypeOf(t.result.profile.ratings ?? {}) === null;

describe('stdinProfiles gives what the full path gives', () => {
  it('clean lines go by the scan, every other line the full way, same results in the same order', () => {
    const before = prototypeKeys();
    const mixed: string[] = [];
    clean.forEach((line, i) => {
      mixed.push(line);
      if (i < OTHERS.length) mixed.push(OTHERS[i]!);
      if (i % 7 === 0) mixed.push('', '   ', '\t');
    });
    const taken = expectSame(`${mixed.join('\n')}\n`);
    // Every clean line took the scan; none of the others did.
    const names = new Map(mixed.filter((l) => l.trim() !== '').map((line, i) => [`<stdin>#${i + 1}`, line]));
    for (const t of taken) expect(fastTaken(t), names.get(t.name)).toBe(clean.includes(names.get(t.name)!));
    expect(taken.filter(fastTaken)).toHaveLength(clean.length);
    // The bad lines' problems point at their own lines in the stream.
    const bad = taken.find((t) => names.get(t.name) === OTHERS[1]);
    expect(bad?.result).toMatchObject({ ok: false, problems: [{ file: '<stdin>', line: mixed.indexOf(OTHERS[1]!) + 1, rule: 'unknown-reference' }] });
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('CRLF line ends, a byte order mark, blank lines and no final line break', () => {
    const lines = [clean[0]!, OTHERS[0]!, '', clean[1]!, OTHERS[2]!, clean[2]!];
    for (const text of [`\ufeff${lines.join('\r\n')}\r\n`, `\ufeff${lines.join('\n')}`, `\r\n\n${lines.join('\r\n')}`, `  \n${lines.join('\n')}\n\n  \n`]) {
      const taken = expectSame(text);
      expect(taken.filter(fastTaken)).toHaveLength(3);
    }
  });

  it('a line with a stray \\r inside, or ending in two, is still read right', () => {
    expectSame(`${clean[0]!}\r\r\n${clean[1]!.replace(',', ',\r')}\n${clean[2]!}`);
  });

  it('one pretty-printed object, one compact object, and a YAML stream are read as before', () => {
    const pretty = JSON.stringify(JSON.parse(clean[0]!), null, 2);
    expect(expectSame(pretty)).toHaveLength(1);
    expect(expectSame(`${clean[0]!}\n`)).toHaveLength(1);
    expect(expectSame(`${JSON.stringify({ current_role: 'support-technician', ratings: { empathy: 9 } }, null, 2)}\n`)).toHaveLength(1);
    const yaml = 'current_role: support-technician\nratings:\n  empathy: 3\n---\ncurrent_role: nobody\n---\n';
    expect(expectSame(yaml)).toHaveLength(2);
    expect(viaReport('').count).toBe(0);
    expect(viaReport('\n  \n').count).toBe(0);
  });
});
