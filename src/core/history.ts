// A profile's `history`: earlier assessments kept in the same file, oldest first, so that a re-assessment
// (assess --resume of a finished profile, rate again) never destroys the previous one. Bounded, because a
// profile is read whole by every command: the oldest entries go first.
import type { HistoryEntry, Profile } from './types.js';

/** The schema's maxItems for `history`. */
export const HISTORY_LIMIT = 50;

/**
 * The assessment a profile holds now, as a history entry; undefined when it has nothing worth keeping (no date,
 * or interrupted before it was finished).
 */
export function snapshotOf(profile: Profile): HistoryEntry | undefined {
  if (profile.assessed_on === undefined || profile.incomplete) return undefined;
  return entryOf(profile, profile.assessed_on);
}

/** A profile's assessment as a history entry, whatever its state (an earlier snapshot is what was known then). */
export function entryOf(profile: Profile, assessedOn: string): HistoryEntry {
  const entry: HistoryEntry = { assessed_on: assessedOn, current_role: profile.current_role, ratings: { ...(profile.ratings ?? {}) } };
  if (profile.framework_version !== undefined) entry.framework_version = profile.framework_version;
  if (profile.evidence !== undefined) entry.evidence = { ...profile.evidence };
  if (profile.preferences !== undefined) entry.preferences = { ...profile.preferences };
  if (profile.manager_ratings !== undefined) entry.manager_ratings = { ...profile.manager_ratings };
  if (profile.manager_assessed_on !== undefined) entry.manager_assessed_on = profile.manager_assessed_on;
  return entry;
}

/** `history` with one more entry at the end, the oldest dropped beyond HISTORY_LIMIT. */
export function appendHistory(history: readonly HistoryEntry[] | undefined, entry: HistoryEntry | undefined): HistoryEntry[] | undefined {
  if (entry === undefined) return history === undefined ? undefined : [...history];
  const next = [...(history ?? []), entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/**
 * The profile to save when `next` replaces `previous` (a new assessment or new lead ratings of the same person):
 * `next`, carrying the previous history plus the previous assessment.
 */
export function withPrevious(previous: Profile, next: Profile): Profile {
  const history = appendHistory(previous.history, snapshotOf(previous));
  const out: Profile = { ...next };
  if (history === undefined) delete out.history;
  else out.history = history;
  return out;
}
