// Change since last time, across a team: each person's movement since their previous assessment (the last
// entry of their history, or the matching profile of an earlier snapshot folder), and the team's "moved since
// last time" summary. Also: two profiles of the same person are one person (mergeSamePerson).
import { snapshotOf, HISTORY_LIMIT } from './history.js';
import type { FrameworkIndex } from './index-framework.js';
import { compareRatings, findPrevious, openRequirements, pastProfile } from './progress.js';
import { roleReadiness } from './readiness.js';
import type { Move } from './recommend.js';
import type { PersonRef } from './team-order.js';
import type { HistoryEntry, Profile } from './types.js';
import { round3 } from './wording.js';

export interface PersonChange {
  /** The date of the assessment compared with. */
  since: string;
  /** The role then (an id). */
  role_then: string;
  role_changed: boolean;
  /** Readiness for the role recommended now (the current role at the top of a path), then and now. */
  readiness_before: number;
  readiness_after: number;
  became_ready: boolean;
  skills_up: number;
  skills_down: number;
  /** Gaps to the role recommended now that were open then and are closed now. */
  gaps_closed: number;
}

export interface Mover extends PersonRef {
  since: string;
  readiness_before: number;
  readiness_after: number;
  /** readiness_after - readiness_before. */
  change: number;
  became_ready: boolean;
  role_changed: boolean;
}

export interface TeamMoved {
  /** People with a previous assessment to compare with. */
  compared: number;
  /** People without one (a first assessment, or new since the earlier snapshot). */
  first_assessment: number;
  readiness_up: number;
  readiness_down: number;
  became_ready: number;
  role_changed: number;
  skills_up: number;
  skills_down: number;
  gaps_closed: number;
  /** Mean readiness change over the people compared (0 when nobody was). */
  mean_change: number;
  /** Everyone compared, the biggest rise first (then by name). */
  movers: Mover[];
  /** People in the earlier snapshot with nobody matching now (--since DIR only). */
  left: PersonRef[];
}

/** A person's change, or null with no previous assessment. `move` is the person's advice now. */
export function personChange(index: FrameworkIndex, profile: Profile, move: Move, previous: HistoryEntry | undefined): PersonChange | null {
  if (previous === undefined) return null;
  const target = index.roles.get(move.next_role?.id ?? move.current_role.id);
  if (!target) return null;
  const then = roleReadiness(index, pastProfile(index, profile, previous), target);
  const open = new Set([...move.gaps, ...move.unrated].map((g) => g.skill));
  const self = compareRatings(index, previous.ratings, profile.ratings);
  return {
    since: previous.assessed_on,
    role_then: previous.current_role,
    role_changed: previous.current_role !== profile.current_role,
    readiness_before: round3(then.readiness),
    readiness_after: move.readiness,
    became_ready: move.ready && !then.ready,
    skills_up: self.up.length,
    skills_down: self.down.length,
    gaps_closed: [...openRequirements(then).keys()].filter((skill) => !open.has(skill)).length,
  };
}

/** The previous assessment kept in a profile (src/core/progress.ts: findPrevious). */
export function lastEntry(profile: Profile): HistoryEntry | undefined {
  return profile.history && profile.history.length ? findPrevious(profile) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The team summary, built one person at a time like the rest of the report.

export interface MovedState {
  moved: TeamMoved;
  /** Movers by person number. */
  keyed: { person: number; value: Mover }[];
  changes: number;
}

export function newMoved(): MovedState {
  return {
    moved: { compared: 0, first_assessment: 0, readiness_up: 0, readiness_down: 0, became_ready: 0, role_changed: 0, skills_up: 0, skills_down: 0, gaps_closed: 0, mean_change: 0, movers: [], left: [] },
    keyed: [],
    changes: 0,
  };
}

/** `sign` -1 takes the person out again (left out of the movers at the end, by their rank of -1). */
export function addMoved(state: MovedState, person: number, ref: PersonRef, change: PersonChange | null, sign: 1 | -1 = 1): void {
  const m = state.moved;
  if (change === null) {
    m.first_assessment += sign;
    return;
  }
  const delta = round3(change.readiness_after - change.readiness_before);
  m.compared += sign;
  if (delta > 0) m.readiness_up += sign;
  else if (delta < 0) m.readiness_down += sign;
  if (change.became_ready) m.became_ready += sign;
  if (change.role_changed) m.role_changed += sign;
  m.skills_up += sign * change.skills_up;
  m.skills_down += sign * change.skills_down;
  m.gaps_closed += sign * change.gaps_closed;
  // In thousandths, whole numbers: taking a change out again leaves the sum exactly as it was.
  state.changes += sign * Math.round(delta * 1000);
  if (sign < 0) return;
  state.keyed.push({
    person,
    value: { ...ref, since: change.since, readiness_before: change.readiness_before, readiness_after: change.readiness_after, change: delta, became_ready: change.became_ready, role_changed: change.role_changed },
  });
}

/** Movers by change (biggest rise first), then in the people's order (`rank`: by person number). */
export function finishMoved(state: MovedState, left: readonly PersonRef[], rank: Int32Array): TeamMoved {
  const m = state.moved;
  m.mean_change = m.compared ? round3(state.changes / 1000 / m.compared) : 0;
  m.movers = state.keyed
    .filter((k) => rank[k.person]! >= 0)
    .sort((a, b) => b.value.change - a.value.change || rank[a.person]! - rank[b.person]!)
    .map((k) => k.value);
  m.left = [...left];
  return m;
}

// ---------------------------------------------------------------------------------------------------------
// The same person twice.

/** Names that are the same person: spacing and case aside. */
export function nameKey(name: string | undefined | null): string | undefined {
  if (typeof name !== 'string') return undefined;
  const key = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? undefined : key;
}

export interface Assessment {
  file: string;
  profile: Profile;
}

/**
 * Several profiles of one person as one: the latest assessment (by assessed_on, then by file) is the person now,
 * and every other, with its own history, joins that profile's history (oldest first, duplicates once, at most
 * HISTORY_LIMIT). Returns the index of the one kept and the merged profile.
 */
export function mergeSamePerson(list: readonly Assessment[]): { kept: number; profile: Profile } {
  let kept = 0;
  for (let i = 1; i < list.length; i++) {
    const a = list[i]!.profile.assessed_on ?? '';
    const b = list[kept]!.profile.assessed_on ?? '';
    if (a > b || (a === b && list[i]!.file > list[kept]!.file)) kept = i;
  }
  const current = list[kept]!.profile;
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  const push = (e: HistoryEntry | undefined) => {
    if (e === undefined) return;
    const id = JSON.stringify([e.assessed_on, e.current_role, e.ratings, e.manager_ratings ?? null]);
    if (seen.has(id)) return;
    seen.add(id);
    entries.push(e);
  };
  // The kept profile's own assessment is not history of itself.
  const self = snapshotOf(current);
  if (self) seen.add(JSON.stringify([self.assessed_on, self.current_role, self.ratings, self.manager_ratings ?? null]));
  for (const e of current.history ?? []) push(e);
  list.forEach((other, i) => {
    if (i === kept) return;
    for (const e of other.profile.history ?? []) push(e);
    push(snapshotOf(other.profile));
  });
  // Oldest first; entries of the same date keep the order they were found in (the sort is stable).
  entries.sort((a, b) => (a.assessed_on < b.assessed_on ? -1 : a.assessed_on > b.assessed_on ? 1 : 0));
  const history = entries.slice(Math.max(0, entries.length - HISTORY_LIMIT));
  return { kept, profile: history.length ? { ...current, history } : current };
}
