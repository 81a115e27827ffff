// Synthetic data for the benchmark, deterministic from a seed: frameworks of N roles and S skills in the exact
// layout of data/ (valid against the schemas and the cross-file rules), and teams of profiles against the
// default framework (as a folder of YAML files and as one NDJSON file).
//
// Plain Node ESM, no build step: run.mjs imports it, and test/unit/bench-generate.test.ts keeps it honest
// (the generated framework must load with zero problems, the profiles must parse against the default one).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA = join(ROOT, 'data');

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over a PRNG. */
function tools(seed) {
  const random = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  /** k distinct items of list (k <= list.length), in a random order. */
  const sample = (list, k) => {
    const copy = [...list];
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  };
  return { random, int, pick, chance, sample };
}

// Words for plausible text. Only letters: no YAML indicators (":", "#", quotes) can appear in a sentence.
const WORDS = (
  'customer support ticket queue escalation product knowledge case resolution team service level agreement ' +
  'coaching feedback quality review incident outage workflow process metrics satisfaction survey onboarding ' +
  'training article documentation release notes handover shift schedule priority severity root cause analysis ' +
  'troubleshooting reproduction logs configuration account billing renewal adoption relationship stakeholder ' +
  'engineering colleague peer mentor manager lead director budget forecast staffing hiring performance goal ' +
  'plan project improvement automation report dashboard tool integration channel chat email phone callback ' +
  'empathy patience clarity ownership follow through consistent reliable complex unusual routine difficult ' +
  'calmly quickly clearly independently proactively thoroughly regularly confidently carefully openly'
).split(' ');
const VERBS = 'handles explains resolves documents reviews improves coaches shares prioritises escalates tracks measures designs leads owns plans teaches writes analyses builds'.split(' ');
const NOUNS = 'tickets cases customers colleagues processes articles reports metrics incidents workflows queues projects budgets teams products tools'.split(' ');
const TITLE_WORDS = 'Support Senior Principal Lead Technical Customer Service Operations Knowledge Success Enablement Quality Escalation Product Platform Regional Global Associate Staff Analyst Specialist Engineer Manager Coordinator Advocate Consultant Architect Director'.split(' ');
const SKILL_WORDS = 'ticket triage escalation handling product diagnostics log analysis remote assistance query writing api debugging network basics security hygiene release tracking sla management queue planning workforce forecasting survey design feedback loops peer review call coaching case writing knowledge curation style editing renewal planning adoption tracking demo delivery budget control vendor relations hiring interviews shift rostering incident command root cause tooling automation'.split(' ');
const KINDS = ['training', 'practice', 'certification', 'mentoring', 'reading'];

function sentence(t, minWords, maxWords) {
  const n = t.int(minWords, maxWords);
  const words = [t.pick(VERBS)];
  for (let i = 1; i < n; i++) words.push(i % 5 === 2 ? t.pick(NOUNS) : t.pick(WORDS));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of 1..n sentences, on one line (a plain YAML scalar: letters, spaces and full stops only). */
function paragraph(t, sentences, minWords = 8, maxWords = 18) {
  return Array.from({ length: sentences }, () => sentence(t, minWords, maxWords)).join(' ');
}

/** The default framework's ids, read from data/ (or another framework folder) with the yaml package. */
export function readFrameworkIds(dataDir = DATA) {
  const meta = parse(readFileSync(join(dataDir, 'framework.yaml'), 'utf8'));
  const questions = parse(readFileSync(join(dataDir, 'questions.yaml'), 'utf8')).questions;
  const ids = (folder) =>
    readdirSync(join(dataDir, folder))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => parse(readFileSync(join(dataDir, folder, f), 'utf8')).id);
  return {
    version: meta.version,
    tracks: meta.tracks.map((tr) => ({ id: tr.id, kind: tr.kind })),
    categories: meta.categories.map((c) => c.id),
    roles: ids('roles'),
    skills: ids('skills'),
    questions: questions.map((q) => ({ id: q.id, type: q.type, options: (q.options ?? []).map((o) => o.id) })),
  };
}

const pad = (n, width) => String(n).padStart(width, '0');

/**
 * Writes a framework of `roles` roles and `skills` skills into `dir` (created if needed): framework.yaml and
 * questions.yaml copied from data/, skills/<id>.yaml and roles/<id>.yaml generated.
 *
 * Valid by construction: every role reachable from an entry role (each role above level 1 gets a promotion
 * from a role one level or more below it; the level-1 roles are the entry roles), promotions only go up a
 * level (so no cycles), a skill's target depends only on the skill and the role's level and never decreases
 * with the level (so no promotion lowers a shared target), every skill is required by some role, file names
 * are the ids.
 */
export function generateFramework(dir, { roles: roleCount, skills: skillCount, seed = 1, dataDir = DATA } = {}) {
  if (!(roleCount >= 9)) throw new Error('generateFramework: at least 9 roles (one per level)');
  if (!(skillCount >= 8)) throw new Error('generateFramework: at least 8 skills');
  const t = tools(seed);
  const base = readFrameworkIds(dataDir);
  mkdirSync(join(dir, 'skills'), { recursive: true });
  mkdirSync(join(dir, 'roles'), { recursive: true });
  copyFileSync(join(dataDir, 'framework.yaml'), join(dir, 'framework.yaml'));
  copyFileSync(join(dataDir, 'questions.yaml'), join(dir, 'questions.yaml'));

  // ------------------------------------------------------------------------------------------- skills
  const width = String(Math.max(roleCount, skillCount)).length;
  const skills = [];
  for (let i = 0; i < skillCount; i++) {
    const words = t.sample(SKILL_WORDS, 2);
    const id = `${words.join('-')}-${pad(i + 1, width)}`;
    const category = i < base.categories.length ? base.categories[i] : t.pick(base.categories);
    // The skill's offset: its targets run one level lower than the role's level suggests, or not.
    skills.push({ id, category, offset: t.pick([-1, 0, 0]) });
    const name = `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words[1]} ${i + 1}`;
    const develop = [];
    for (let k = t.int(3, 5); k > 0; k--) {
      const from = t.int(1, 5);
      const action = { kind: t.pick(KINDS), action: paragraph(t, 1, 14, 26) };
      if (t.chance(0.8)) action.levels = [from, t.int(from, 5)];
      develop.push(action);
    }
    const lines = [
      '# yaml-language-server: $schema=../schemas/skill.schema.json',
      `id: ${id}`,
      `name: ${name}`,
      `category: ${category}`,
      'description: >-',
      `  ${paragraph(t, 2, 12, 22)}`,
      `question: ${paragraph(t, 1, 12, 20).replace(/\.$/, '?')}`,
      'anchors:',
      ...[1, 2, 3, 4, 5].map((level) => `  ${level}: ${paragraph(t, 2, 10, 18)}`),
      'develop:',
      ...develop.flatMap((d) => [
        `  - kind: ${d.kind}`,
        `    action: ${d.action}`,
        ...(d.levels ? [`    levels: [${d.levels.join(', ')}]`] : []),
      ]),
    ];
    writeFileSync(join(dir, 'skills', `${id}.yaml`), `${lines.join('\n')}\n`);
  }

  // -------------------------------------------------------------------------------------------- roles
  // Levels 1..9 in order, every level used; the level-1 roles are the entry roles.
  const tracksOf = (kind) => base.tracks.filter((tr) => tr.kind === kind).map((tr) => tr.id);
  const foundation = tracksOf('foundation');
  const upper = [...tracksOf('expert'), ...tracksOf('management'), ...tracksOf('lateral')];
  const roles = [];
  for (let i = 0; i < roleCount; i++) {
    const level = 1 + Math.floor((i * 9) / roleCount);
    const words = t.sample(TITLE_WORDS, 2);
    const id = `${words.join('-').toLowerCase()}-${pad(i + 1, width)}`;
    const track = level <= 3 || upper.length === 0 ? t.pick(foundation.length ? foundation : upper) : t.pick(upper);
    roles.push({ id, level, track, title: `${words.join(' ')} ${i + 1}`, next: [] });
  }
  const byLevel = Array.from({ length: 10 }, () => []);
  for (const r of roles) byLevel[r.level].push(r);

  // Reachability: each role above level 1 is promoted to from a role one level below (else any lower level).
  for (const r of roles) {
    if (r.level === 1) continue;
    const below = byLevel[r.level - 1].length ? byLevel[r.level - 1] : roles.filter((x) => x.level < r.level);
    t.pick(below).next.push({ role: r.id, type: 'promotion' });
  }
  // A few more moves: extra promotions upwards, lateral moves to roles at about the same level.
  for (const r of roles) {
    if (t.chance(0.4)) {
      const higher = byLevel[Math.min(9, r.level + 1)].filter((x) => x.level > r.level);
      const to = higher.length ? t.pick(higher) : undefined;
      if (to && !r.next.some((e) => e.role === to.id)) r.next.push({ role: to.id, type: 'promotion', note: sentence(t, 6, 12) });
    }
    for (let k = t.int(0, 2); k > 0; k--) {
      const to = t.pick(byLevel[r.level]);
      if (to !== r && !r.next.some((e) => e.role === to.id)) r.next.push({ role: to.id, type: 'lateral', note: sentence(t, 6, 12) });
    }
  }

  // Requirements: skill i is required by role i % roles (so every skill is used), plus 10..14 more.
  const required = roles.map(() => new Set());
  skills.forEach((s, i) => required[i % roleCount].add(i));
  required.forEach((set) => {
    const want = t.int(11, 15);
    while (set.size < Math.min(want, skillCount)) set.add(t.int(0, skillCount - 1));
  });
  // Never decreasing with the role's level: promotions only go up, so no shared target is lowered.
  const target = (skill, level) => Math.min(5, Math.max(1, Math.ceil((level * 5) / 9) + skill.offset));

  roles.forEach((r, i) => {
    const reqs = [...required[i]].map((si) => ({ skill: skills[si].id, level: target(skills[si], r.level), importance: t.int(1, 5) }));
    const lines = [
      '# yaml-language-server: $schema=../schemas/role.schema.json',
      `id: ${r.id}`,
      `title: ${r.title}`,
      `level: ${r.level}`,
      `track: ${r.track}`,
      ...(r.level === 1 ? ['entry: true'] : []),
      'summary: >-',
      `  ${paragraph(t, 3, 12, 22)}`,
      'responsibilities:',
      ...Array.from({ length: t.int(4, 6) }, () => `  - ${sentence(t, 10, 20)}`),
      'how_to_get_here:',
      ...Array.from({ length: t.int(3, 4) }, () => `  - ${sentence(t, 10, 20)}`),
      'skills:',
      ...reqs.map((q) => `  - { skill: ${q.skill}, level: ${q.level}, importance: ${q.importance} }`),
      ...(t.chance(0.6) ? ['certifications:', ...Array.from({ length: t.int(1, 2) }, () => `  - ${sentence(t, 3, 6).replace(/\.$/, '')}`)] : []),
      ...(r.next.length
        ? [
            'next:',
            ...r.next.flatMap((e) => [`  - role: ${e.role}`, `    type: ${e.type}`, ...(e.note ? [`    note: ${e.note}`] : [])]),
          ]
        : []),
    ];
    writeFileSync(join(dir, 'roles', `${r.id}.yaml`), `${lines.join('\n')}\n`);
  });

  return { dir, roles: roleCount, skills: skillCount, files: roleCount + skillCount + 2 };
}

/** `count` realistic profiles against the framework whose ids are given (default: data/), as objects. */
export function makeProfiles(count, { seed = 2, ids = readFrameworkIds() } = {}) {
  const t = tools(seed);
  const profiles = [];
  for (let i = 0; i < count; i++) {
    const ratings = {};
    for (const skill of ids.skills) {
      if (t.chance(0.08)) continue; // not asked (a --quick questionnaire)
      ratings[skill] = t.chance(0.06) ? null : t.int(0, 5);
    }
    const preferences = {};
    for (const q of ids.questions) preferences[q.id] = q.type === 'choice' ? t.pick(q.options) : t.int(1, 5);
    const profile = {
      name: `Person ${pad(i + 1, 6)}`,
      current_role: t.pick(ids.roles),
      assessed_on: `2026-${pad(t.int(1, 12), 2)}-${pad(t.int(1, 28), 2)}`,
      framework_version: ids.version,
      ratings,
    };
    const rated = Object.keys(ratings).filter((k) => ratings[k] !== null && ratings[k] >= 4);
    if (rated.length && t.chance(0.5)) {
      profile.evidence = Object.fromEntries(t.sample(rated, Math.min(2, rated.length)).map((k) => [k, sentence(t, 8, 14)]));
    }
    profile.preferences = preferences;
    if (t.chance(0.3)) {
      profile.manager_ratings = Object.fromEntries(t.sample(ids.skills, 10).map((k) => [k, t.int(0, 5)]));
    }
    profiles.push(profile);
  }
  return profiles;
}

/** One profile as YAML, laid out as `rungs assess --save` writes it (keys in its order, the schema line first). */
export function profileYaml(profile) {
  const lines = ['# yaml-language-server: $schema=https://rungs.dev/schemas/v1/profile.schema.json'];
  for (const [key, value] of Object.entries(profile)) {
    if (value !== null && typeof value === 'object') {
      lines.push(`${key}:`);
      for (const [k, v] of Object.entries(value)) lines.push(`  ${k}: ${v === null ? 'null' : v}`);
    } else if (key === 'assessed_on' || key === 'framework_version') {
      lines.push(`${key}: "${value}"`);
    } else {
      lines.push(`${key}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes profiles as <dir>/person-NNNNNN.yaml; returns the folder. */
export function writeProfileFolder(dir, profiles) {
  mkdirSync(dir, { recursive: true });
  profiles.forEach((p, i) => writeFileSync(join(dir, `person-${pad(i + 1, 6)}.yaml`), profileYaml(p)));
  return dir;
}

/** Writes profiles as one NDJSON file (one JSON object per line); returns the file. */
export function writeNdjson(file, profiles) {
  writeFileSync(file, `${profiles.map((p) => JSON.stringify(p)).join('\n')}\n`);
  return file;
}
