// `__proto__`, `constructor` and `prototype` as keys and as ids, run in-process through the loaders, the
// scoring, the team report and every renderer: no prototype pollution (Object.prototype gains no key, and
// `({}).polluted` stays undefined), no NaN from a lookup that reached Object.prototype, and no code from a
// data file ever runs (YAML tags are refused, not resolved).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexFramework, type FrameworkIndex } from '../../src/core/index-framework.js';
import { planRoute } from '../../src/core/plan.js';
import { roleReadiness } from '../../src/core/readiness.js';
import { recommend } from '../../src/core/recommend.js';
import { buildTeamReport } from '../../src/core/team.js';
import type { Profile } from '../../src/core/types.js';
import { splitStdin } from '../../src/io/inputs.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { checkParsed, parseProfile } from '../../src/io/profile.js';
import { FORMATS } from '../../src/render/formats.js';
import { render } from '../../src/render/registry.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { MINI_FILES, prototypeKeys, writeMini } from './helpers.js';

const BEFORE = prototypeKeys();
const polluted = () => ({ object: ({} as Record<string, unknown>).polluted, array: ([] as unknown as Record<string, unknown>).polluted, fn: ((() => 0) as unknown as Record<string, unknown>).polluted });
function assertClean(): void {
  expect(prototypeKeys()).toEqual(BEFORE);
  expect(polluted()).toEqual({ object: undefined, array: undefined, fn: undefined });
  expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
}
afterAll(() => {
  assertClean();
  cleanTempDirs();
});

/** Every number in a value is finite: a rating or weight looked up on Object.prototype would give NaN. */
function finiteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'function') return [`${path} is a function`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => finiteNumbers(v, `${path}.${k}`));
}

// A framework whose skills, roles, tracks, categories, questions and options are called constructor and
// prototype (valid kebab-case ids), next to the small framework's own.
const PROTO_IDS: Record<string, string> = {
  'framework.yaml': MINI_FILES['framework.yaml']!
    .replace(/^tracks:\n/m, 'tracks:\n  - { id: constructor, name: Constructor track, kind: lateral, description: A track named constructor. }\n  - { id: prototype, name: Prototype track, kind: lateral, description: A track named prototype. }\n')
    .replace(/^categories:\n/m, 'categories:\n  - { id: prototype, name: Prototype }\n'),
  'skills/constructor.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^id: .*$/m, 'id: constructor').replace(/^category: .*$/m, 'category: prototype'),
  'skills/prototype.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^id: .*$/m, 'id: prototype'),
  'roles/support-technician.yaml': `${MINI_FILES['roles/support-technician.yaml']!}  - { role: constructor, type: lateral }\n`,
  'roles/constructor.yaml': `id: constructor
title: Constructor
level: 2
track: constructor
summary: A role named constructor.
responsibilities: [Build things.]
how_to_get_here: [Start as a technician.]
skills:
  - { skill: constructor, level: 3, importance: 5 }
  - { skill: prototype, level: 2, importance: 3 }
  - { skill: troubleshooting, level: 2, importance: 2 }
next:
  - { role: prototype, type: promotion }
`,
  'roles/prototype.yaml': `id: prototype
title: Prototype
level: 3
track: prototype
summary: A role named prototype.
responsibilities: [Lead things.]
how_to_get_here: [Be a constructor.]
skills:
  - { skill: prototype, level: 4, importance: 5 }
`,
  'questions.yaml': `${MINI_FILES['questions.yaml']!}  - id: prototype
    type: agree
    text: A question named prototype.
    weights: { constructor: 1, prototype: -0.5 }
  - id: constructor
    type: choice
    text: A question named constructor.
    options:
      - { id: constructor, label: The constructor option, weights: { constructor: 1 } }
      - { id: prototype, label: The prototype option, weights: { prototype: 1 } }
`,
};

let index: FrameworkIndex;
beforeAll(() => {
  const dir = writeMini(tempDir('rungs-proto-'), PROTO_IDS);
  const loaded = loadFramework(dir, { cwd: dir });
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  index = indexFramework(loaded.framework!);
});

async function everything(profiles: Profile[]): Promise<void> {
  for (const profile of profiles) {
    const advice = recommend(index, profile);
    expect(finiteNumbers(advice)).toEqual([]);
    for (const format of FORMATS.advice) await render('advice', format, advice, { color: true, width: 100 });
    for (const target of index.roleIds) {
      const plan = planRoute(index, profile, target);
      expect(finiteNumbers(plan)).toEqual([]);
    }
  }
  const report = buildTeamReport(index, profiles.map((profile, i) => ({ file: `p${i}.yaml`, profile })), [], { read: profiles.length, used: profiles.length, rejected: 0 });
  expect(finiteNumbers(report)).toEqual([]);
  for (const format of FORMATS.report) await render('report', format, report, { color: true, width: 100 });
}

describe('constructor and prototype as ids', () => {
  it('load, index and score like any other id; an unrated one is unknown, not Object.prototype.constructor', async () => {
    expect(index.skillIds).toEqual(expect.arrayContaining(['constructor', 'prototype']));
    const unrated: Profile = { current_role: 'support-technician', ratings: { troubleshooting: 3 } };
    const rated: Profile = { current_role: 'constructor', ratings: { constructor: 5, prototype: 4, troubleshooting: 2 }, preferences: { prototype: 5, constructor: 'prototype' }, manager_ratings: { constructor: 3 } };
    await everything([unrated, rated]);
    // The role "constructor" needs the skills "constructor" and "prototype", which the profile does not rate:
    // both are unknown (the range opens up), never a value found on Object.prototype.
    const r = roleReadiness(index, unrated, index.roles.get('constructor')!);
    expect(r).toMatchObject({ known: 1, unknown: 2 });
    expect(r.low).toBeLessThan(r.high);
    expect(JSON.stringify(recommend(index, unrated))).not.toMatch(/function|NaN/);
    expect(recommend(index, rated).current_role.id).toBe('constructor');
    assertClean();
  });

  it('profiles that answer with those ids parse from YAML and JSON', () => {
    const yaml = 'current_role: constructor\nratings:\n  constructor: 5\n  prototype: 4\npreferences:\n  prototype: 5\n  constructor: prototype\n';
    const json = JSON.stringify({ current_role: 'prototype', ratings: { constructor: 1, prototype: 2 }, preferences: { constructor: 'constructor' } });
    for (const [text, file] of [[yaml, 'p.yaml'], [json, 'p.json']] as const) {
      const result = parseProfile(text, file, index);
      expect(result.ok, JSON.stringify(result)).toBe(true);
    }
    assertClean();
  });
});

// Hostile keys: each a profile or a framework file that tries to reach Object.prototype.
const HOSTILE_PROFILES: [string, string][] = [
  ['__proto__ at the top (YAML)', 'current_role: support-technician\n__proto__:\n  polluted: yes\n'],
  ['__proto__ in ratings (YAML)', 'current_role: support-technician\nratings:\n  __proto__:\n    polluted: 1\n'],
  ['__proto__ as a rated skill (YAML)', 'current_role: support-technician\nratings:\n  __proto__: 3\n'],
  ['__proto__ in preferences and evidence (YAML)', 'current_role: support-technician\npreferences:\n  __proto__: 5\nevidence:\n  __proto__: polluted\n'],
  ['constructor.prototype (YAML)', 'current_role: support-technician\nconstructor:\n  prototype:\n    polluted: yes\n'],
  ['__proto__ through a merge key (YAML 1.1 directive)', '%YAML 1.1\n---\ncurrent_role: support-technician\nratings:\n  <<: { __proto__: { polluted: 1 } }\n'],
  ['__proto__ through an alias', 'base: &b { polluted: yes }\ncurrent_role: support-technician\n__proto__: *b\n'],
  ['__proto__ at the top (JSON)', '{"current_role": "support-technician", "__proto__": {"polluted": true}}'],
  ['__proto__ in manager_ratings (JSON)', '{"current_role": "support-technician", "manager_ratings": {"__proto__": {"polluted": 1}}}'],
  ['constructor.prototype (JSON)', '{"current_role": "support-technician", "ratings": {"constructor": {"prototype": {"polluted": 1}}}}'],
];

describe('__proto__, constructor and prototype as keys', () => {
  it.each(HOSTILE_PROFILES)('%s: rejected with a problem, nothing polluted', (name, text) => {
    const file = /JSON/.test(name) ? 'p.json' : 'p.yaml';
    const result = parseProfile(text, file, index);
    expect(result.ok, JSON.stringify(result)).toBe(false);
    if (!result.ok) for (const p of result.problems) expect(p.file).toBe(file);
    assertClean();
  });

  it.each(HOSTILE_PROFILES.filter(([name]) => !/JSON/.test(name)))('%s: the same on a stdin stream', (_, text) => {
    for (const s of splitStdin(`${text}\n`)) {
      const result = checkParsed(s.parsed, index);
      expect(result.ok).toBe(false);
    }
    assertClean();
  });

  it('__proto__, constructor and prototype as keys in framework files are problems, not pollution', () => {
    // framework.yaml on its own: while it is broken, tracks and categories cannot be checked.
    const broken = loadFramework(writeMini(tempDir('rungs-proto-'), { ...PROTO_IDS, 'framework.yaml': `${PROTO_IDS['framework.yaml']!}__proto__:\n  polluted: yes\n` }));
    expect(broken.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/unknown property "__proto__"/) }));
    const dir = writeMini(tempDir('rungs-proto-'), {
      ...PROTO_IDS,
      'questions.yaml': PROTO_IDS['questions.yaml']!.replace('weights: { constructor: 1, prototype: -0.5 }', 'weights: { __proto__: 1, constructor: 1 }'),
      'skills/prototype.yaml': `${PROTO_IDS['skills/prototype.yaml']!}constructor:\n  prototype:\n    polluted: yes\n`,
      'roles/prototype.yaml': PROTO_IDS['roles/prototype.yaml']!.replace('skills:\n', 'skills:\n  - { skill: __proto__, level: 2, importance: 2 }\n'),
    });
    writeFileSync(join(dir, 'extra.json'), '{"__proto__": {"polluted": true}}'); // not part of the layout: a warning
    const loaded = loadFramework(dir, { cwd: dir });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ file: join('skills', 'prototype.yaml'), message: expect.stringMatching(/unknown property "constructor"/) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'questions.yaml', rule: 'unknown-reference', message: expect.stringMatching(/unknown track "__proto__"/) }));
    expect(errors).toContainEqual(expect.objectContaining({ file: join('roles', 'prototype.yaml'), message: expect.stringMatching(/unknown skill "__proto__"/) }));
    assertClean();
  });
});

describe('no code from a data file runs', () => {
  const tags = ['!!js/function "function () { globalThis.pwned = true }"', '!!js/undefined ""', '!!js/regexp /x/', '!!python/object/apply:os.system ["touch /tmp/pwned"]', '!!binary aGVsbG8=', '!!set { a, b }', '!!omap [ a: 1 ]', '!!timestamp 2025-01-01', '!custom value', '!<tag:yaml.org,2002:js/function> "function () {}"'];
  it.each(tags)('name: %s is refused as an unsupported tag (YAML file and stdin stream)', (tag) => {
    const text = `current_role: support-technician\nname: ${tag}\n`;
    const result = parseProfile(text, 'p.yaml', index);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ line: 2, column: 7, rule: 'unsupported-tag', message: expect.stringMatching(/^the YAML tag \S+ is not supported/) }));
    const [streamed] = splitStdin(text);
    expect(streamed!.parsed.problems).toContainEqual(expect.objectContaining({ rule: 'unsupported-tag' }));
    assertClean();
  });

  it('a framework file with a tag is refused, and the framework is not built from it', () => {
    const dir = writeMini(tempDir('rungs-tag-'), { 'skills/troubleshooting.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^name: .*$/m, 'name: !!js/function "function () { globalThis.pwned = true }"') });
    const loaded = loadFramework(dir, { cwd: dir });
    expect(loaded.problems).toContainEqual(expect.objectContaining({ file: join('skills', 'troubleshooting.yaml'), rule: 'unsupported-tag' }));
    expect(loaded.framework?.skills.map((s) => s.id)).not.toContain('troubleshooting');
    assertClean();
  });
});
