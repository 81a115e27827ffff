// Progress: what changed between a person's previous assessment (kept in the profile's `history`) and the
// current one. Skills up and down in the self ratings and, where both assessments have them, the lead's;
// readiness for the role recommended now, then and now; the gaps to that role closed (and opened) since.
// Skills the framework no longer has are left out of every comparison (the profile rules warn about them).
import type { FrameworkIndex } from './index-framework.js';
import { nextMove, roleRef, type RoleRef } from './recommend.js';
import { roleReadiness, type Readiness } from './readiness.js';
import { isValidAnswer } from './fit.js';
import type { HistoryEntry, Profile } from './types.js';
import { round3 } from './wording.js';

export interface SkillChange {
  skill: string;
  name: string;
  /** null: not rated (left out, or "not sure"). */
  before: number | null;
  after: number | null;
}

export interface RatingChanges {
  up: SkillChange[];
  down: SkillChange[];
  /** Rated now, not rated then. */
  newly_rated: SkillChange[];
  /** Rated then, not now. */
  no_longer_rated: SkillChange[];
  /** Rated the same both times. */
  unchanged: number;
}

export interface GapChange {
  skill: string;
  name: string;
  target: number;
  before: number | null;
  after: number | null;
}

export interface Progress {
  name: string | null;
  /** The date of the assessment compared with, and of the current one. */
  from: string;
  to: string | null;
  /** The --since date asked for, when one was. */
  since: string | null;
  /** How many earlier assessments the profile keeps. */
  history_length: number;
  role_then: { id: string; title: string | null };
  role_now: RoleRef;
  self: RatingChanges;
  /** The lead's ratings, when both assessments have them; null otherwise. */
  lead: RatingChanges | null;
  /** The role recommended now (the current role at the top of a path), and what it was then. */
  target: RoleRef;
  recommended_then: RoleRef | null;
  readiness: { before: number; after: number; ready_before: boolean; ready_after: boolean };
  gaps_closed: GapChange[];
  gaps_opened: GapChange[];
  /** Skill ids in the earlier assessment that the framework no longer has: not compared. */
  dropped_skills: string[];
}

/** What there is to compare with: the profile has no history (or none on or before `since`). */
export class NoHistoryError extends Error {
  constructor(readonly since: string | undefined, readonly earliest: string | undefined) {
    super(since === undefined || earliest === undefined ? 'no earlier assessment' : `no assessment on or before ${since} (the earliest is ${earliest})`);
    this.name = 'NoHistoryError';
  }
}

/**
 * The history entry to compare with: the previous assessment (the latest entry assessed before the current one;
 * entries of the same assessment, kept when the lead rated it again, are passed over: the comparison is between
 * two assessments, each with the lead's ratings of its time), else the latest entry; or with `since`
 * (YYYY-MM-DD) the latest assessed on or before that date. History is oldest first; dates compare as text,
 * which orders YYYY-MM-DD correctly.
 */
export function previousEntry(profile: Profile, since?: string): HistoryEntry {
  const found = findPrevious(profile, since);
  if (found === undefined) throw new NoHistoryError(since, profile.history?.[0]?.assessed_on);
  return found;
}

/** previousEntry, or undefined when there is none. */
export function findPrevious(profile: Profile, since?: string): HistoryEntry | undefined {
  const history = profile.history ?? [];
  if (since === undefined) {
    const now = profile.assessed_on;
    for (let i = history.length - 1; i >= 0; i--) if (now === undefined || history[i]!.assessed_on < now) return history[i]!;
    return history[history.length - 1];
  }
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.assessed_on <= since) return history[i]!;
  return undefined;
}

export function progress(index: FrameworkIndex, profile: Profile, since?: string): Progress {
  const entry = previousEntry(profile, since);
  const then = pastProfile(index, profile, entry);
  const move = nextMove(index, profile);
  const targetRef: RoleRef = move.next_role ?? move.current_role;
  const target = index.roles.get(targetRef.id)!;
  const before = roleReadiness(index, then, target);
  const after = roleReadiness(index, profile, target);
  // A requirement is open while it is rated below its target or not rated at all.
  const openThen = openRequirements(before);
  const openNow = openRequirements(after);
  // The level the scoring used: the lead's rating where given, else the person's own.
  const level = (p: Profile, skill: string) => rating(p.manager_ratings, skill) ?? rating(p.ratings, skill);
  const gapChange = (skill: string, targetLevel: number): GapChange => ({
    skill,
    name: index.skills.get(skill)?.name ?? skill,
    target: targetLevel,
    before: level(then, skill),
    after: level(profile, skill),
  });

  const thenRole = index.roles.get(entry.current_role);
  return {
    name: profile.name ?? null,
    from: entry.assessed_on,
    to: profile.assessed_on ?? null,
    since: since ?? null,
    history_length: profile.history?.length ?? 0,
    role_then: { id: entry.current_role, title: thenRole?.title ?? null },
    role_now: move.current_role,
    self: compareRatings(index, entry.ratings, profile.ratings),
    lead: entry.manager_ratings && profile.manager_ratings ? compareRatings(index, entry.manager_ratings, profile.manager_ratings) : null,
    target: roleRef(index, target),
    recommended_then: thenRole ? recommendedThen(index, then) : null,
    readiness: { before: round3(before.readiness), after: round3(after.readiness), ready_before: before.ready, ready_after: after.ready },
    gaps_closed: [...openThen.values()].filter((g) => !openNow.has(g.skill)).map((g) => gapChange(g.skill, g.target)),
    gaps_opened: [...openNow.values()].filter((g) => !openThen.has(g.skill)).map((g) => gapChange(g.skill, g.target)),
    dropped_skills: Object.keys(entry.ratings).filter((id) => !index.skills.has(id)),
  };
}

/** Skill id -> target of every requirement rated below its target or not rated, most important first. */
export function openRequirements(r: Readiness): Map<string, { skill: string; target: number }> {
  return new Map([...r.gaps, ...r.unrated].map((g) => [g.skill, g]));
}

/** Two sets of ratings of the same person, skill by skill, in the framework's skill order. */
export function compareRatings(index: FrameworkIndex, before: Readonly<Record<string, number | null>> | undefined, after: Readonly<Record<string, number | null>> | undefined): RatingChanges {
  const out: RatingChanges = { up: [], down: [], newly_rated: [], no_longer_rated: [], unchanged: 0 };
  for (const id of index.skillIds) {
    const b = rating(before, id);
    const a = rating(after, id);
    if (b === null && a === null) continue;
    const change: SkillChange = { skill: id, name: index.skills.get(id)!.name, before: b, after: a };
    if (b === null) out.newly_rated.push(change);
    else if (a === null) out.no_longer_rated.push(change);
    else if (a > b) out.up.push(change);
    else if (a < b) out.down.push(change);
    else out.unchanged++;
  }
  // The biggest moves first; ties keep the framework's order (the sort is stable).
  const size = (c: SkillChange) => Math.abs((c.after ?? 0) - (c.before ?? 0));
  out.up.sort((x, y) => size(y) - size(x));
  out.down.sort((x, y) => size(y) - size(x));
  return out;
}

function rating(ratings: Readonly<Record<string, number | null>> | undefined, id: string): number | null {
  if (!ratings || !Object.hasOwn(ratings, id)) return null;
  const value = ratings[id];
  return typeof value === 'number' ? value : null;
}

/**
 * The earlier assessment as a profile the scoring engine can read: its known skills and answers only. A role
 * the framework has since dropped is scored as the current one (the requirements of the target are what matter).
 */
export function pastProfile(index: FrameworkIndex, now: Profile, entry: HistoryEntry): Profile {
  const known = <T>(record: Record<string, T> | undefined, has: (id: string) => boolean) =>
    record && Object.fromEntries(Object.entries(record).filter(([id]) => has(id)));
  const profile: Profile = {
    current_role: index.roles.has(entry.current_role) ? entry.current_role : now.current_role,
    ratings: known(entry.ratings, (id) => index.skills.has(id))!,
  };
  // The lead's ratings then, as the scoring reads them now (where the engine weighs a lead's rating, it must
  // weigh the one given then).
  const manager = known(entry.manager_ratings, (id) => index.skills.has(id));
  if (manager) profile.manager_ratings = manager;
  if (entry.preferences) {
    profile.preferences = Object.fromEntries(Object.entries(entry.preferences).filter(([id, answer]) => {
      const question = index.questions.get(id);
      return question !== undefined && isValidAnswer(question, answer);
    }));
  }
  return profile;
}

function recommendedThen(index: FrameworkIndex, then: Profile): RoleRef | null {
  const next = nextMove(index, then).next_role;
  return next ? roleRef(index, index.roles.get(next.id)!) : null;
}
