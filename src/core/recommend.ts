// The advice for one person: the best next role, how sure we are, why, and what to develop.
// The shape of Advice is a JSON contract that scripts rely on: snake_case keys, numbers to 3 decimals.
import { rankCandidates, type Candidate } from './candidates.js';
import { buildFork, type Fork } from './fork.js';
import { againstSignal, trackFit, type FitResult } from './fit.js';
import { further, type FurtherMove } from './further.js';
import { own, type FrameworkIndex } from './index-framework.js';
import { effectiveRatings } from './prior.js';
import { ratingsArray, roleGaps, roleReadiness, type Block, type Gap, type Readiness, type UnratedSkill } from './readiness.js';
import { nextRoleReasons, topOfPathReasons, type ReasonContext } from './reasons.js';
import type { EdgeType, Profile, Role } from './types.js';
import { adviceWarnings } from './warnings.js';
import { round3, roundGap } from './wording.js';

export interface RoleRef {
  id: string;
  title: string;
  level: number;
  track: string;
  /** The track's name in the framework, for wording ("Expert path"). */
  track_name: string;
}

export interface NextRole extends RoleRef {
  type: EdgeType;
}

export interface Alternative extends NextRole {
  readiness: number;
  fit: number;
  score: number;
  ready: boolean;
  blocked_by: Block[];
  /** A clear "no" the person gave to this direction, in words; null when none. */
  against: string | null;
}

/** A rated skill at or above what the recommended role asks, with the person's evidence when they gave some. */
export interface Strength {
  skill: string;
  name: string;
  level: number;
  target: number;
  evidence: string | null;
}

export interface Advice {
  current_role: RoleRef;
  next_role: NextRole | null;
  /** For next_role; at the top of a path, for the current role (how fully the person fills it). */
  readiness: number;
  readiness_range: [number, number];
  fit: number;
  score: number;
  /** readiness >= threshold and blocked_by empty. */
  ready: boolean;
  /** The readiness that counts as ready (scoring.readiness_threshold). */
  threshold: number;
  /** Why the recommended role is not ready yet, one entry per skill; empty when ready. */
  blocked_by: Block[];
  /** Every other next move, best first (a move the person clearly said no to comes after the others). */
  alternatives: Alternative[];
  /** Moves further away that fit the person's answers better than anything one step away. */
  further: FurtherMove[];
  /** Rated skills short of the target, most important first; when no move is ready, the current role's core gaps first. */
  gaps: Gap[];
  /** Skills the role needs that were not rated: "rate these to sharpen the advice". */
  unrated: UnratedSkill[];
  strengths: Strength[];
  reasons: string[];
  warnings: string[];
  fork: Fork | null;
  top_of_path: boolean;
}

/** The profile names a role the framework does not have: checkProfile reports it; callers stop before here. */
export class UnknownRoleError extends Error {
  constructor(readonly roleId: string) {
    super(`unknown role "${roleId}"`);
    this.name = 'UnknownRoleError';
  }
}

/**
 * What a team report needs of one person's advice: the move and its numbers and gaps. Not the advice's
 * warnings: they speak to the person ("your lead"), and a report writes its own to the lead (lead-warnings.ts).
 */
export type Move = Pick<Advice, 'current_role' | 'next_role' | 'readiness' | 'fit' | 'ready' | 'blocked_by' | 'gaps' | 'unrated'>;

export function recommend(index: FrameworkIndex, profile: Profile): Advice {
  const ratings = effectiveRatings(index, profile.manager_ratings, ratingsArray(index, profile.ratings));
  const { current, fit } = start(index, profile);
  const ranked = rankCandidates(index, profile, current, fit, { ratings });
  const [best, ...others] = ranked;
  const subject = subjectOf(index, profile, current, fit, best, ratings);
  const move = moveOf(index, profile, current, subject, ranked, ratings);
  const beyond = best ? further(index, profile, current, fit, ranked, ratings) : [];
  const alternatives = orderAlternatives(index, profile, fit, others);
  const runnerFirst = best ? [best, ...alternatives.map((a) => others.find((c) => c.role.id === a.id)!)] : [];
  const ctx: ReasonContext = { index, profile, current, fit, ranked: runnerFirst, further: beyond, growFirst: growFirst(ranked, move.gaps, current) };
  const gaps = withBothViews(profile, dedupeActions(move.gaps));
  // Spelled out: the key order is the JSON contract's.
  return {
    current_role: move.current_role,
    next_role: move.next_role,
    readiness: move.readiness,
    readiness_range: [round3(subject.readiness.low), round3(subject.readiness.high)],
    fit: move.fit,
    score: round3(subject.score),
    ready: move.ready,
    threshold: index.framework.meta.scoring.readiness_threshold,
    blocked_by: move.blocked_by,
    alternatives,
    further: beyond,
    gaps,
    unrated: move.unrated,
    strengths: strengths(index, profile, subject, ratings),
    reasons: best ? nextRoleReasons(ctx) : topOfPathReasons(ctx, subject.readiness),
    warnings: adviceWarnings(index, profile, fit, { role: subject.role, readiness: subject.readiness, fit: subject.fit, next: subject.type !== null }),
    fork: best ? buildFork(index, ranked) : null,
    top_of_path: !best,
  };
}

/**
 * The same decision as recommend() without what a team report shows for nobody (reasons, the fork, the
 * alternatives): the other moves are scored as numbers only, and only the chosen one gets its gaps.
 * `ratings`: the self ratings by skill slot; the lead's are merged in here as in recommend().
 */
export function nextMove(index: FrameworkIndex, profile: Profile, self: ArrayLike<number> = ratingsArray(index, profile.ratings)): Move {
  const ratings = effectiveRatings(index, profile.manager_ratings, self);
  const { current, fit } = start(index, profile);
  const ranked = rankCandidates(index, profile, current, fit, { gaps: false, ratings });
  const [best] = ranked;
  const withGaps = best && { ...best, readiness: roleReadiness(index, profile, best.role, true, ratings) };
  const move = moveOf(index, profile, current, subjectOf(index, profile, current, fit, withGaps, ratings), ranked, ratings);
  madeFrom.set(move, { index, profile, fit, self });
  return move;
}

// What each move was worked out from: the lead's warnings of a team report read the same again (the track fit
// for flat or missing answers, the self ratings for the verdict by the person's own view), and working them out
// once per person is enough.
const madeFrom = new WeakMap<Move, { index: FrameworkIndex; profile: Profile } & MoveInputs>();

export interface MoveInputs {
  fit: FitResult;
  /** The self ratings by skill slot, before the lead's were merged in. */
  self: ArrayLike<number>;
}

/** The track fit and self ratings nextMove() worked this move of `profile` out from, if it made the move. */
export function moveInputs(index: FrameworkIndex, profile: Profile, move: Move): MoveInputs | undefined {
  const known = madeFrom.get(move);
  return known && known.index === index && known.profile === profile ? known : undefined;
}

function start(index: FrameworkIndex, profile: Profile): { current: Role; fit: FitResult } {
  const current = index.roles.get(profile.current_role);
  if (!current) throw new UnknownRoleError(profile.current_role);
  return { current, fit: trackFit(index, profile.preferences) };
}

/** What the advice is about: the best next move, or at the top of a path the role the person holds. */
interface Subject {
  role: Role;
  type: EdgeType | null;
  readiness: Readiness;
  fit: number;
  score: number;
}

function subjectOf(index: FrameworkIndex, profile: Profile, current: Role, fit: FitResult, best: Candidate | undefined, ratings: ArrayLike<number>): Subject {
  if (best) return best;
  // Top of the path: score the role the person holds, so there is still something to develop.
  const readiness = roleReadiness(index, profile, current, true, ratings);
  const currentFit = own(fit.fit, current.track) ?? 0.5;
  const { weights } = index.framework.meta.scoring;
  return { role: current, type: null, readiness, fit: currentFit, score: Math.min(1, weights.readiness * readiness.readiness + weights.fit * currentFit) };
}

function moveOf(index: FrameworkIndex, profile: Profile, current: Role, subject: Subject, ranked: readonly Candidate[], ratings: ArrayLike<number>): Move {
  const { readiness } = subject;
  // When no move is ready, growing in the role the person holds comes first: its unmet core skills lead.
  const noneReady = subject.type !== null && !ranked.some((c) => c.readiness.ready);
  const gaps = noneReady ? growWhereYouAre(index, profile, current, readiness.gaps, ratings) : readiness.gaps;
  return {
    current_role: roleRef(index, current),
    next_role: subject.type === null ? null : { ...roleRef(index, subject.role), type: subject.type },
    readiness: round3(readiness.readiness),
    fit: round3(subject.fit),
    ready: readiness.ready,
    blocked_by: readiness.blocked,
    gaps: gaps.map(roundGap),
    unrated: readiness.unrated,
  };
}

function growWhereYouAre(index: FrameworkIndex, profile: Profile, current: Role, next: readonly Gap[], ratings: ArrayLike<number>): Gap[] {
  const { core_importance } = index.framework.meta.scoring;
  const own = roleGaps(index, profile, current, ratings, core_importance);
  if (own.length === 0) return [...next];
  const first = new Set(own.map((g) => g.skill));
  return [...own, ...next.filter((g) => !first.has(g.skill))];
}

function growFirst(ranked: readonly Candidate[], gaps: readonly Gap[], current: Role): Gap[] {
  if (ranked.length === 0 || ranked.some((c) => c.readiness.ready)) return [];
  return gaps.filter((g) => g.role === current.id);
}

export function roleRef(index: FrameworkIndex, role: Role): RoleRef {
  return { id: role.id, title: role.title, level: role.level, track: role.track, track_name: index.tracks.get(role.track)?.name ?? role.track };
}

// A runner-up the person clearly said no to ("a remote, solo role" for someone who dislikes remote, solo work)
// goes after the others: strong answers steer the runner-up, not only the winner.
function orderAlternatives(index: FrameworkIndex, profile: Profile, fit: FitResult, others: readonly Candidate[]): Alternative[] {
  const alts = others.map((c): Alternative => {
    const no = againstSignal(index, profile.preferences, c.role.track, fit.flat);
    return {
      ...roleRef(index, c.role),
      type: c.type,
      readiness: round3(c.readiness.readiness),
      fit: round3(c.fit),
      score: round3(c.score),
      ready: c.readiness.ready,
      blocked_by: c.readiness.blocked,
      against: no ? `you answered "${no.answerText}" to "${no.question.text.replace(/[.!]+$/, '')}"` : null,
    };
  });
  return [...alts.filter((a) => a.against === null), ...alts.filter((a) => a.against !== null)];
}

// The same action under two gaps says nothing new the second time: each action appears once, under the
// first (most important) gap that suggests it.
function dedupeActions(gaps: readonly Gap[]): Gap[] {
  const seen = new Set<string>();
  return gaps.map((g) => {
    const develop = g.develop.filter((a) => !seen.has(a.action) && seen.add(a.action) !== undefined);
    return develop.length === g.develop.length ? g : { ...g, develop };
  });
}

function withBothViews(profile: Profile, gaps: Gap[]): Gap[] {
  if (!profile.manager_ratings) return gaps;
  return gaps.map((g) => {
    const manager = own(profile.manager_ratings, g.skill);
    const self = own(profile.ratings, g.skill) ?? null;
    return manager === undefined || manager === self ? g : { ...g, self, manager };
  });
}

function strengths(index: FrameworkIndex, profile: Profile, subject: Subject, ratings: ArrayLike<number>): Strength[] {
  const out: (Strength & { importance: number })[] = [];
  for (const req of index.requirements.get(subject.role.id) ?? []) {
    const slot = index.skillSlot.get(req.skill);
    const level = slot === undefined ? Number.NaN : ratings[slot]!;
    if (Number.isNaN(level) || level < req.level) continue;
    const evidence = own(profile.evidence, req.skill);
    out.push({ skill: req.skill, name: index.skills.get(req.skill)?.name ?? req.skill, level, target: req.level, evidence: typeof evidence === 'string' && evidence.trim() ? evidence : null, importance: req.importance });
  }
  out.sort((a, b) => b.importance - a.importance || b.level - b.target - (a.level - a.target) || (a.skill < b.skill ? -1 : 1));
  return out.map(({ skill, name, level, target, evidence }) => ({ skill, name, level, target, evidence }));
}
