// The warnings of a team report, written to the lead who reads it ("Ana's ratings and yours differ by 2 on
// Coaching"), not to the employee the advice warnings address ("Your ratings ..."). The same checks as the
// advice warnings (warnings.ts), kept in step with them: an unfinished assessment, preferences that carry no
// signal, a move that fits the answers poorly, too many unrated skills, self and lead ratings far apart, and a
// verdict the person's own ratings would change (the scoring uses the lead's rating where there is one). The
// lead of a report is taken to be the author of the profiles' manager_ratings.
import { trackFit } from './fit.js';
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import { ratingsArray, roleReadiness } from './readiness.js';
import { moveInputs, type Move } from './recommend.js';
import type { Profile } from './types.js';
import { listing, percent } from './wording.js';

/** As in warnings.ts: below this, the best move one step away does not match what the person said they want. */
const POOR_FIT = 0.4;

export function leadWarnings(index: FrameworkIndex, profile: Profile, move: Move): string[] {
  const name = typeof profile.name === 'string' && profile.name.trim() !== '' ? profile.name.trim() : null;
  const they = name ?? 'This person';
  const theirs = name ? `${name}'s` : "This person's";
  const out: string[] = [];
  if (profile.incomplete) out.push(`${theirs} assessment was interrupted before the end, so the advice uses the answers so far: ask them to finish it with "rungs assess --resume".`);

  const known = moveInputs(index, profile, move);
  const fit = known?.fit ?? trackFit(index, profile.preferences);
  if (fit.flat) out.push(`${theirs} answers to the agree/disagree statements are all the same, though the statements pull different ways, so only their choices count toward fit: ask where they really lean.`);
  else if (fit.answered === 0 && index.questions.size > 0) out.push(`${they} answered no preference question, so every path gets the same neutral fit and the advice rests on skills alone.`);
  else if (move.next_role && move.fit < POOR_FIT) {
    out.push(`${move.next_role.title} fits ${theirs.replace(/^This/, 'this')} preference answers poorly (${percent(move.fit)}): it ranks first on skills one step away; talk about the moves further away.`);
  }

  const role = index.roles.get((move.next_role ?? move.current_role).id);
  const total = role ? (index.requirements.get(role.id) ?? []).length : 0;
  if (role && total > 0 && move.unrated.length / total > index.framework.meta.scoring.unknown_share_warning) {
    out.push(`${they} did not rate ${move.unrated.length} of the ${total} skills ${role.title} needs (${few(move.unrated.map((u) => u.name))}), so the readiness is uncertain: ask them to rate those.`);
  }

  out.push(...calibration(index, profile, theirs));
  if (role) out.push(...verdict(index, profile, move, role.id, they, known?.self));
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
  if (reread.length) out.push(`${theirs} ratings and yours differ by ${widest === 2 ? '2' : `up to ${widest}`} levels on ${few(reread)}: re-read the level definitions together.`);
  return out;
}

// The scoring uses the lead's rating where there is one; say so when the person's own ratings would turn
// "ready" into "not yet" or back: that is the conversation to have before the move.
function verdict(index: FrameworkIndex, profile: Profile, move: Move, roleId: string, they: string, self?: ArrayLike<number>): string[] {
  if (!profile.manager_ratings) return [];
  const role = index.roles.get(roleId)!;
  const differs = (index.requirements.get(roleId) ?? []).some((req) => {
    const lead = own(profile.manager_ratings, req.skill);
    return lead !== undefined && lead !== (own(profile.ratings, req.skill) ?? null);
  });
  if (!differs) return [];
  const selfView = roleReadiness(index, profile, role, false, self ?? ratingsArray(index, profile.ratings));
  if (selfView.ready === move.ready) return [];
  return [
    selfView.ready
      ? `By their own ratings ${they} would be ready for ${role.title} (${percent(selfView.readiness)}); the report uses yours where you rated, so settle the difference together.`
      : `By their own ratings ${they} would not be ready for ${role.title} yet (${percent(selfView.readiness)}); the report uses yours where you rated, so settle the difference together.`,
  ];
}

/** A report row is read at a glance: at most three items, then how many more. */
function few(items: readonly string[]): string {
  return items.length <= 3 ? listing(items) : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}
