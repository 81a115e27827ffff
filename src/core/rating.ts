// A lead's ratings of a person (`rungs rate`): which skills to ask about, and the profile with the new ratings.
// The previous ratings of the lead stay in the profile's history (one entry per day the lead rated: rating
// again the same day, or continuing after Ctrl-C, replaces that day's ratings in place).
import { appendHistory, entryOf, snapshotOf } from './history.js';
import type { FrameworkIndex } from './index-framework.js';
import { nextMove } from './recommend.js';
import type { Profile, Skill } from './types.js';

/**
 * The skills a lead rates: those the person rated, and those their current role and their recommended next
 * role require; in the framework's order.
 */
export function skillsToRate(index: FrameworkIndex, profile: Profile): Skill[] {
  const wanted = new Set<string>();
  for (const [id, value] of Object.entries(profile.ratings ?? {})) if (value !== null) wanted.add(id);
  for (const r of index.requirements.get(profile.current_role) ?? []) wanted.add(r.skill);
  const next = nextMove(index, profile).next_role;
  if (next) for (const r of index.requirements.get(next.id) ?? []) wanted.add(r.skill);
  return index.skillIds.filter((id) => wanted.has(id)).map((id) => index.skills.get(id)!);
}

/** Where to start: after the skills already rated today (a rating interrupted by Ctrl-C), else at the first. */
export function resumeAt(profile: Profile, skills: readonly Skill[], today: string): number {
  if (profile.manager_assessed_on !== today || !profile.manager_ratings) return 0;
  const i = skills.findIndex((s) => !Object.hasOwn(profile.manager_ratings!, s.id));
  return i < 0 ? 0 : i;
}

/**
 * The profile with the lead's ratings of `today` (skill id -> level, null: not observed, left out). Everything
 * else is kept; earlier ratings of another day go to history, with the assessment they belonged to.
 */
export function withLeadRatings(profile: Profile, ratings: Readonly<Record<string, number | null>>, today: string): Profile {
  const manager: Record<string, number> = {};
  for (const [id, value] of Object.entries(ratings)) if (typeof value === 'number') manager[id] = value;
  const out: Profile = { ...profile, manager_ratings: manager, manager_assessed_on: today };
  if (profile.manager_ratings && Object.keys(profile.manager_ratings).length && profile.manager_assessed_on !== today) {
    const before = snapshotOf(profile) ?? entryOf(profile, profile.assessed_on ?? profile.manager_assessed_on ?? today);
    out.history = appendHistory(profile.history, before);
  }
  if (Object.keys(manager).length === 0) delete out.manager_ratings;
  return out;
}
