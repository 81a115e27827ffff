// The team report: every person's advice, and what the team as a whole needs (a skills picture, training
// needs, bench strength, calibration). Pure: the command reads the files, this only aggregates.
//
// The shape of TeamReport is a JSON contract (`rungs report -f json`): snake_case keys, numbers to 3 decimals,
// and an order that never depends on the order the profiles came in (people by name, then file).
//
// Cost: one FrameworkIndex for the whole team; per person, recommend() (the roles one move away) plus one
// roleReadiness per bench role (a fixed set, independent of the team's size) and a pass over the person's own
// ratings. Nothing compares people with each other, so 10,000 profiles stay linear.
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import type { Problem } from './problems.js';
import { sortProblems } from './problems.js';
import { roleReadiness } from './readiness.js';
import { recommend } from './recommend.js';
import type { DevelopAction, Profile, Role, TrackKind } from './types.js';
import { round3 } from './wording.js';

export interface TeamInput {
  /** How the profile is named in the report: its path, or `<stdin>#N`. */
  file: string;
  profile: Profile;
  /** Problems of severity warning found while reading it (e.g. an older framework version). */
  warnings?: readonly Problem[];
}

export interface ReportCounts {
  /** Profiles read: files plus documents on stdin. */
  read: number;
  used: number;
  rejected: number;
}

export interface RoleTitle {
  id: string;
  title: string;
}

export interface PersonGap {
  skill: string;
  name: string;
  /** null: not rated. */
  current: number | null;
  target: number;
  importance: number;
}

export interface PersonRow {
  file: string;
  name: string | null;
  current_role: RoleTitle;
  /** null at the top of a path: then readiness, fit and gaps are about the current role. */
  next_role: RoleTitle | null;
  readiness: number;
  fit: number;
  ready: boolean;
  /** Core skills rated too far below their target: any one of them means not ready, whatever the readiness. */
  gated: string[];
  /** Required skills of next_role the person did not rate: with too many, a high readiness is not "ready". */
  unrated: number;
  /** The three gaps to work on first (importance x shortfall). */
  top_gaps: PersonGap[];
  /** Every gap toward next_role, most important first. */
  gaps: PersonGap[];
  warnings: string[];
}

export interface PersonRef {
  file: string;
  name: string | null;
}

/** One skill across the team: the data of the heat map. */
export interface SkillPicture {
  skill: string;
  name: string;
  category: string;
  category_name: string;
  /** People rating themselves at each level 0..5 (index = level). */
  levels: number[];
  /** People who did not rate it (left out or "not sure"). */
  unknown: number;
  /** People whose recommended next role (their current one at the top of a path) requires it. */
  needed_by: number;
  /** Of those, how many need it at each target level 0..5. */
  targets: number[];
  /** Of those, how many are rated below the target. */
  short: number;
}

export interface TrainingNeed {
  skill: string;
  name: string;
  category: string;
  /** People rated below their next role's target for this skill. */
  count: number;
  /** Sum of importance x shortfall over those people: the tie-break, and how much is at stake. */
  weight: number;
  /** People whose next role needs the skill but who did not rate it (not counted as short). */
  unrated: number;
  /** The median current level and target among those short: what the actions below are chosen for. */
  typical: { current: number; target: number };
  people: (PersonRef & { current: number; target: number; importance: number })[];
  /** The skill's development actions for the typical gap (all of them when none is aimed at it). */
  develop: DevelopAction[];
}

export interface BenchPerson extends PersonRef {
  current_role: string;
  readiness: number;
  /** Core skills too far below their target (ready needs none). */
  gated: string[];
  /** The role's required skills the person did not rate (readiness counts only the rated ones). */
  unrated: number;
}

export interface BenchRole {
  role: { id: string; title: string; level: number; track: string; track_kind: TrackKind };
  /** People who hold the role now. */
  holders: number;
  /** People for whom it is the recommended next role. */
  recommended_for: number;
  /** readiness >= the ready threshold and no gated core skill. */
  ready: BenchPerson[];
  /** readiness >= the close threshold with enough of the role's skills rated, not ready yet. */
  close: BenchPerson[];
}

export interface CalibrationFlag extends PersonRef {
  skill: string;
  skill_name: string;
  self: number;
  manager: number;
  /** self - manager: positive when the person rates themselves higher. */
  difference: number;
}

export interface CalibrationSkill {
  skill: string;
  name: string;
  /** Self/manager pairs for this skill. */
  compared: number;
  flagged: number;
  self_higher: number;
  manager_higher: number;
  /** Mean of self - manager over the pairs. */
  mean_difference: number;
}

export interface Calibration {
  /** Profiles that carry manager_ratings. */
  profiles: number;
  /** Self/manager pairs compared (both rated). */
  compared: number;
  flagged: CalibrationFlag[];
  by_skill: CalibrationSkill[];
}

export interface ReportError {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface TeamSummary extends ReportCounts {
  /** Ready for their recommended next role now. */
  ready_now: number;
  /** Not ready, but at or above the close threshold for their next role. */
  close: number;
  /** At the top of their path (no next role). */
  top_of_path: number;
  with_warnings: number;
  with_manager_ratings: number;
  calibration_flags: number;
  training_needs: number;
}

export interface TeamReport {
  framework: { name: string; version: string };
  thresholds: { ready: number; close: number; calibration_gap: number };
  summary: TeamSummary;
  people: PersonRow[];
  team: {
    skills: SkillPicture[];
    training_needs: TrainingNeed[];
    bench: BenchRole[];
    calibration: Calibration;
  };
  errors: ReportError[];
}

const BENCH_KINDS: ReadonlySet<TrackKind> = new Set(['expert', 'management', 'lateral']);
/** Lead roles: the rung from which the expert and management paths run parallel. */
const BENCH_MIN_LEVEL = 5;
/** A bench is the people within reach of a role: at most this many rungs below it (a technician is nobody's CCO bench). */
export const BENCH_REACH = 2;

export function buildTeamReport(index: FrameworkIndex, people: readonly TeamInput[], errors: readonly Problem[], counts: ReportCounts): TeamReport {
  const { meta } = index.framework;
  const { scoring } = meta;

  // Advice first, then the canonical order: everything below iterates people in that order.
  const advised = people
    .map((input) => ({ input, advice: recommend(index, input.profile) }))
    .map(({ input, advice }) => ({ input, advice, row: personRow(index, input, advice) }))
    .sort((a, b) => comparePeople(a.row, b.row));

  const skillAcc = new Map<string, { levels: number[]; needed: number; targets: number[]; short: number }>();
  for (const id of index.skillIds) skillAcc.set(id, { levels: zeros(), needed: 0, targets: zeros(), short: 0 });
  const needAcc = new Map<string, { weight: number; unrated: number; people: TrainingNeed['people'] }>();
  const recommendedFor = new Map<string, number>();
  const holders = new Map<string, number>();
  const calibration = newCalibration();
  let readyNow = 0;
  let close = 0;
  let topOfPath = 0;
  let withWarnings = 0;

  for (const { input, advice, row } of advised) {
    const { profile } = input;
    const ref: PersonRef = { file: row.file, name: row.name };
    if (row.warnings.length) withWarnings++;
    holders.set(profile.current_role, (holders.get(profile.current_role) ?? 0) + 1);
    if (advice.next_role) {
      recommendedFor.set(advice.next_role.id, (recommendedFor.get(advice.next_role.id) ?? 0) + 1);
      if (advice.ready) readyNow++;
      else if (advice.readiness >= scoring.close_threshold) close++;
    } else topOfPath++;

    // The skills picture: self ratings by level, and the target role's requirements.
    for (const [skill, rating] of Object.entries(profile.ratings ?? {})) {
      const acc = skillAcc.get(skill);
      if (acc && typeof rating === 'number' && rating >= 0 && rating <= 5) acc.levels[Math.round(rating)]! += 1;
    }
    const targetRole = advice.next_role?.id ?? advice.current_role.id;
    for (const req of index.requirements.get(targetRole) ?? []) {
      const acc = skillAcc.get(req.skill);
      if (!acc) continue;
      acc.needed++;
      acc.targets[clampLevel(req.level)]! += 1;
      const rating = own(profile.ratings, req.skill);
      if (typeof rating === 'number' && rating < req.level) acc.short++;
    }

    // Training needs: the gaps toward the next role (the engine's own gaps, so they match `rungs recommend`).
    for (const gap of advice.gaps) {
      let acc = needAcc.get(gap.skill);
      if (!acc) needAcc.set(gap.skill, (acc = { weight: 0, unrated: 0, people: [] }));
      if (gap.current === null) {
        acc.unrated++;
        continue;
      }
      acc.weight += gap.importance * (gap.target - gap.current);
      acc.people.push({ ...ref, current: gap.current, target: gap.target, importance: gap.importance });
    }

    addCalibration(index, calibration, ref, profile, scoring.calibration_gap);
  }

  const rows = advised.map((a) => a.row);
  const trainingNeeds = buildTrainingNeeds(index, needAcc);
  const calibrationResult = finishCalibration(index, calibration);
  return {
    framework: { name: meta.name, version: meta.version },
    thresholds: { ready: scoring.readiness_threshold, close: scoring.close_threshold, calibration_gap: scoring.calibration_gap },
    summary: {
      read: counts.read,
      used: counts.used,
      rejected: counts.rejected,
      ready_now: readyNow,
      close,
      top_of_path: topOfPath,
      with_warnings: withWarnings,
      with_manager_ratings: calibration.profiles,
      calibration_flags: calibrationResult.flagged.length,
      training_needs: trainingNeeds.length,
    },
    people: rows,
    team: {
      skills: skillPicture(index, skillAcc, rows.length),
      training_needs: trainingNeeds,
      bench: buildBench(index, advised.map((a) => ({ ref: { file: a.row.file, name: a.row.name }, profile: a.input.profile })), recommendedFor, holders),
      calibration: calibrationResult,
    },
    errors: sortProblems(errors.filter((p) => p.severity === 'error')).map((p) => ({ file: p.file, line: p.line, column: p.column, rule: p.rule, message: p.message })),
  };
}

function personRow(index: FrameworkIndex, input: TeamInput, advice: ReturnType<typeof recommend>): PersonRow {
  const { core_importance, core_gap_gate } = index.framework.meta.scoring;
  const gaps: PersonGap[] = advice.gaps.map((g) => ({ skill: g.skill, name: g.name, current: g.current, target: g.target, importance: g.importance }));
  const name = typeof input.profile.name === 'string' && input.profile.name.trim() !== '' ? input.profile.name : null;
  return {
    file: input.file,
    name,
    current_role: { id: advice.current_role.id, title: advice.current_role.title },
    next_role: advice.next_role ? { id: advice.next_role.id, title: advice.next_role.title } : null,
    readiness: advice.readiness,
    fit: advice.fit,
    ready: advice.ready,
    // The engine's gate (readiness.ts): a core skill rated core_gap_gate or more below its target.
    gated: advice.gaps.filter((g) => g.current !== null && g.importance >= core_importance && g.shortfall >= core_gap_gate).map((g) => g.skill).sort(compareIds),
    unrated: advice.gaps.filter((g) => g.current === null).length,
    top_gaps: gaps.slice(0, 3),
    gaps,
    warnings: [...(input.warnings ?? []).filter((p) => p.severity === 'warning').map((p) => p.message), ...advice.warnings],
  };
}

/**
 * People by name, case-insensitively and with numbers in numeric order; those without a name after them, by file.
 * Ties (the same name twice) go by file, so the order never depends on the order of the inputs.
 */
export function comparePeople(a: PersonRef, b: PersonRef): number {
  if ((a.name === null) !== (b.name === null)) return a.name === null ? 1 : -1;
  const ka = a.name ?? a.file;
  const kb = b.name ?? b.file;
  return naturalCompare(ka.toLowerCase(), kb.toLowerCase()) || compareIds(ka, kb) || naturalCompare(a.file, b.file) || compareIds(a.file, b.file);
}

/** "p2" before "p10"; otherwise code-point order (no locale: the same on every machine). */
export function naturalCompare(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length;
    }
    return compareIds(x, y);
  }
  return pa.length - pb.length;
}

function zeros(): number[] {
  return [0, 0, 0, 0, 0, 0];
}

function clampLevel(level: number): number {
  return Math.max(0, Math.min(5, Math.round(level)));
}

function categoryOrder(index: FrameworkIndex): (id: string) => number {
  const order = new Map(index.framework.meta.categories.map((c, i) => [c.id, i]));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/** Every skill of the framework, by category (as the framework lists them), then name. */
function skillPicture(
  index: FrameworkIndex,
  acc: Map<string, { levels: number[]; needed: number; targets: number[]; short: number }>,
  people: number,
): SkillPicture[] {
  const order = categoryOrder(index);
  const categoryNames = new Map(index.framework.meta.categories.map((c) => [c.id, c.name]));
  return index.skillIds
    .map((id) => index.skills.get(id)!)
    .sort((x, y) => order(x.category) - order(y.category) || compareIds(x.name, y.name) || compareIds(x.id, y.id))
    .map((skill) => {
      const a = acc.get(skill.id)!;
      // Every person counts once per skill: rated at a level, or unknown.
      const rated = a.levels.reduce((s, n) => s + n, 0);
      return {
        skill: skill.id,
        name: skill.name,
        category: skill.category,
        category_name: categoryNames.get(skill.category) ?? skill.category,
        levels: a.levels,
        unknown: people - rated,
        needed_by: a.needed,
        targets: a.targets,
        short: a.short,
      };
    });
}

function buildTrainingNeeds(index: FrameworkIndex, acc: Map<string, { weight: number; unrated: number; people: TrainingNeed['people'] }>): TrainingNeed[] {
  const needs: TrainingNeed[] = [];
  for (const [id, a] of acc) {
    if (a.people.length === 0) continue;
    const skill = index.skills.get(id);
    const typical = { current: median(a.people.map((p) => p.current)), target: median(a.people.map((p) => p.target)) };
    needs.push({
      skill: id,
      name: skill?.name ?? id,
      category: skill?.category ?? '',
      count: a.people.length,
      weight: round3(a.weight),
      unrated: a.unrated,
      typical,
      // Furthest behind first; equal shortfalls keep the people order.
      people: [...a.people].sort((x, y) => y.target - y.current - (x.target - x.current)),
      develop: developFor(skill?.develop ?? [], typical.current, typical.target),
    });
  }
  return needs.sort((a, b) => b.count - a.count || b.weight - a.weight || compareIds(a.skill, b.skill));
}

/** The lower median: a level someone actually has. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

// As readiness.ts chooses actions for one person's gap: aimed at the levels still to climb, else all of them.
function developFor(actions: readonly DevelopAction[], current: number, target: number): DevelopAction[] {
  const matching = actions.filter((a) => !a.levels || (a.levels[0] <= target && a.levels[1] >= current + 1));
  return (matching.length > 0 ? matching : [...actions]).map((a) => ({ ...a, ...(a.levels ? { levels: [a.levels[0], a.levels[1]] as [number, number] } : {}) }));
}

/** The roles to report bench strength for: lead-level roles off the foundation ladder, and every recommended role. */
export function benchRoles(index: FrameworkIndex, recommended: ReadonlySet<string>): Role[] {
  const trackOrder = new Map(index.framework.meta.tracks.map((t, i) => [t.id, i]));
  return index.roleIds
    .map((id) => index.roles.get(id)!)
    .filter((role) => {
      const kind = index.tracks.get(role.track)?.kind;
      return recommended.has(role.id) || (kind !== undefined && BENCH_KINDS.has(kind) && role.level >= BENCH_MIN_LEVEL);
    })
    .sort((a, b) => a.level - b.level || (trackOrder.get(a.track) ?? 99) - (trackOrder.get(b.track) ?? 99) || compareIds(a.id, b.id));
}

/**
 * Bench strength: every person within reach of a bench role (one move from it or at most BENCH_REACH rungs below
 * it, not holding it already, not on a higher rung) is scored against it, not only those for whom it is the next step. Ready is the
 * engine's ready; close is readiness at or above the close threshold with enough of the role's skills rated to
 * trust it (the same unknown-share rule ready uses): a high score over three rated skills is not a bench.
 */
function buildBench(
  index: FrameworkIndex,
  people: readonly { ref: PersonRef; profile: Profile }[],
  recommendedFor: ReadonlyMap<string, number>,
  holders: ReadonlyMap<string, number>,
): BenchRole[] {
  const { scoring } = index.framework.meta;
  const roles = benchRoles(index, new Set(recommendedFor.keys()));
  const result: BenchRole[] = roles.map((role) => ({
    role: { id: role.id, title: role.title, level: role.level, track: role.track, track_kind: index.tracks.get(role.track)?.kind ?? 'lateral' },
    holders: holders.get(role.id) ?? 0,
    recommended_for: recommendedFor.get(role.id) ?? 0,
    ready: [],
    close: [],
  }));
  for (const { ref, profile } of people) {
    const level = index.roles.get(profile.current_role)?.level ?? 0;
    const moves = index.outgoing.get(profile.current_role) ?? [];
    roles.forEach((role, i) => {
      if (profile.current_role === role.id || level > role.level) return;
      // Within reach: a move from the current role, or at most BENCH_REACH rungs up.
      if (level < role.level - BENCH_REACH && !moves.some((e) => e.role === role.id)) return;
      const r = roleReadiness(index, profile, role);
      const enoughRated = r.high - r.low <= scoring.unknown_share_warning + 1e-9;
      if (!r.ready && (r.readiness < scoring.close_threshold || !enoughRated)) return;
      const entry: BenchPerson = { ...ref, current_role: profile.current_role, readiness: round3(r.readiness), gated: [...r.gated].sort(compareIds), unrated: r.unknown };
      (r.ready ? result[i]!.ready : result[i]!.close).push(entry);
    });
  }
  // Most ready first; a stable sort keeps the people order for equal readiness.
  for (const b of result) for (const list of [b.ready, b.close]) list.sort((x, y) => y.readiness - x.readiness);
  return result;
}

interface CalibrationAcc {
  profiles: number;
  compared: number;
  flagged: CalibrationFlag[];
  bySkill: Map<string, { compared: number; flagged: number; selfHigher: number; managerHigher: number; sum: number }>;
}

function newCalibration(): CalibrationAcc {
  return { profiles: 0, compared: 0, flagged: [], bySkill: new Map() };
}

function addCalibration(index: FrameworkIndex, acc: CalibrationAcc, ref: PersonRef, profile: Profile, gap: number): void {
  if (!profile.manager_ratings || Object.keys(profile.manager_ratings).length === 0) return;
  acc.profiles++;
  for (const skill of Object.keys(profile.manager_ratings).sort(compareIds)) {
    const manager = own(profile.manager_ratings, skill);
    const self = own(profile.ratings, skill);
    const known = index.skills.get(skill);
    if (typeof manager !== 'number' || typeof self !== 'number' || !known) continue;
    const difference = self - manager;
    let s = acc.bySkill.get(skill);
    if (!s) acc.bySkill.set(skill, (s = { compared: 0, flagged: 0, selfHigher: 0, managerHigher: 0, sum: 0 }));
    acc.compared++;
    s.compared++;
    s.sum += difference;
    if (difference > 0) s.selfHigher++;
    if (difference < 0) s.managerHigher++;
    if (Math.abs(difference) >= gap) {
      s.flagged++;
      acc.flagged.push({ ...ref, skill, skill_name: known.name, self, manager, difference });
    }
  }
}

function finishCalibration(index: FrameworkIndex, acc: CalibrationAcc): Calibration {
  const bySkill: CalibrationSkill[] = [...acc.bySkill]
    .map(([skill, s]) => ({
      skill,
      name: index.skills.get(skill)?.name ?? skill,
      compared: s.compared,
      flagged: s.flagged,
      self_higher: s.selfHigher,
      manager_higher: s.managerHigher,
      mean_difference: round3(s.sum / s.compared),
    }))
    .sort((a, b) => b.flagged - a.flagged || Math.abs(b.mean_difference) - Math.abs(a.mean_difference) || compareIds(a.skill, b.skill));
  return { profiles: acc.profiles, compared: acc.compared, flagged: acc.flagged, by_skill: bySkill };
}
