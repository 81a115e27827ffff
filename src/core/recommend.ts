// The advice for one person: the best next role, how sure we are, why, and what to develop.
// The shape of Advice is a JSON contract that scripts rely on: snake_case keys, numbers to 3 decimals.
import { rankCandidates, type Candidate } from './candidates.js';
import { buildFork, type Fork } from './fork.js';
import { fitOf, trackFit, type FitResult } from './fit.js';
import type { FrameworkIndex } from './index-framework.js';
import { ratingsArray, roleReadiness, type Gap, type Readiness } from './readiness.js';
import { nextRoleReasons, topOfPathReasons, type ReasonContext } from './reasons.js';
import type { EdgeType, Profile, Role } from './types.js';
import { adviceWarnings } from './warnings.js';
import { round3, roundGap } from './wording.js';

export interface RoleRef {
  id: string;
  title: string;
  level: number;
  track: string;
}

export interface NextRole extends RoleRef {
  type: EdgeType;
}

export interface Alternative extends NextRole {
  readiness: number;
  fit: number;
  score: number;
  ready: boolean;
}

export interface Advice {
  current_role: RoleRef;
  next_role: NextRole | null;
  /** For next_role; at the top of a path, for the current role (how fully the person fills it). */
  readiness: number;
  readiness_range: [number, number];
  fit: number;
  score: number;
  ready: boolean;
  /** Every other next move, best first. */
  alternatives: Alternative[];
  /** Toward next_role; at the top of a path, the current role's own gaps. */
  gaps: Gap[];
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

/** What a team report needs of one person's advice: the move and its numbers, gaps and warnings. */
export type Move = Pick<Advice, 'current_role' | 'next_role' | 'readiness' | 'fit' | 'ready' | 'gaps' | 'warnings'>;

export function recommend(index: FrameworkIndex, profile: Profile): Advice {
  const { current, fit } = start(index, profile);
  const ranked = rankCandidates(index, profile, current, fit);
  const ctx: ReasonContext = { index, profile, current, fit, ranked };
  const [best, ...others] = ranked;
  const subject = subjectOf(index, profile, current, fit, best);
  const move = moveOf(index, profile, current, fit, subject);
  // Spelled out: the key order is the JSON contract's.
  return {
    current_role: move.current_role,
    next_role: move.next_role,
    readiness: move.readiness,
    readiness_range: [round3(subject.readiness.low), round3(subject.readiness.high)],
    fit: move.fit,
    score: round3(subject.score),
    ready: move.ready,
    alternatives: others.map(alternative),
    gaps: move.gaps,
    reasons: best ? nextRoleReasons(ctx) : topOfPathReasons(ctx, subject.readiness),
    warnings: move.warnings,
    fork: best ? buildFork(index, ranked) : null,
    top_of_path: !best,
  };
}

/**
 * The same decision as recommend() without what a team report shows for nobody (reasons, the fork, the
 * alternatives): the other moves are scored as numbers only, and only the chosen one gets its gaps.
 */
export function nextMove(index: FrameworkIndex, profile: Profile, ratings: ArrayLike<number> = ratingsArray(index, profile.ratings)): Move {
  const { current, fit } = start(index, profile);
  const [best] = rankCandidates(index, profile, current, fit, { gaps: false, ratings });
  const withGaps = best && { ...best, readiness: roleReadiness(index, profile, best.role, true, ratings) };
  return moveOf(index, profile, current, fit, subjectOf(index, profile, current, fit, withGaps, ratings));
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

function subjectOf(index: FrameworkIndex, profile: Profile, current: Role, fit: FitResult, best: Candidate | undefined, ratings?: ArrayLike<number>): Subject {
  if (best) return best;
  // Top of the path: score the role the person holds, so there is still something to develop.
  const readiness = roleReadiness(index, profile, current, true, ratings);
  const currentFit = fitOf(fit, current.track);
  const { weights } = index.framework.meta.scoring;
  return { role: current, type: null, readiness, fit: currentFit, score: Math.min(1, weights.readiness * readiness.readiness + weights.fit * currentFit) };
}

function moveOf(index: FrameworkIndex, profile: Profile, current: Role, fit: FitResult, subject: Subject): Move {
  const { readiness } = subject;
  return {
    current_role: roleRef(current),
    next_role: subject.type === null ? null : { ...roleRef(subject.role), type: subject.type },
    readiness: round3(readiness.readiness),
    fit: round3(subject.fit),
    ready: readiness.ready,
    gaps: readiness.gaps.map(roundGap),
    warnings: adviceWarnings(index, profile, fit, { role: subject.role, readiness }),
  };
}

export function roleRef(role: Role): RoleRef {
  return { id: role.id, title: role.title, level: role.level, track: role.track };
}

function alternative(c: Candidate): Alternative {
  return {
    ...roleRef(c.role),
    type: c.type,
    readiness: round3(c.readiness.readiness),
    fit: round3(c.fit),
    score: round3(c.score),
    ready: c.readiness.ready,
  };
}
