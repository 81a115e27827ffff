// The advice for one person: the best next role, how sure we are, why, and what to develop.
// The shape of Advice is a JSON contract that scripts rely on: snake_case keys, numbers to 3 decimals.
import { rankCandidates, type Candidate } from './candidates.js';
import { buildFork, type Fork } from './fork.js';
import { fitOf, trackFit } from './fit.js';
import type { FrameworkIndex } from './index-framework.js';
import { roleReadiness, type Gap } from './readiness.js';
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

/**
 * `explain: false` skips the reasons and the fork (a team report over thousands of people shows neither);
 * everything else is the same advice.
 */
export function recommend(index: FrameworkIndex, profile: Profile, { explain = true }: { explain?: boolean } = {}): Advice {
  const current = index.roles.get(profile.current_role);
  if (!current) throw new UnknownRoleError(profile.current_role);
  const fit = trackFit(index, profile.preferences);
  const ranked = rankCandidates(index, profile, current, fit);
  const ctx: ReasonContext = { index, profile, current, fit, ranked };
  const [best, ...others] = ranked;

  if (!best) {
    // Top of the path: score the role the person holds, so there is still something to develop.
    const readiness = roleReadiness(index, profile, current);
    const currentFit = fitOf(fit, current.track);
    const { weights } = index.framework.meta.scoring;
    return {
      current_role: roleRef(current),
      next_role: null,
      readiness: round3(readiness.readiness),
      readiness_range: [round3(readiness.low), round3(readiness.high)],
      fit: round3(currentFit),
      score: round3(Math.min(1, weights.readiness * readiness.readiness + weights.fit * currentFit)),
      ready: readiness.ready,
      alternatives: [],
      gaps: readiness.gaps.map(roundGap),
      reasons: explain ? topOfPathReasons(ctx, readiness) : [],
      warnings: adviceWarnings(index, profile, fit, { role: current, readiness }),
      fork: null,
      top_of_path: true,
    };
  }

  return {
    current_role: roleRef(current),
    next_role: { ...roleRef(best.role), type: best.type },
    readiness: round3(best.readiness.readiness),
    readiness_range: [round3(best.readiness.low), round3(best.readiness.high)],
    fit: round3(best.fit),
    score: round3(best.score),
    ready: best.readiness.ready,
    alternatives: others.map(alternative),
    gaps: best.readiness.gaps.map(roundGap),
    reasons: explain ? nextRoleReasons(ctx) : [],
    warnings: adviceWarnings(index, profile, fit, { role: best.role, readiness: best.readiness }),
    fork: explain ? buildFork(index, ranked) : null,
    top_of_path: false,
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
