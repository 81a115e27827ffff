// What should make a person trust the advice less: missing or flat preferences, unrated skills,
// a self view far from the manager's, an unfinished questionnaire.
import type { FitResult } from './fit.js';
import { defaultPrior } from './prior.js';
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import { frameworkVersionWarning } from './profile-rules.js';
import { ratingsArray, roleReadiness, type Readiness } from './readiness.js';
import type { Profile, Role } from './types.js';
import { listing, percent } from './wording.js';

export function adviceWarnings(
  index: FrameworkIndex,
  profile: Profile,
  fit: FitResult,
  subject: { role: Role; readiness: Readiness; fit?: number; next?: boolean },
): string[] {
  return [
    ...frameworkVersionWarning(index, profile),
    ...incomplete(profile),
    ...preferences(index, fit),
    ...poorFit(fit, subject),
    ...unknownShare(index, subject.role, subject.readiness),
    ...calibration(index, profile),
    ...managerView(index, profile, subject),
  ];
}

/** Below this, the best move one step away does not match what the person said they want. */
const POOR_FIT = 0.4;

function poorFit(fit: FitResult, subject: { role: Role; fit?: number; next?: boolean }): string[] {
  if (!subject.next || subject.fit === undefined || fit.flat || fit.answered === 0 || subject.fit >= POOR_FIT) return [];
  return [
    `${subject.role.title} fits your preference answers poorly (${percent(subject.fit)}): it ranks first on skills among the moves one step away, but nothing one step away matches what you said you want. Look at the moves further away before taking it.`,
  ];
}

// The advice uses the lead's rating where there is one (prior.ts). Say so, and say when the person's own
// ratings would have given another verdict: that difference is the calibration talk to have.
function managerView(index: FrameworkIndex, profile: Profile, subject: { role: Role; readiness: Readiness }): string[] {
  if (!profile.manager_ratings) return [];
  const differ: string[] = [];
  for (const req of index.requirements.get(subject.role.id) ?? []) {
    const self = own(profile.ratings, req.skill) ?? null;
    const manager = own(profile.manager_ratings, req.skill);
    if (manager !== undefined && manager !== self) differ.push(`${index.skills.get(req.skill)?.name ?? req.skill} (you ${self ?? 'not rated'}, your lead ${manager})`);
  }
  if (differ.length === 0) return [];
  const selfView = roleReadiness(index, profile, subject.role, false, ratingsArray(index, profile.ratings));
  const used = `Where your lead rated a skill, this advice uses the lead's rating: ${listing(differ)}.`;
  if (selfView.ready === subject.readiness.ready) return [used];
  const verdict = selfView.ready
    ? `by your own ratings you would be ready for ${subject.role.title} (${percent(selfView.readiness)})`
    : `by your own ratings you would not be ready for ${subject.role.title} yet (${percent(selfView.readiness)})`;
  return [`${used} That changes the verdict: ${verdict}. Settle the difference with your lead.`];
}

function incomplete(profile: Profile): string[] {
  if (!profile.incomplete) return [];
  return ['This assessment was interrupted before the end, so the advice uses the answers so far: run "rungs assess --resume" to finish it.'];
}

function preferences(index: FrameworkIndex, fit: FitResult): string[] {
  if (fit.flat) {
    return [
      'Your answers to the agree/disagree statements are all the same, though the statements pull different ways, so they are left out and only your choices count toward fit: answer them again, and say where you really lean.',
    ];
  }
  if (fit.answered === 0 && index.questions.size > 0) {
    return ['No preference questions are answered, so every path gets the same neutral fit and the advice rests on skills alone.'];
  }
  return [];
}

function unknownShare(index: FrameworkIndex, role: Role, readiness: Readiness): string[] {
  const total = readiness.known + readiness.unknown;
  if (total === 0 || readiness.unknown / total <= index.framework.meta.scoring.unknown_share_warning) return [];
  const unrated = readiness.unrated.slice(0, 5).map((g) => g.name);
  const more = readiness.unrated.length - unrated.length;
  return [
    `${readiness.unknown} of the ${total} skills ${role.title} needs ${readiness.unknown === 1 ? 'is' : 'are'} not rated, so the advice assumes them (at what your current role expects, else level ${defaultPrior(index)}) and readiness could be anywhere from ${percent(readiness.low)} to ${percent(readiness.high)}: rate ${listing(more > 0 ? [...unrated, `${more} more`] : unrated)} to sharpen it.`,
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
