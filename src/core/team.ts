// The team report: every person's advice, and what the team as a whole needs (a skills picture, training
// needs, bench strength, calibration). Pure: the command reads the files, this only aggregates.
//
// The shape of TeamReport is a JSON contract (`rungs report -f json`): snake_case keys, numbers to 3 decimals,
// and an order that never depends on the order the profiles came in (people by name, then file).
//
// Cost: one FrameworkIndex for the whole team; per person, nextMove() (the roles one move away), one
// readiness per role within reach (bench strength) and a pass over the person's own ratings. People are added
// one at a time (createTeam) and only their report rows are kept, so a team of 10,000 streams through in
// linear time without holding every profile; everything is put in order once, at the end.
import { compareIds, type FrameworkIndex } from './index-framework.js';
import type { Problem } from './problems.js';
import { sortProblems } from './problems.js';
import { effectiveRatings } from './prior.js';
import { readRatings, type Block } from './readiness.js';
import { nextMove, type Move } from './recommend.js';
import { addBench, benchMinLevel, finishBench, newBench } from './team-bench.js';
import { leadWarnings } from './lead-warnings.js';
import { addCalibration, finishCalibration, newCalibration } from './team-calibration.js';
import { personKey, rankPeople, type PersonRef } from './team-order.js';
import { addSkills, newSkills, skillPicture, trainingNeeds } from './team-skills.js';
import { addMoved, finishMoved, lastEntry, newMoved, personChange, type PersonChange, type TeamMoved } from './team-change.js';
import type { DevelopAction, HistoryEntry, Profile, TrackKind } from './types.js';

export { BENCH_REACH, benchRoles, DEFAULT_BENCH_MIN_LEVEL } from './team-bench.js';
export { comparePeople, naturalCompare } from './team-order.js';

export interface TeamInput {
  /** How the profile is named in the report: its path, or `<stdin>#N`. */
  file: string;
  profile: Profile;
  /** Problems of severity warning found while reading it (e.g. an older framework version). */
  warnings?: readonly Problem[];
  /** The self ratings as an array in skillIds order (NaN: not rated), when the reader already has them. */
  ratings?: ArrayLike<number>;
  /** The assessment to compare with (an earlier snapshot's), null for none; default: the last history entry. */
  previous?: HistoryEntry | null;
  /** Other files of the same person, merged into this one (src/core/team-change.ts). */
  merged_from?: readonly string[];
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
  /** The skills in blocked_by, by id: any one of them means not ready, whatever the readiness. */
  gated: string[];
  /** Why not ready although the figure may say so (the advice's blocked_by). */
  blocked_by: Block[];
  /** Required skills of next_role the person did not rate (scored at their prior). */
  unrated: number;
  /** The three gaps to work on first (importance x shortfall). */
  top_gaps: PersonGap[];
  /** Every gap toward next_role, most important first. */
  gaps: PersonGap[];
  warnings: string[];
  /** Movement since the previous assessment; null when there is none to compare with. */
  change: PersonChange | null;
  /** Other files of the same person (same name, or an earlier snapshot), read as this person's history. */
  merged_from: string[];
}

export type { PersonRef } from './team-order.js';
export type { Mover, PersonChange, TeamMoved } from './team-change.js';

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
  /** bench_min_level: roles at this level or above off the foundation track get a bench (scoring.bench_min_level). */
  thresholds: { ready: number; close: number; calibration_gap: number; bench_min_level: number };
  summary: TeamSummary;
  people: PersonRow[];
  team: {
    skills: SkillPicture[];
    training_needs: TrainingNeed[];
    bench: BenchRole[];
    calibration: Calibration;
    /** Who moved since their previous assessment. */
    moved: TeamMoved;
  };
  errors: ReportError[];
}

/**
 * Where the report rows wait for the end (they are put in order only once everyone is in): memory by default;
 * the command keeps a large team's on disk (src/io/spill.ts).
 */
export interface RowStore {
  /** Keeps a row; rows are numbered 0, 1, 2… in the order they are put. */
  put(row: PersonRow): void;
  get(row: number): PersonRow;
  /** The rows in this order (row numbers): an array, or a view that reads each row as it is read (list-view.ts). */
  list(order: readonly number[]): PersonRow[];
}

export function memoryRows(): RowStore {
  const rows: PersonRow[] = [];
  return { put: (row) => void rows.push(row), get: (i) => rows[i]!, list: (order) => order.map((i) => rows[i]!) };
}

export interface Team {
  /** Adds one person's profile to the report; returns their number in the team (0, 1, 2…). */
  add(input: TeamInput): number;
  /**
   * Takes person `person` out of the report again (their profile turned out to be one of several of the same
   * person, merged and added anew). `input` must be what was added: the row it makes is compared with the row
   * kept, and where they differ (a file changed since it was read) nothing is taken out and false returned.
   */
  remove(person: number, input: TeamInput): boolean;
  /** `left`: people of an earlier snapshot with nobody matching now. */
  finish(errors: readonly Problem[], counts: ReportCounts, left?: readonly PersonRef[]): TeamReport;
}

export function createTeam(index: FrameworkIndex, rows: RowStore = memoryRows()): Team {
  const { meta } = index.framework;
  const { scoring } = meta;
  // By person number (the order they were added): how they are named. Their sort keys are made once, at the end:
  // kept for everyone all along, they would be a good part of a large team's memory.
  const refs: PersonRef[] = [];
  const skills = newSkills(index);
  const bench = newBench();
  const calibration = newCalibration();
  const moved = newMoved();
  const recommendedFor = new Map<string, number>();
  const holders = new Map<string, number>();
  let readyNow = 0;
  let close = 0;
  let topOfPath = 0;
  let withWarnings = 0;

  // People taken out again (remove): their rows and list entries stay where they are, and are left out at the end.
  const removed = new Set<number>();
  const count = (map: Map<string, number>, key: string, sign: 1 | -1) => {
    const n = (map.get(key) ?? 0) + sign;
    if (n === 0) map.delete(key);
    else map.set(key, n);
  };

  /** Adds the person (sign 1, as number `person`), or takes them out again (-1): every sum moves by `sign`. */
  const apply = (input: TeamInput, person: number, sign: 1 | -1): boolean => {
    const { profile } = input;
    const ratings = input.ratings ?? readRatings(index, profile.ratings);
    const advice = nextMove(index, profile, ratings);
    const row = personRow(index, input, advice);
    const ref: PersonRef = { file: row.file, name: row.name };
    row.change = personChange(index, profile, advice, input.previous === undefined ? lastEntry(profile) : (input.previous ?? undefined));
    if (sign > 0) {
      refs.push(ref);
      rows.put(row);
    } else if (JSON.stringify(row) !== JSON.stringify(rows.get(person))) return false;
    addMoved(moved, person, ref, row.change, sign);
    if (row.warnings.length) withWarnings += sign;
    count(holders, profile.current_role, sign);
    if (advice.next_role) {
      count(recommendedFor, advice.next_role.id, sign);
      if (advice.ready) readyNow += sign;
      else if (advice.readiness >= scoring.close_threshold) close += sign;
    } else topOfPath += sign;
    addSkills(index, skills, person, ratings, advice.next_role?.id ?? advice.current_role.id, advice.gaps, advice.unrated, sign);
    // The bench is lists only: a person taken out is left out of them at the end.
    if (sign > 0) addBench(index, bench, person, profile, effectiveRatings(index, profile.manager_ratings, ratings));
    addCalibration(index, calibration, person, profile, ratings, scoring.calibration_gap, sign);
    return true;
  };

  const add = (input: TeamInput): number => {
    const person = refs.length;
    apply(input, person, 1);
    return person;
  };

  const remove = (person: number, input: TeamInput): boolean => {
    if (removed.has(person) || person >= refs.length || !apply(input, person, -1)) return false;
    removed.add(person);
    return true;
  };

  const finish = (errors: readonly Problem[], counts: ReportCounts, left: readonly PersonRef[] = []): TeamReport => {
    const { order, rank } = rankPeople(refs.map((ref, person) => (removed.has(person) ? undefined : personKey(ref))));
    const people = rows.list(order);
    const needs = trainingNeeds(index, skills, refs, rank);
    const calibrated = finishCalibration(index, calibration, refs, rank);
    return {
      framework: { name: meta.name, version: meta.version },
      thresholds: { ready: scoring.readiness_threshold, close: scoring.close_threshold, calibration_gap: scoring.calibration_gap, bench_min_level: benchMinLevel(index) },
      summary: {
        read: counts.read,
        used: counts.used,
        rejected: counts.rejected,
        ready_now: readyNow,
        close,
        top_of_path: topOfPath,
        with_warnings: withWarnings,
        with_manager_ratings: calibration.profiles,
        calibration_flags: calibrated.flagged.length,
        training_needs: needs.length,
      },
      people,
      team: {
        skills: skillPicture(index, skills),
        training_needs: needs,
        bench: finishBench(index, bench, recommendedFor, holders, refs, rank),
        calibration: calibrated,
        moved: finishMoved(moved, left, rank),
      },
      errors: sortProblems(errors.filter((p) => p.severity === 'error')).map((p) => ({ file: p.file, line: p.line, column: p.column, rule: p.rule, message: p.message })),
    };
  };
  return { add, remove, finish };
}

export function buildTeamReport(index: FrameworkIndex, people: readonly TeamInput[], errors: readonly Problem[], counts: ReportCounts, left?: readonly PersonRef[]): TeamReport {
  const team = createTeam(index);
  for (const input of people) team.add(input);
  return team.finish(errors, counts, left);
}

function personRow(index: FrameworkIndex, input: TeamInput, advice: Move): PersonRow {
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
    // The engine's blocked_by (readiness.ts): what holds the verdict back, by skill.
    gated: advice.blocked_by.map((b) => b.skill).sort(compareIds),
    blocked_by: advice.blocked_by,
    unrated: advice.unrated.length,
    top_gaps: gaps.slice(0, 3),
    gaps,
    // Addressed to the lead who reads the report, not to the employee (the advice's own warnings say "you");
    // a warning both the reading and the advice give (the framework version) is listed once.
    warnings: [...new Set([...(input.warnings ?? []).filter((p) => p.severity === 'warning').map((p) => p.message), ...leadWarnings(index, input.profile, advice)])],
    change: null,
    merged_from: [...(input.merged_from ?? [])],
  };
}
