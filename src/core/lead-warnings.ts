// The warnings of a team report, written to the lead who reads it ("Ana's ratings and yours differ by 2 on
// Coaching"), not to the employee the advice warnings address ("Your ratings ..."). Same checks as the
// advice warnings (warnings.ts): an unfinished assessment, preferences that carry no signal, too many unrated
// skills, self and lead ratings far apart, and a verdict the lead's ratings would change. The lead of a
// report is taken to be the author of the profiles' manager_ratings.
import { trackFit } from './fit.js';
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import { readRatings, roleReadiness } from './readiness.js';
import type { Move } from './recommend.js';
import type { Profile } from './types.js';
import { listing, percent } from './wording.js';

export function leadWarnings(index: FrameworkIndex, profile: Profile, move: Move): string[] {
  const name = typeof profile.name === 'string' && profile.name.trim() !== '' ? profile.name.trim() : null;
  const they = name ?? 'This person';
  const theirs = name ? `${name}'s` : "This person's";
  const out: string[] = [];
  if (profile.incomplete) out.push(`${theirs} assessment was interrupted before the end, so the advice uses the answers so far: ask them to finish it with "rungs assess --resume".`);

  const fit = trackFit(index, profile.preferences);
  if (fit.flat) out.push(`${theirs} preference answers are all the same, so fit cannot separate the paths: ask where they really lean.`);
  else if (fit.answered === 0 && index.questions.size > 0) out.push(`${they} answered no preference question, so every path gets the same neutral fit and the advice rests on skills alone.`);

  const role = index.roles.get((move.next_role ?? move.current_role).id);
  const total = role ? (index.requirements.get(role.id) ?? []).length : 0;
  const unrated = move.gaps.filter((g) => g.current === null).map((g) => g.name);
  if (role && total > 0 && unrated.length / total > index.framework.meta.scoring.unknown_share_warning) {
    out.push(`${they} did not rate ${unrated.length} of the ${total} skills ${role.title} needs (${few(unrated)}), so the readiness is uncertain: ask them to rate those.`);
  }

  out.push(...calibration(index, profile, theirs));
  if (role) out.push(...verdict(index, profile, move, role.id, they));
  return out;
}

// One level apart is worth a conversation; two or more means the two read the level descriptions differently.
function calibration(index: FrameworkIndex, profile: Profile, theirs: string): string[] {
  const { calibration_gap } = index.framework.meta.scoring;
  const talk: string[] = [];
  const reread: string[] = [];
  let widest = 0;
  for (const skill of Object.keys(profile.manager_ratings ?? {}).sort(compareIds)) {
    const lead = own(profile.manager_ratings, skill);
    const self = own(profile.ratings, skill);
    const skillName = index.skills.get(skill)?.name;
    if (lead === undefined || self === undefined || self === null || skillName === undefined) continue;
    const gap = Math.abs(self - lead);
    if (gap < calibration_gap) continue;
    widest = Math.max(widest, gap);
    (gap < 2 ? talk : reread).push(`${skillName} (they ${self}, you ${lead})`);
  }
  const out: string[] = [];
  if (talk.length) out.push(`${theirs} ratings and yours differ by a level on ${few(talk)}: talk them through together.`);
  if (reread.length) {
    out.push(`${theirs} ratings and yours differ by ${widest === 2 ? '2' : `up to ${widest}`} levels on ${few(reread)}: re-read the level definitions together.`);
  }
  return out;
}

// The report uses the self ratings; say so when the lead's ratings would turn "ready" into "not yet" or back.
function verdict(index: FrameworkIndex, profile: Profile, move: Move, roleId: string, they: string): string[] {
  if (!profile.manager_ratings) return [];
  const role = index.roles.get(roleId)!;
  const ratings: Record<string, number | null> = {};
  let differs = false;
  for (const req of index.requirements.get(roleId) ?? []) {
    const self = own(profile.ratings, req.skill) ?? null;
    const lead = own(profile.manager_ratings, req.skill);
    ratings[req.skill] = lead ?? self;
    if (lead !== undefined && lead !== self) differs = true;
  }
  if (!differs) return [];
  const byLead = roleReadiness(index, { ...profile, ratings }, role, false, readRatings(index, ratings));
  if (byLead.ready === move.ready) return [];
  const short = byLead.gated.map((id) => index.skills.get(id)?.name ?? id);
  return [
    byLead.ready
      ? `By your ratings ${they} would be ready for ${role.title} (${percent(byLead.readiness)}); the report uses their own ratings, so settle the difference first.`
      : `By your ratings ${they} would not be ready for ${role.title} yet (${percent(byLead.readiness)}${short.length ? `; too far short on ${listing(short)}` : ''}); the report uses their own ratings, so settle the difference first.`,
  ];
}

/** A report row is read at a glance: at most three items, then how many more. */
function few(items: readonly string[]): string {
  return items.length <= 3 ? listing(items) : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}
