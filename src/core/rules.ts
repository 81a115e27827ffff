// The cross-file rules of `rungs validate`: what no single file's schema can check.
// Pure: schema-valid documents in, every problem out, in a stable order whatever the order of the files.
import type { FrameworkDocs, SourceDoc } from './docs.js';
import type { DocPath, PathProblem, Severity } from './problems.js';
import type { FrameworkMeta, Question, Role, Skill } from './types.js';
import { didYouMean, quoteId } from './suggest.js';

const FRAMEWORK_FILE = 'framework.yaml';
const SCALE_LEVELS = [0, 1, 2, 3, 4, 5] as const;
const WEIGHTS_TOLERANCE = 1e-9;

type QuestionsDoc = SourceDoc<{ questions: Question[] }>;

/** What every rule gets: the documents in a stable order, and the ids they declare. */
interface Context {
  framework?: SourceDoc<FrameworkMeta>;
  /** Where framework-wide problems go: the framework's file, or framework.yaml when it is missing. */
  frameworkFile: string;
  skills: readonly SourceDoc<Skill>[];
  roles: readonly SourceDoc<Role>[];
  questions?: QuestionsDoc;
  /** The first document declaring each id (documents sorted by file). */
  skillById: ReadonlyMap<string, SourceDoc<Skill>>;
  roleById: ReadonlyMap<string, SourceDoc<Role>>;
  /** Ids a reference may name without a problem: declared ones plus those of files that failed their schema. */
  known: { skills: ReadonlySet<string>; roles: ReadonlySet<string>; tracks: ReadonlySet<string>; categories: ReadonlySet<string> };
  /** Valid ids, sorted: what "did you mean" suggests from. */
  ids: { skills: string[]; roles: string[]; tracks: string[]; categories: string[] };
  /** Some role files failed their schema: whole-graph rules cannot tell what those roles would have added. */
  hasBrokenRoles: boolean;
}

type Rule = (ctx: Context) => PathProblem[];

function problem(file: string, path: DocPath, severity: Severity, rule: string, message: string, atKey = false): PathProblem {
  return atKey ? { file, path, severity, rule, message, atKey } : { file, path, severity, rule, message };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byFile<T extends { id: string }>(a: SourceDoc<T>, b: SourceDoc<T>): number {
  return compare(a.file, b.file) || compare(a.data.id, b.data.id);
}

function firstById<T extends { id: string }>(docs: readonly SourceDoc<T>[]): Map<string, SourceDoc<T>> {
  const map = new Map<string, SourceDoc<T>>();
  for (const doc of docs) if (!map.has(doc.data.id)) map.set(doc.data.id, doc);
  return map;
}

function sortedUnique(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compare);
}

function buildContext(docs: FrameworkDocs): Context {
  const skills = [...docs.skills].sort(byFile);
  const roles = [...docs.roles].sort(byFile);
  const meta = docs.framework?.data;
  const ids = {
    skills: sortedUnique(skills.map((d) => d.data.id)),
    roles: sortedUnique(roles.map((d) => d.data.id)),
    tracks: sortedUnique(meta?.tracks.map((t) => t.id) ?? []),
    categories: sortedUnique(meta?.categories.map((c) => c.id) ?? []),
  };
  return {
    framework: docs.framework,
    frameworkFile: docs.framework?.file ?? FRAMEWORK_FILE,
    skills,
    roles,
    questions: docs.questions,
    skillById: firstById(skills),
    roleById: firstById(roles),
    known: {
      skills: new Set([...ids.skills, ...docs.brokenIds.skills]),
      roles: new Set([...ids.roles, ...docs.brokenIds.roles]),
      tracks: new Set(ids.tracks),
      categories: new Set(ids.categories),
    },
    ids,
    hasBrokenRoles: docs.brokenIds.roles.length > 0,
  };
}

/** Calls `report` for every item whose key an earlier item already had. */
function eachDuplicate<T, K>(items: readonly T[], key: (item: T) => K, report: (item: T, index: number, first: T, firstIndex: number) => void): void {
  const seen = new Map<K, number>();
  items.forEach((item, index) => {
    const k = key(item);
    const firstIndex = seen.get(k);
    if (firstIndex === undefined) seen.set(k, index);
    else report(item, index, items[firstIndex]!, firstIndex);
  });
}

function fileBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(ya?ml|json)$/i, ''); // JSON framework files are first-class: same rules, same names
}

/** The first requirement for each skill of a role (a repeated one is a duplicate-requirement problem). */
function targets(role: Role): Map<string, { level: number; index: number }> {
  const map = new Map<string, { level: number; index: number }>();
  role.skills.forEach((req, index) => {
    if (!map.has(req.skill)) map.set(req.skill, { level: req.level, index });
  });
  return map;
}

// ---------------------------------------------------------------------------------------------- rules

const missingFramework: Rule = (ctx) =>
  ctx.framework
    ? []
    : [
        problem(
          FRAMEWORK_FILE,
          [],
          'error',
          'missing-framework',
          'no valid framework.yaml: its scale, tracks, categories and scoring settings are needed to check the other files',
        ),
      ];

const duplicateIds: Rule = (ctx) => {
  const out: PathProblem[] = [];
  const acrossFiles = (kind: string, docs: readonly SourceDoc<{ id: string }>[]) =>
    eachDuplicate(docs, (d) => d.data.id, (doc, _i, first) =>
      out.push(problem(doc.file, ['id'], 'error', 'duplicate-id', `duplicate ${kind} id "${doc.data.id}" (also declared in ${first.file})`)),
    );
  acrossFiles('skill', ctx.skills);
  acrossFiles('role', ctx.roles);

  const fw = ctx.framework;
  if (fw) {
    const within = <T>(list: readonly T[], listName: string, key: keyof T & string, what: string) =>
      eachDuplicate(list, (item) => item[key], (item, index, _first, firstIndex) =>
        out.push(
          problem(fw.file, [listName, index, key], 'error', 'duplicate-id', `duplicate ${what} ${JSON.stringify(item[key])} (also declared in ${fw.file} at ${listName}[${firstIndex}])`),
        ),
      );
    within(fw.data.scale, 'scale', 'level', 'scale level');
    within(fw.data.tracks, 'tracks', 'id', 'track id');
    within(fw.data.categories, 'categories', 'id', 'category id');
  }

  const qd = ctx.questions;
  if (qd) {
    const questions = qd.data.questions;
    eachDuplicate(questions, (q) => q.id, (q, index, _first, firstIndex) =>
      out.push(problem(qd.file, ['questions', index, 'id'], 'error', 'duplicate-id', `duplicate question id "${q.id}" (also declared in ${qd.file} at questions[${firstIndex}])`)),
    );
    questions.forEach((q, qi) => {
      if (q.type !== 'choice') return;
      eachDuplicate(q.options, (o) => o.id, (o, index, _first, firstIndex) =>
        out.push(
          problem(qd.file, ['questions', qi, 'options', index, 'id'], 'error', 'duplicate-id', `duplicate option id "${o.id}" in question "${q.id}" (also declared in ${qd.file} at questions[${qi}].options[${firstIndex}])`),
        ),
      );
    });
  }
  return out;
};

const unknownReferences: Rule = (ctx) => {
  const out: PathProblem[] = [];
  const unknown = (file: string, path: DocPath, kind: string, id: string, candidates: string[], atKey = false) =>
    out.push(problem(file, path, 'error', 'unknown-reference', `unknown ${kind} ${quoteId(id)}${didYouMean(id, candidates)}`, atKey));

  for (const { file, data: role } of ctx.roles) {
    role.skills.forEach((req, i) => {
      if (!ctx.known.skills.has(req.skill)) unknown(file, ['skills', i, 'skill'], 'skill', req.skill, ctx.ids.skills);
    });
    (role.next ?? []).forEach((edge, i) => {
      if (!ctx.known.roles.has(edge.role)) unknown(file, ['next', i, 'role'], 'role', edge.role, ctx.ids.roles);
    });
    // Without a framework there are no tracks or categories to check against (missing-framework says so once).
    if (ctx.framework && !ctx.known.tracks.has(role.track)) unknown(file, ['track'], 'track', role.track, ctx.ids.tracks);
  }

  if (!ctx.framework) return out;
  for (const { file, data: skill } of ctx.skills) {
    if (!ctx.known.categories.has(skill.category)) unknown(file, ['category'], 'category', skill.category, ctx.ids.categories);
  }
  const qd = ctx.questions;
  if (qd) {
    const weightKeys = (weights: Record<string, number>, path: DocPath) => {
      for (const key of Object.keys(weights)) {
        if (!ctx.known.tracks.has(key)) unknown(qd.file, [...path, key], 'track', key, ctx.ids.tracks, true);
      }
    };
    qd.data.questions.forEach((q, qi) => {
      if (q.type === 'agree') weightKeys(q.weights, ['questions', qi, 'weights']);
      else q.options.forEach((o, oi) => weightKeys(o.weights, ['questions', qi, 'options', oi, 'weights']));
    });
  }
  return out;
};

const scaleLevels: Rule = (ctx) => {
  const fw = ctx.framework;
  if (!fw) return [];
  // A level given twice is a duplicate-id problem, pointed at the repeated entry; this rule covers gaps and strays.
  const levels = new Set(fw.data.scale.map((s) => s.level));
  const missing = SCALE_LEVELS.filter((l) => !levels.has(l));
  const extra = [...levels].filter((l) => !(SCALE_LEVELS as readonly number[]).includes(l)).sort((a, b) => a - b);
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [
    ...(missing.length ? [`missing ${missing.join(', ')}`] : []),
    ...(extra.length ? [`unexpected ${extra.join(', ')}`] : []),
  ];
  return [problem(fw.file, ['scale'], 'error', 'scale-levels', `the scale must define each level 0 to 5 exactly once: ${parts.join('; ')}`)];
};

const targetOutOfScale: Rule = (ctx) => {
  const scale = ctx.framework?.data.scale ?? [];
  if (scale.length === 0) return [];
  const max = Math.max(...scale.map((s) => s.level));
  const out: PathProblem[] = [];
  for (const { file, data: role } of ctx.roles) {
    role.skills.forEach((req, i) => {
      if (req.level < 1 || req.level > max) {
        out.push(problem(file, ['skills', i, 'level'], 'error', 'target-out-of-scale', `target level ${req.level} for "${req.skill}" is outside the scale: targets go from 1 to ${max}`));
      }
    });
  }
  return out;
};

const noRequiredSkills: Rule = (ctx) =>
  ctx.roles
    .filter((d) => d.data.skills.length === 0)
    .map((d) => problem(d.file, ['skills'], 'error', 'no-required-skills', `role "${d.data.id}" requires no skills, so readiness for it cannot be measured`));

const duplicateRequirement: Rule = (ctx) => {
  const out: PathProblem[] = [];
  for (const { file, data: role } of ctx.roles) {
    eachDuplicate(role.skills, (r) => r.skill, (req, index, _first, firstIndex) =>
      out.push(problem(file, ['skills', index, 'skill'], 'error', 'duplicate-requirement', `skill "${req.skill}" is required twice (first at skills[${firstIndex}])`)),
    );
  }
  return out;
};

const selfReference: Rule = (ctx) => {
  const out: PathProblem[] = [];
  for (const { file, data: role } of ctx.roles) {
    (role.next ?? []).forEach((edge, i) => {
      if (edge.role === role.id) out.push(problem(file, ['next', i, 'role'], 'error', 'self-reference', `role "${role.id}" lists itself as a next role`));
    });
  }
  return out;
};

// A promotion leads up: one to the same or a lower level is a lateral move (or a step down) mislabelled, and
// recommend would present it as the next rung up.
const promotionNotHigher: Rule = (ctx) => {
  const out: PathProblem[] = [];
  for (const { file, data: role } of ctx.roles) {
    (role.next ?? []).forEach((edge, i) => {
      const to = ctx.roleById.get(edge.role)?.data;
      if (edge.type !== 'promotion' || !to || edge.role === role.id || to.level > role.level) return;
      out.push(
        problem(file, ['next', i, 'type'], 'error', 'promotion-not-higher', `"${role.id}" (level ${role.level}) lists a promotion to "${to.id}" at level ${to.level}: a promotion must lead to a higher level (make it type: lateral, or fix the levels)`),
      );
    });
  }
  return out;
};

// The same next role twice: `rungs role` showed it twice and recommend silently kept one of the two.
const duplicateNextRole: Rule = (ctx) => {
  const out: PathProblem[] = [];
  for (const { file, data: role } of ctx.roles) {
    eachDuplicate(role.next ?? [], (e) => e.role, (edge, index, _first, firstIndex) =>
      out.push(problem(file, ['next', index, 'role'], 'error', 'duplicate-next-role', `role "${edge.role}" is listed twice as a next role (first at next[${firstIndex}])`)),
    );
  }
  return out;
};

/**
 * Depth-first search over promotion edges, starting from the lowest roles (by level, then id): every edge back
 * into the current path closes a cycle, reported on that edge. The same cycle reached twice is reported once.
 * Self-edges are self-reference problems, and edges to unknown roles unknown-reference ones. The walk keeps its
 * own stack (a frame per role on the path, with the next edge to follow): a chain of thousands of promotions
 * overflowed the call stack of a recursive one.
 */
const promotionCycle: Rule = (ctx) => {
  const out: PathProblem[] = [];
  const state = new Map<string, 'active' | 'done'>();
  /** The current path, and where each role on it stands. */
  const path: { id: string; doc: SourceDoc<Role>; edge: number }[] = [];
  const onPath = new Map<string, number>();
  const reported = new Set<string>();

  const enter = (id: string) => {
    state.set(id, 'active');
    onPath.set(id, path.length);
    path.push({ id, doc: ctx.roleById.get(id)!, edge: 0 });
  };
  const walk = (start: string) => {
    enter(start);
    while (path.length) {
      const frame = path[path.length - 1]!;
      const next = frame.doc.data.next ?? [];
      if (frame.edge >= next.length) {
        path.pop();
        onPath.delete(frame.id);
        state.set(frame.id, 'done');
        continue;
      }
      const i = frame.edge++;
      const edge = next[i]!;
      if (edge.type !== 'promotion' || edge.role === frame.id || !ctx.roleById.has(edge.role)) continue;
      const s = state.get(edge.role);
      if (s === undefined) enter(edge.role);
      else if (s === 'active') {
        const cycle = path.slice(onPath.get(edge.role)!).map((f) => f.id);
        const first = cycle.reduce((a, b) => (compare(b, a) < 0 ? b : a));
        const at = cycle.indexOf(first);
        const key = [...cycle.slice(at), ...cycle.slice(0, at)].join('\n');
        if (reported.has(key)) continue;
        reported.add(key);
        const listed = [...cycle, edge.role].join(' -> ');
        out.push(problem(frame.doc.file, ['next', i, 'role'], 'error', 'promotion-cycle', `promotion cycle: ${listed}`));
      }
    }
  };

  const starts = [...ctx.roleById.values()].sort((a, b) => a.data.level - b.data.level || compare(a.data.id, b.data.id));
  for (const doc of starts) if (!state.has(doc.data.id)) walk(doc.data.id);
  return out;
};

const noEntryRole: Rule = (ctx) => {
  // A role file that failed its schema may be the entry role: say nothing until it is fixed.
  if (ctx.hasBrokenRoles || ctx.roles.some((d) => d.data.entry === true)) return [];
  return [problem(ctx.frameworkFile, [], 'error', 'no-entry-role', 'no role is an entry role: mark the roles people are hired into with "entry: true"')];
};

const unreachableRole: Rule = (ctx) => {
  const entries = ctx.roles.filter((d) => d.data.entry === true).map((d) => d.data.id);
  // With no entry role every role would be unreachable (no-entry-role says it once); with a broken role file
  // its edges are unknown, so a role may well be reachable through it.
  if (entries.length === 0 || ctx.hasBrokenRoles) return [];
  const edges = new Map<string, string[]>();
  for (const { data: role } of ctx.roles) {
    let list = edges.get(role.id);
    if (!list) edges.set(role.id, (list = []));
    for (const edge of role.next ?? []) list.push(edge.role);
  }
  const reached = new Set<string>(entries);
  const queue = [...entries];
  // Read by index, not shift(): shifting is linear in the queue's length, quadratic over 10,000 roles.
  for (let head = 0; head < queue.length; head++) {
    for (const next of edges.get(queue[head]!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return ctx.roles
    .filter((d) => !reached.has(d.data.id))
    .map((d) => problem(d.file, ['id'], 'error', 'unreachable-role', `role "${d.data.id}" cannot be reached from any entry role: no path of next roles leads to it`));
};

const promotionLowersTarget: Rule = (ctx) => {
  const out: PathProblem[] = [];
  // Each role's targets made once: a role is promoted to from many roles in a large framework.
  const made = new Map<Role, ReturnType<typeof targets>>();
  const targetsOf = (role: Role) => made.get(role) ?? made.set(role, targets(role)).get(role)!;
  for (const { data: from } of ctx.roleById.values()) {
    const fromTargets = targetsOf(from);
    const promotedTo = new Set((from.next ?? []).filter((e) => e.type === 'promotion' && e.role !== from.id).map((e) => e.role));
    for (const toId of promotedTo) {
      const to = ctx.roleById.get(toId);
      if (!to) continue;
      for (const [skill, { level, index }] of targetsOf(to.data)) {
        const before = fromTargets.get(skill);
        if (before && level < before.level) {
          out.push(
            problem(to.file, ['skills', index, 'level'], 'warning', 'promotion-lowers-target', `"${toId}" needs "${skill}" at level ${level}, lower than the level ${before.level} that "${from.id}" (which promotes to it) needs`),
          );
        }
      }
    }
  }
  return out;
};

const unusedSkill: Rule = (ctx) => {
  // A role file that failed its schema may be the one requiring the skill.
  if (ctx.hasBrokenRoles) return [];
  const used = new Set<string>();
  for (const { data } of ctx.roles) for (const req of data.skills) used.add(req.skill);
  return ctx.skills
    .filter((d) => !used.has(d.data.id))
    .map((d) => problem(d.file, ['id'], 'warning', 'unused-skill', `skill "${d.data.id}" is not required by any role`));
};

const weightsSum: Rule = (ctx) => {
  const fw = ctx.framework;
  if (!fw) return [];
  const { readiness, fit, progress = 0 } = fw.data.scoring.weights;
  const sum = readiness + fit + progress;
  if (Math.abs(sum - 1) <= WEIGHTS_TOLERANCE) return [];
  return [
    problem(
      fw.file,
      ['scoring', 'weights'],
      'error',
      'weights-sum',
      `the scoring weights must add up to 1: readiness ${readiness} + fit ${fit} + progress ${progress} = ${Number(sum.toPrecision(12))}`,
    ),
  ];
};

const closeAboveThreshold: Rule = (ctx) => {
  const fw = ctx.framework;
  if (!fw) return [];
  const { close_threshold: close, readiness_threshold: ready } = fw.data.scoring;
  if (close <= ready) return [];
  return [
    problem(fw.file, ['scoring', 'close_threshold'], 'error', 'close-above-threshold', `close_threshold ${close} is above readiness_threshold ${ready}: "close" must mean not quite ready`),
  ];
};

/**
 * A track the preference questions can never favour. An agree answer scales its weights by -1..1, so any
 * non-zero agree weight can favour a track (a negative one by disagreeing); a choice only adds the chosen
 * option's weights, so there it takes a positive weight. Skipped without a valid questions file (reported by
 * the loader), where every track would be flagged.
 */
const unweightedTrack: Rule = (ctx) => {
  const fw = ctx.framework;
  const qd = ctx.questions;
  if (!fw || !qd) return [];
  const favoured = new Set<string>();
  for (const q of qd.data.questions) {
    if (q.type === 'agree') {
      for (const [track, w] of Object.entries(q.weights)) if (w !== 0) favoured.add(track);
    } else {
      for (const o of q.options) for (const [track, w] of Object.entries(o.weights)) if (w > 0) favoured.add(track);
    }
  }
  const out: PathProblem[] = [];
  fw.data.tracks.forEach((t, i) => {
    if (!favoured.has(t.id)) {
      out.push(problem(fw.file, ['tracks', i], 'warning', 'unweighted-track', `no question gives weight to track "${t.id}", so preferences can never favour it`));
    }
  });
  return out;
};

const fileNameMismatch: Rule = (ctx) => {
  const docs: { kind: string; doc: SourceDoc<{ id: string }> }[] = [
    ...ctx.skills.map((doc) => ({ kind: 'skill', doc })),
    ...ctx.roles.map((doc) => ({ kind: 'role', doc })),
  ];
  return docs
    .filter(({ doc }) => fileBaseName(doc.file) !== doc.data.id)
    .map(({ kind, doc }) =>
      problem(doc.file, ['id'], 'warning', 'file-name-mismatch', `${kind} id "${doc.data.id}" does not match the file name "${fileBaseName(doc.file)}": name the file ${doc.data.id}${/\.(ya?ml|json)$/i.exec(doc.file)?.[0] ?? '.yaml'}`),
    );
};

/** Every cross-file rule, in no particular order (the results are sorted). */
const RULES: readonly Rule[] = [
  missingFramework,
  duplicateIds,
  unknownReferences,
  scaleLevels,
  targetOutOfScale,
  noRequiredSkills,
  duplicateRequirement,
  selfReference,
  promotionNotHigher,
  duplicateNextRole,
  promotionCycle,
  noEntryRole,
  unreachableRole,
  promotionLowersTarget,
  unusedSkill,
  weightsSum,
  closeAboveThreshold,
  unweightedTrack,
  fileNameMismatch,
];

function compareProblems(a: PathProblem, b: PathProblem): number {
  return compare(a.file, b.file) || compare(a.path.join('.'), b.path.join('.')) || compare(a.rule, b.rule) || compare(a.message, b.message);
}

/** Every cross-file problem of schema-valid documents, sorted by file, path, rule and message. */
export function checkFramework(docs: FrameworkDocs): PathProblem[] {
  const ctx = buildContext(docs);
  return RULES.flatMap((rule) => rule(ctx)).sort(compareProblems);
}
