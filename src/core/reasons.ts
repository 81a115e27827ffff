// Why the advice says what it says, in plain sentences built from the data. Never empty: a person who
// gets a role name without a reason has no way to judge it.
import { moveProgress, type Candidate } from './candidates.js';
import { strongestSignal, type FitResult } from './fit.js';
import type { FurtherMove } from './further.js';
import { own, type FrameworkIndex } from './index-framework.js';
import type { Block, Gap, Readiness } from './readiness.js';
import type { Profile, Role } from './types.js';
import { listing, percent, round3 } from './wording.js';

export interface ReasonContext {
  index: FrameworkIndex;
  profile: Profile;
  current: Role;
  fit: FitResult;
  ranked: Candidate[];
  /** Better fits further away (further.ts). */
  further: FurtherMove[];
  /** When no move is ready: the current role's own core gaps, which come first. */
  growFirst: Gap[];
}

export function nextRoleReasons(ctx: ReasonContext): string[] {
  const [best, runnerUp] = ctx.ranked;
  if (!best) return [];
  return [
    headline(ctx, best),
    ...notReadyDetail(ctx, best),
    ...growWhereYouAre(ctx),
    ...coreSkills(ctx, best.role),
    ...preferenceSignal(ctx, best),
    runnerUpReason(ctx, best, runnerUp),
    ...furtherAway(ctx),
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
  return `No next role is ready yet. ${best.role.title} ranks first on readiness, preference fit and progress together, at ${percent(best.readiness.readiness)} ready (${threshold} counts as ready).`;
}

// Every "not yet" says why in words: under the threshold, or held back by named skills, or both.
function notReadyDetail(ctx: ReasonContext, best: Candidate): string[] {
  const r = best.readiness;
  if (r.ready) return [];
  const threshold = ctx.index.framework.meta.scoring.readiness_threshold;
  const out: string[] = [];
  if (r.readiness < threshold) out.push(`Readiness ${percent(r.readiness)} is under the ${percent(threshold)} that counts as ready.`);
  if (r.blocked.length > 0) {
    const lead = r.readiness >= threshold ? `It is not ready yet although readiness is ${percent(r.readiness)}` : 'What holds it back as well';
    out.push(`${lead}: ${blockedText(r.blocked)}.`);
  }
  return out;
}

/** The blocked_by list in one clause: far gaps rated, far gaps assumed, then "most core skills short". */
export function blockedText(blocked: readonly Block[]): string {
  const parts: string[] = [];
  const far = blocked.filter((b) => b.rule === 'core-gap');
  const rated = far.filter((b) => b.current !== null);
  const assumed = far.filter((b) => b.current === null);
  const levels = (b: Block) => `${b.name} (${b.current} of ${b.target})`;
  if (rated.length === 1) parts.push(rated[0]!.reason);
  else if (rated.length > 1) parts.push(`core skills two or more levels short of target: ${listing(rated.map(levels))}`);
  if (assumed.length === 1) parts.push(assumed[0]!.reason);
  else if (assumed.length > 1) {
    parts.push(`core skills not rated, and what is assumed for them is two or more levels short: ${listing(assumed.map((b) => `${b.name} (needs ${b.target})`))}`);
  }
  const short = blocked.filter((b) => b.rule === 'core-short');
  // That rule applies only when nothing is two levels out, and then lists every short core skill.
  if (short.length > 0) parts.push(`more than half of its core skills are short (${short.length}): ${listing(short.map((b) => `${b.name} (${b.current ?? 'not rated'} of ${b.target})`))}`);
  return parts.join('; ');
}

function growWhereYouAre(ctx: ReasonContext): string[] {
  if (ctx.growFirst.length === 0) return [];
  const names = ctx.growFirst.map((g) => `${g.name} (${g.current} of ${g.target})`);
  return [
    `Grow where you are first: ${listing(names)} ${names.length === 1 ? 'is' : 'are'} below what ${ctx.current.title} itself expects, and ${names.length === 1 ? 'it comes' : 'they come'} first in the skills to develop.`,
  ];
}

function furtherAway(ctx: ReasonContext): string[] {
  if (ctx.further.length === 0) return [];
  const list = ctx.further.map((f) => `${f.title} (${f.moves} moves away, via ${f.via.title}; fit ${percent(f.fit)})`);
  return [`Your answers point further than one step: ${listing(list)} ${ctx.further.length === 1 ? 'fits' : 'fit'} them better than any move one step away; "rungs plan <profile> --to ${ctx.further[0]!.id}" shows the route.`];
}

function coreSkills(ctx: ReasonContext, role: Role): string[] {
  const { core_importance } = ctx.index.framework.meta.scoring;
  const core = (ctx.index.requirements.get(role.id) ?? []).filter((r) => r.importance >= core_importance);
  if (core.length === 0) return [];
  const name = (skill: string) => ctx.index.skills.get(skill)?.name ?? skill;
  const met: string[] = [];
  const short: string[] = [];
  let unrated = 0;
  for (const req of core) {
    const rating = own(ctx.profile.manager_ratings, req.skill) ?? own(ctx.profile.ratings, req.skill) ?? null;
    if (rating === null) unrated++;
    else if (rating >= req.level) met.push(name(req.skill));
    else short.push(`${name(req.skill)} (${rating} of ${req.level})`);
  }
  const n = core.length;
  const its = n === 1 ? 'its core skill' : n === 2 ? 'both of its core skills' : `all ${n} of its core skills`;
  if (unrated === n) return [`None of ${n === 1 ? 'its core skill' : `its ${n} core skills`} is rated yet: rate them (listed below) for a sharper answer.`];
  const notRated = unrated > 0 ? `; ${unrated} not rated` : '';
  if (short.length === 0 && unrated === 0) return [`You meet ${its}: ${listing(met)}.`];
  if (met.length === 0) return [`You do not meet ${n === 1 ? 'its core skill' : `any of the ${n - unrated} core skills you rated`} yet: ${listing(short)}${notRated}.`];
  return [`You meet ${met.length} of its ${n} core skills (${listing(met)})${short.length ? `; still short: ${listing(short)}` : ''}${notRated}.`];
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
    const ownTrack = best.type === 'promotion' && best.role.track === ctx.current.track && !(second.type === 'promotion' && second.role.track === ctx.current.track);
    const why = ownTrack
      ? `${best.role.title} is the promotion on your own track`
      : round3(best.fit) > round3(second.fit)
        ? `${best.role.title} fits your answers better`
        : best.role.level < second.role.level
          ? `${best.role.title} is the nearer rung`
          : 'nothing separates them, so they are listed by id';
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
