// Properties over generated input (fast-check):
// - loading never throws anything but our typed error (RungsError), whatever the bytes of a framework file or
//   a profile;
// - validate reports a problem for every fault injected into a copy of the shipped framework (an unknown
//   reference, a duplicate id, a promotion cycle), with the rule that names it;
// - scores stay in [0, 1] and never fall when a rating rises, on the shipped framework;
// - output is deterministic: the same input twice gives the same stdout, and the order files were written
//   to disk in changes nothing in a report.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { roleReadiness } from '../../src/core/readiness.js';
import { recommend, type Advice } from '../../src/core/recommend.js';
import type { Profile, Role } from '../../src/core/types.js';
import { RungsError } from '../../src/errors.js';
import { splitStdin } from '../../src/io/inputs.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { checkParsed, parseProfile, readProfileFile } from '../../src/io/profile.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { shuffler } from '../unit/arbitraries.js';
import { cli, DATA, FULL_PROFILE, MINI_FILES, writeMini } from './helpers.js';

afterAll(cleanTempDirs);

const shipped = loadFramework(DATA);
const index = indexFramework(shipped.framework!);

/** Runs `f`; a throw that is not a RungsError is the failure (returned as text), anything else passes. */
function onlyTyped(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (error) {
    return error instanceof RungsError ? undefined : `${(error as Error)?.name}: ${(error as Error)?.message}\n${(error as Error)?.stack}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Arbitrary text and bytes, and text made of YAML's own pieces (which reaches much deeper into the parser).

const YAML_PIECES = [
  'a', 'id', 'current_role', 'ratings', 'troubleshooting', 'support-technician', '__proto__', 'constructor', ':', ': ', ' ', '  ', '\n', '\r\n', '\t',
  '- ', '? ', '[', ']', '{', '}', ', ', '&x ', '*x', '!!str ', '!!js/function ', '!t ', '"', "'", '\\', '# c', '---\n', '...\n', '|\n', '>-\n',
  '1.10', '012', '0x1F', '~', 'null', 'true', '.inf', '-1', '5', '%YAML 1.1\n', '<<: ', '\u0000', '\u001b[31m', '\ufeff', '🛠', 'é',
];
const yamlish = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300, unit: 'binary' }), fc.string({ maxLength: 300, unit: 'grapheme' }), yamlish);
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText.map((t) => new Uint8Array(Buffer.from(t))));

describe('loading never throws anything but a RungsError', () => {
  const dir = writeMini(tempDir('rungs-prop-load-'));
  const targets = Object.keys(MINI_FILES);

  it('for any bytes as any framework file (YAML or JSON)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.boolean(), anyBytes, (rel, json, bytes) => {
        const file = json ? rel.replace(/\.yaml$/, '.json') : rel;
        rmSync(join(dir, rel), { force: true });
        writeFileSync(join(dir, file), bytes);
        try {
          const failure = onlyTyped(() => {
            const loaded = loadFramework(dir, { cwd: dir });
            for (const p of loaded.problems) {
              expect(typeof p.message).toBe('string');
              expect(p.line >= 0 && p.column >= 0).toBe(true);
            }
            if (loaded.framework) indexFramework(loaded.framework);
          });
          expect(failure).toBeUndefined();
        } finally {
          rmSync(join(dir, file), { force: true });
          writeFileSync(join(dir, rel), MINI_FILES[rel]!);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('for any text as a profile (YAML, JSON, a stdin stream), and what loads scores without a throw', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, json) => {
        const failure = onlyTyped(() => {
          const result = parseProfile(text, json ? 'p.json' : 'p.yaml', index);
          if (result.ok) recommend(index, result.profile);
          for (const s of splitStdin(text)) {
            const r = checkParsed(s.parsed, index);
            if (r.ok) recommend(index, r.profile);
          }
        });
        expect(failure).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('for any bytes as a profile file', () => {
    const dir2 = tempDir('rungs-prop-bytes-');
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        writeFileSync(join(dir2, 'p.yaml'), bytes);
        expect(onlyTyped(() => readProfileFile(join(dir2, 'p.yaml'), index))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('for a valid profile with one field replaced by any YAML', () => {
    const lines = FULL_PROFILE.split('\n');
    fc.assert(
      fc.property(fc.nat({ max: lines.length - 1 }), yamlish, (at, piece) => {
        const text = [...lines.slice(0, at), piece, ...lines.slice(at + 1)].join('\n');
        expect(onlyTyped(() => parseProfile(text, 'p.yaml', index))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Injected faults in a copy of the shipped framework.

const ROLE_FILES = readdirSync(join(DATA, 'roles')).sort();
const SKILL_FILES = readdirSync(join(DATA, 'skills')).sort();
const ROLES = new Map(ROLE_FILES.map((f) => [f, parseYaml(readFileSync(join(DATA, 'roles', f), 'utf8')) as Role]));
const ROLE_FILE_BY_ID = new Map([...ROLES].map(([f, r]) => [r.id, f]));

function copyShipped(): string {
  const dir = tempDir('rungs-prop-fault-');
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
const read = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8');
const lineOf = (text: string, needle: RegExp) => text.split('\n').findIndex((l) => needle.test(l)) + 1;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Appends a move to a role file's next list (creating the list when the role has none). */
function addNext(text: string, role: string, type: 'promotion' | 'lateral'): string {
  const entry = `  - { role: ${role}, type: ${type} }\n`;
  return /^next:\s*$/m.test(text) ? text.replace(/^next:\s*\n/m, (m) => `${m}${entry}`) : `${text.replace(/\n*$/, '\n')}next:\n${entry}`;
}

describe('validate reports a problem for every injected fault, with the right rule', () => {
  const load = (dir: string) => loadFramework(dir, { cwd: dir }).problems.filter((p) => p.severity === 'error');

  it('an unknown reference (a skill, a role, a track or a category, anywhere)', () => {
    fc.assert(
      fc.property(fc.constantFrom('skill', 'next', 'track', 'category', 'weight'), fc.nat(), fc.nat(), (what, a, b) => {
        const dir = copyShipped();
        let file: string;
        let line: number;
        if (what === 'category') {
          file = join('skills', SKILL_FILES[a % SKILL_FILES.length]!);
          const text = read(dir, file);
          writeFileSync(join(dir, file), text.replace(/^category: (.*)$/m, 'category: $1-nowhere'));
          line = lineOf(text, /^category:/);
        } else if (what === 'weight') {
          file = 'questions.yaml';
          const text = read(dir, file);
          const weightLines = text.split('\n').map((l, i) => [l, i] as const).filter(([l]) => /weights: \{ [a-z-]+:/.test(l));
          const [l, i] = weightLines[a % weightLines.length]!;
          const lines = text.split('\n');
          lines[i] = l.replace(/weights: \{ ([a-z-]+):/, 'weights: { $1-nowhere:');
          writeFileSync(join(dir, file), lines.join('\n'));
          line = i + 1;
        } else {
          const roleFile = ROLE_FILES[a % ROLE_FILES.length]!;
          file = join('roles', roleFile);
          const role = ROLES.get(roleFile)!;
          const text = read(dir, file);
          if (what === 'track') {
            writeFileSync(join(dir, file), text.replace(/^track: (.*)$/m, 'track: $1-nowhere'));
            line = lineOf(text, /^track:/);
          } else if (what === 'skill' || (role.next ?? []).length === 0) {
            const req = role.skills[b % role.skills.length]!;
            writeFileSync(join(dir, file), text.replace(new RegExp(`skill: ${esc(req.skill)}\\b`), `skill: ${req.skill}-nowhere`));
            line = lineOf(text, new RegExp(`skill: ${esc(req.skill)}\\b`));
          } else {
            const edge = role.next![b % role.next!.length]!;
            writeFileSync(join(dir, file), text.replace(new RegExp(`role: ${esc(edge.role)}\\b`), `role: ${edge.role}-nowhere`));
            line = lineOf(text, new RegExp(`role: ${esc(edge.role)}\\b`));
          }
        }
        const errors = load(dir);
        expect(errors).toContainEqual(expect.objectContaining({ file, line, rule: 'unknown-reference', message: expect.stringMatching(/-nowhere/) }));
      }),
      { numRuns: 12 },
    );
  });

  it('a duplicate id (a skill or role file read twice, or a track, category or question id given twice)', () => {
    fc.assert(
      fc.property(fc.constantFrom('skill', 'role', 'track', 'category', 'question'), fc.nat(), (what, a) => {
        const dir = copyShipped();
        let file: string;
        if (what === 'skill' || what === 'role') {
          const list = what === 'skill' ? SKILL_FILES : ROLE_FILES;
          const source = join(`${what}s`, list[a % list.length]!);
          file = join(`${what}s`, 'nested', list[a % list.length]!); // same name in a subfolder: same id, no name mismatch
          mkdirSync(join(dir, `${what}s`, 'nested'));
          writeFileSync(join(dir, file), read(dir, source));
          const errors = load(dir);
          expect(errors.filter((p) => p.rule === 'duplicate-id').map((p) => p.file)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${what}s/`))]));
          return;
        }
        if (what === 'question') {
          file = 'questions.yaml';
          const text = read(dir, file);
          const ids = [...text.matchAll(/^ {2}- id: ([a-z-]+)$/gm)].map((m) => m[1]!);
          const [first, second] = [ids[a % ids.length]!, ids[(a + 1) % ids.length]!];
          writeFileSync(join(dir, file), text.replace(new RegExp(`^  - id: ${esc(second)}$`, 'm'), `  - id: ${first}`));
        } else {
          file = 'framework.yaml';
          const text = read(dir, file);
          const list = what === 'track' ? 'tracks' : 'categories';
          // the list's own lines: from "tracks:" to the next top-level key
          const start = text.indexOf(`\n${list}:`);
          const end = text.slice(start + 1).search(/\n[a-z_]+:/) + start + 1;
          const section = text.slice(start, end);
          const ids = [...section.matchAll(/^ {2}- (?:\{ )?id: ([a-z-]+)/gm)].map((m) => m[1]!);
          const [first, second] = [ids[a % ids.length]!, ids[(a + 1) % ids.length]!];
          const changed = section.replace(new RegExp(`^(  - (?:\\{ )?id: )${esc(second)}(?=[\\s,}]|$)`, 'm'), `$1${first}`);
          expect(changed).not.toBe(section);
          writeFileSync(join(dir, file), text.slice(0, start) + changed + text.slice(end));
        }
        expect(load(dir)).toContainEqual(expect.objectContaining({ file, rule: 'duplicate-id' }));
      }),
      { numRuns: 12 },
    );
  });

  it('a promotion cycle (a promotion from a role back to one below it on its path)', () => {
    const promotions = (id: string) => (ROLES.get(ROLE_FILE_BY_ID.get(id)!)!.next ?? []).filter((e) => e.type === 'promotion').map((e) => e.role);
    const starts = [...ROLE_FILE_BY_ID.keys()].filter((id) => promotions(id).length > 0).sort();
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (a, steps) => {
        const from = starts[a % starts.length]!;
        let at = from;
        for (const step of steps) {
          const next = promotions(at);
          if (next.length === 0) break;
          at = next[step % next.length]!;
        }
        fc.pre(at !== from);
        const dir = copyShipped();
        const file = join('roles', ROLE_FILE_BY_ID.get(at)!);
        writeFileSync(join(dir, file), addNext(read(dir, file), from, 'promotion'));
        expect(load(dir)).toContainEqual(expect.objectContaining({ rule: 'promotion-cycle' }));
      }),
      { numRuns: 12 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Scores on the shipped framework.

const arbProfile: fc.Arbitrary<Profile> = fc.record({
  current_role: fc.constantFrom(...index.roleIds),
  ratings: fc.dictionary(fc.constantFrom(...index.skillIds), fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null)), { maxKeys: 30 }),
  preferences: fc.tuple(
    ...index.questionIds.map((id) => {
      const q = index.questions.get(id)!;
      return fc.option(q.type === 'agree' ? fc.integer({ min: 1, max: 5 }) : fc.constantFrom<number | string>(...q.options.map((o) => o.id)), { nil: undefined });
    }),
  ).map((answers) => Object.fromEntries(answers.flatMap((answer, i) => (answer === undefined ? [] : [[index.questionIds[i]!, answer]])))),
  manager_ratings: fc.dictionary(fc.constantFrom(...index.skillIds), fc.integer({ min: 0, max: 5 }), { maxKeys: 5 }),
});

function numbers(advice: Advice): number[] {
  return [advice.readiness, ...advice.readiness_range, advice.fit, advice.score, ...advice.alternatives.flatMap((a) => [a.readiness, a.fit, a.score])];
}

describe('scores on the shipped framework', () => {
  it('stay in [0, 1], with low <= readiness <= high', () => {
    fc.assert(
      fc.property(arbProfile, (profile) => {
        const advice = recommend(index, profile);
        for (const n of numbers(advice)) expect(n >= 0 && n <= 1, JSON.stringify(numbers(advice))).toBe(true);
        for (const role of index.roles.values()) {
          const r = roleReadiness(index, profile, role);
          expect(0 <= r.low && r.low <= r.readiness + 1e-12 && r.readiness <= r.high + 1e-12 && r.high <= 1).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never fall for any role when one rating rises (unknown -> rated counts as rising from nothing known)', () => {
    fc.assert(
      fc.property(arbProfile, fc.constantFrom(...index.skillIds), fc.integer({ min: 1, max: 5 }), (profile, skill, step) => {
        const before = profile.ratings[skill];
        fc.pre(typeof before === 'number' && before < 5);
        const raised = { ...profile, ratings: { ...profile.ratings, [skill]: Math.min(5, before + step) } };
        for (const role of index.roles.values()) {
          const a = roleReadiness(index, profile, role);
          const b = roleReadiness(index, raised, role);
          expect(b.readiness).toBeGreaterThanOrEqual(a.readiness - 1e-12);
          expect(b.low).toBeGreaterThanOrEqual(a.low - 1e-12);
          expect(b.high).toBeGreaterThanOrEqual(a.high - 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Deterministic output, through the CLI.

describe('deterministic output', () => {
  const personas = join(DATA, '..', 'test', 'fixtures', 'personas');
  const files = readdirSync(personas).filter((f) => f.endsWith('.yaml')).sort();

  it.concurrent.each([
    ['recommend (text)', ['recommend', join(personas, files[0]!)]],
    ['recommend (json)', ['recommend', join(personas, files[1]!), '-f', 'json']],
    ['plan (markdown)', ['plan', join(personas, files[2]!), '--to', 'chief-customer-officer', '-f', 'markdown']],
    ['report (html)', ['report', personas, '-f', 'html']],
    ['report (csv)', ['report', personas, '-f', 'csv']],
    ['validate (json) of a copy of the shipped framework', ['validate', '__COPY__', '-f', 'json']],
  ])('%s: the same input twice gives the same stdout', async (_, args) => {
    const dir = tempDir('rungs-det-');
    const copy = join(dir, 'fw');
    cpSync(DATA, copy, { recursive: true });
    const argv = args.map((a) => (a === '__COPY__' ? 'fw' : a));
    const [one, two] = await Promise.all([cli(argv, { cwd: dir }), cli(argv, { cwd: dir })]);
    expect(one.code).toBe(two.code);
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('files written to disk in another order (and inputs named in another order) give the same report JSON', async () => {
    const dir = tempDir('rungs-det-');
    const texts = files.map((f) => [f, readFileSync(join(personas, f), 'utf8')] as const);
    for (const [name, seed] of [['a', 1], ['b', 2]] as const) {
      mkdirSync(join(dir, name, 'team', 'sub'), { recursive: true });
      for (const [f, text] of shuffler(seed)(texts)) writeFileSync(join(dir, name, 'team', f.startsWith('n') ? join('sub', f) : f), text);
    }
    const shuffledArgs = shuffler(3)(files.map((f) => (f.startsWith('n') ? `team/sub/${f}` : `team/${f}`)));
    const [a, b, c] = await Promise.all([
      cli(['report', 'team', '-f', 'json'], { cwd: join(dir, 'a') }),
      cli(['report', 'team', '-f', 'json'], { cwd: join(dir, 'b') }),
      cli(['report', ...shuffledArgs, '-f', 'json'], { cwd: join(dir, 'b') }),
    ]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(c.stdout)).toEqual(JSON.parse(a.stdout));
  });

  it('a framework written to disk in another order validates and advises the same', async () => {
    const dir = tempDir('rungs-det-');
    const all: string[] = [];
    const walk = (rel: string) => {
      for (const e of readdirSync(join(DATA, rel), { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(rel, e.name));
        else all.push(join(rel, e.name));
      }
    };
    walk('');
    for (const [name, seed] of [['a', 4], ['b', 5]] as const) {
      for (const rel of shuffler(seed)(all)) {
        mkdirSync(join(dir, name, rel, '..'), { recursive: true });
        writeFileSync(join(dir, name, rel), readFileSync(join(DATA, rel)));
      }
    }
    writeFileSync(join(dir, 'me.yaml'), FULL_PROFILE);
    const [va, vb, ra, rb] = await Promise.all([
      cli(['validate', 'a', '-f', 'json'], { cwd: dir }),
      cli(['validate', 'b', '-f', 'json'], { cwd: dir }),
      cli(['recommend', 'me.yaml', '--data', 'a', '-f', 'json'], { cwd: dir }),
      cli(['recommend', 'me.yaml', '--data', 'b', '-f', 'json'], { cwd: dir }),
    ]);
    expect(va.code).toBe(0);
    const normalise = (json: string) => json.replace(/"(a|b)(\/|")/g, '"X$2');
    expect(normalise(vb.stdout)).toBe(normalise(va.stdout));
    expect(ra.code).toBe(0);
    expect(rb.stdout).toBe(ra.stdout);
  });
});
