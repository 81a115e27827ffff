// What should make a person trust the advice less: missing or flat preferences, unrated skills,
// a self view far from the manager's, an unfinished questionnaire.
import type { FitResult } from './fit.js';
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import { frameworkVersionWarning } from './profile-rules.js';
import { readRatings, roleReadiness, type Readiness } from './readiness.js';
import type { Profile, Role } from './types.js';
import { listing, percent } from './wording.js';

export function adviceWarnings(
  index: FrameworkIndex,
  profile: Profile,
  fit: FitResult,
  subject: { role: Role; readiness: Readiness },
): string[] {
  return [
    ...frameworkVersionWarning(index, profile),
    ...incomplete(profile),
    ...preferences(index, fit),
    ...unknownShare(index, subject.role, subject.readiness),
    ...calibration(index, profile),
    ...managerView(index, profile, subject),
  ];
}

// When a lead's ratings would change the verdict, say so: the advice is computed on the self view.
function managerView(index: FrameworkIndex, profile: Profile, subject: { role: Role; readiness: Readiness }): string[] {
  if (!profile.manager_ratings) return [];
  // Only the role's own skills matter, and only where the two views differ: usually none, so no work.
  const ratings: Record<string, number | null> = {};
  let differs = false;
  for (const req of index.requirements.get(subject.role.id) ?? []) {
    const self = own(profile.ratings, req.skill) ?? null;
    const manager = own(profile.manager_ratings, req.skill);
    ratings[req.skill] = manager ?? self;
    if (manager !== undefined && manager !== self) differs = true;
  }
  if (!differs) return [];
  // Read uncached: the WeakMap cache is for profiles that are scored again, and this view is not.
  const theirs = roleReadiness(index, { ...profile, ratings }, subject.role, false, readRatings(index, ratings));
  if (theirs.ready === subject.readiness.ready) return [];
  const names = theirs.gated.map((id) => index.skills.get(id)?.name ?? id);
  const verdict = theirs.ready
    ? `you would be ready for ${subject.role.title} (${percent(theirs.readiness)})`
    : `you would not be ready for ${subject.role.title} yet (${percent(theirs.readiness)}${names.length ? `; too far short on ${listing(names)}` : ''})`;
  return [`By your manager's ratings ${verdict}: this advice uses your own ratings, so settle the difference first.`];
}

function incomplete(profile: Profile): string[] {
  if (!profile.incomplete) return [];
  return ['This assessment was interrupted before the end, so the advice uses the answers so far: run "rungs assess --resume" to finish it.'];
}

function preferences(index: FrameworkIndex, fit: FitResult): string[] {
  if (fit.flat) return ['Your preference answers are all the same, so fit cannot separate the paths: answer them again, and say where you really lean.'];
  if (fit.answered === 0 && index.questions.size > 0) {
    return ['No preference questions are answered, so every path gets the same neutral fit and the advice rests on skills alone.'];
  }
  return [];
}

function unknownShare(index: FrameworkIndex, role: Role, readiness: Readiness): string[] {
  const total = readiness.known + readiness.unknown;
  if (total === 0 || readiness.unknown / total <= index.framework.meta.scoring.unknown_share_warning) return [];
  const unrated = readiness.gaps.filter((g) => g.unknown).map((g) => g.name);
  return [
    `Readiness for ${role.title} is a range, ${percent(readiness.low)}–${percent(readiness.high)}, because ${readiness.unknown} of its ${total} skills ${readiness.unknown === 1 ? 'is' : 'are'} not rated: rate ${listing(unrated)} for a sharper answer.`,
  ];
}

// The calibration rule: one level apart is worth a conversation; two or more means the two people read
// the level descriptions differently, so reading them together comes first.
function calibration(index: FrameworkIndex, profile: Profile): string[] {
  const { calibration_gap } = index.framework.meta.scoring;
  const talk: string[] = [];
  const reread: string[] = [];
  for (const skill of Object.keys(profile.manager_ratings ?? {}).sort(compareIds)) {
    const manager = own(profile.manager_ratings, skill);
    const self = own(profile.ratings, skill);
    const name = index.skills.get(skill)?.name;
    if (manager === undefined || self === undefined || self === null || name === undefined) continue;
    const gap = Math.abs(self - manager);
    if (gap < calibration_gap) continue;
    (gap < 2 ? talk : reread).push(`${name} (you ${self}, your manager ${manager})`);
  }
  const warnings: string[] = [];
  if (talk.length > 0) {
    warnings.push(`Your ratings and your manager's differ by a level on ${listing(talk)}: talk them through together in a calibration conversation.`);
  }
  if (reread.length > 0) {
    warnings.push(
      `Your ratings and your manager's differ by two or more levels on ${listing(reread)}: re-read the level definitions together in a calibration talk and agree on a rating.`,
    );
  }
  return warnings;
}
