// Why the advice says what it says, in plain sentences built from the data. Never empty: a person who
// gets a role name without a reason has no way to judge it.
import { moveProgress, type Candidate } from './candidates.js';
import { strongestSignal, type FitResult } from './fit.js';
import { own, type FrameworkIndex } from './index-framework.js';
import type { Readiness } from './readiness.js';
import type { Profile, Role } from './types.js';
import { listing, percent, round3 } from './wording.js';

export interface ReasonContext {
  index: FrameworkIndex;
  profile: Profile;
  current: Role;
  fit: FitResult;
  ranked: Candidate[];
}

export function nextRoleReasons(ctx: ReasonContext): string[] {
  const [best, runnerUp] = ctx.ranked;
  if (!best) return [];
  return [
    headline(ctx, best),
    ...notReadyDetail(best),
    ...coreSkills(ctx, best.role),
    ...preferenceSignal(ctx, best),
    runnerUpReason(ctx, best, runnerUp),
  ];
}

export function topOfPathReasons(ctx: ReasonContext, readiness: Readiness): string[] {
  const reasons = [`${ctx.current.title} is the top of its path: there is no next role from it in this framework.`];
  if (readiness.known === 0) {
    reasons.push('None of its skills is rated, so there is no readiness to report; rate them to see what to deepen.');
  } else if (readiness.gaps.length === 0) {
    reasons.push(
      `You meet every skill requirement of ${ctx.current.title}: growth from here is about depth and influence rather than a new title.`,
    );
  } else {
    reasons.push(
      `On the skills you rated you meet ${percent(readiness.readiness)} of what ${ctx.current.title} asks for; the gaps below are what to deepen in the role you have.`,
    );
  }
  reasons.push(...coreSkills(ctx, ctx.current));
  return reasons;
}

function headline(ctx: ReasonContext, best: Candidate): string {
  const threshold = percent(ctx.index.framework.meta.scoring.readiness_threshold);
  const move = best.type === 'promotion' ? 'a promotion' : 'a lateral move';
  if (best.readiness.ready) {
    return `${best.role.title} is your best next step: ${move} to level ${best.role.level} on the ${trackName(ctx, best.role.track)}, ${percent(best.readiness.readiness)} ready (${threshold} counts as ready).`;
  }
  const readyOne = ctx.ranked.find((c) => c.readiness.ready);
  if (readyOne) {
    return `${best.role.title} ranks first on readiness, preference fit and progress together, but it is not ready yet (${percent(best.readiness.readiness)}); ${readyOne.role.title} is ready now at ${percent(readyOne.readiness.readiness)}.`;
  }
  return `No next role is ready yet. ${best.role.title} ranks first on readiness, preference fit and progress together, at ${percent(best.readiness.readiness)} ready (${threshold} counts as ready), so its gaps below are what to work on.`;
}

function notReadyDetail(best: Candidate): string[] {
  const r = best.readiness;
  if (r.ready) return [];
  if (r.known === 0) return [`None of the skills ${best.role.title} needs is rated yet, so its readiness cannot be judged: rate them for a real answer.`];
  if (r.gated.length === 0) return [];
  const gated = r.gaps.filter((g) => r.gated.includes(g.skill)).map((g) => g.name);
  return [`What holds it back is ${r.gated.length === 1 ? 'a core skill' : 'core skills'} too far below target, whatever the total: ${listing(gated)}.`];
}

function coreSkills(ctx: ReasonContext, role: Role): string[] {
  const { core_importance } = ctx.index.framework.meta.scoring;
  const core = (ctx.index.requirements.get(role.id) ?? []).filter((r) => r.importance >= core_importance);
  if (core.length === 0) return [];
  const name = (skill: string) => ctx.index.skills.get(skill)?.name ?? skill;
  const met: string[] = [];
  const short: string[] = [];
  for (const req of core) {
    const rating = own(ctx.profile.ratings, req.skill) ?? null;
    if (rating !== null && rating >= req.level) met.push(name(req.skill));
    else short.push(rating === null ? `${name(req.skill)} (not rated)` : `${name(req.skill)} (${rating} of ${req.level})`);
  }
  const n = core.length;
  if (short.length === 0) return [`You meet ${n === 1 ? 'its core skill' : `all ${n} of its core skills`}: ${listing(met)}.`];
  if (met.length === 0) return [`You do not meet ${n === 1 ? 'its core skill' : `any of its ${n} core skills`} yet: ${listing(short)}.`];
  return [`You meet ${met.length} of its ${n} core skills (${listing(met)}); still short: ${listing(short)}.`];
}

function preferenceSignal(ctx: ReasonContext, best: Candidate): string[] {
  if (ctx.fit.answered === 0) return [];
  const track = trackName(ctx, best.role.track);
  const signal = strongestSignal(ctx.index, ctx.profile.preferences, best.role.track, ctx.fit.flat);
  if (!signal) return [`None of your preference answers points toward the ${track} (fit ${percent(best.fit)}), so it ranks here on readiness.`];
  return [
    `Your answer to "${signal.question.text}" (${signal.answerText}) points most strongly toward the ${track}, which fits your preferences at ${percent(best.fit)}.`,
  ];
}

function runnerUpReason(ctx: ReasonContext, best: Candidate, second: Candidate | undefined): string {
  if (!second) return `It is the only move one step from ${ctx.current.title} in this framework.`;
  const intro = `The runner-up is ${second.role.title} on the ${trackName(ctx, second.role.track)}`;
  if (round3(best.score) === round3(second.score)) {
    const why = best.role.level < second.role.level ? `${best.role.title} is the nearer rung` : 'the two are listed alphabetically';
    return `${intro}, with the same score (${percent(second.score)}); ${why}.`;
  }
  return `${intro}, scoring ${percent(second.score)} against ${percent(best.score)}: ${whyLower(ctx, best, second)}.`;
}

// Name the factor that cost the runner-up most, and the one that helped it if any, so the person can
// see whether the gap is skills (closable) or preference (a choice).
function whyLower(ctx: ReasonContext, best: Candidate, second: Candidate): string {
  const { weights } = ctx.index.framework.meta.scoring;
  const readinessLoss = weights.readiness * (best.readiness.readiness - second.readiness.readiness);
  const fitLoss = weights.fit * (best.fit - second.fit);
  const progressLoss = (weights.progress ?? 0) * (moveProgress(ctx.current, best.role) - moveProgress(ctx.current, second.role));
  if (progressLoss > 0 && progressLoss >= readinessLoss && progressLoss >= fitLoss) {
    return `${second.role.title} is a move at your current level, where ${best.role.title} is a step up`;
  }
  const readinessText = `readiness (${percent(second.readiness.readiness)} vs ${percent(best.readiness.readiness)})`;
  const fitText = `preference fit (${percent(second.fit)} vs ${percent(best.fit)})`;
  const [main, mainText, other, otherText] =
    readinessLoss >= fitLoss
      ? [readinessLoss, `lower ${readinessText}`, fitLoss, fitText]
      : [fitLoss, `weaker ${fitText}`, readinessLoss, readinessText];
  if (main <= 0) return 'it scored lower overall';
  if (other > 0) return `${mainText} and ${otherText.startsWith('readiness') ? 'lower' : 'weaker'} ${otherText}`;
  if (other < 0) return `${mainText}, despite better ${otherText}`;
  return mainText;
}

function trackName(ctx: ReasonContext, track: string): string {
  const name = ctx.index.tracks.get(track)?.name ?? track;
  return /path$|track$/i.test(name) ? name : `${name} track`;
}
