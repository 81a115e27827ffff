// The roles one move away from the current one, scored and ranked: the raw material of the advice.
import { fitOf, type FitResult } from './fit.js';
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { roleReadiness, type Readiness } from './readiness.js';
import type { EdgeType, Profile, Role } from './types.js';

export interface Candidate {
  role: Role;
  type: EdgeType;
  readiness: Readiness;
  fit: number;
  score: number;
}

/**
 * Best first: by score, then the nearer rung, then id, so equal scores still give one answer.
 * `gaps: false` scores the numbers only (the readiness has no gaps), for callers that need the winner alone.
 */
export function rankCandidates(
  index: FrameworkIndex,
  profile: Profile,
  from: Role,
  fit: FitResult,
  { gaps = true, ratings }: { gaps?: boolean; ratings?: ArrayLike<number> } = {},
): Candidate[] {
  const { weights } = index.framework.meta.scoring;
  const candidates: Candidate[] = [];
  for (const edge of index.outgoing.get(from.id) ?? []) {
    const role = index.roles.get(edge.role)!;
    const readiness = roleReadiness(index, profile, role, gaps, ratings);
    const roleFit = fitOf(fit, role.track);
    const progress = moveProgress(from, role);
    const score = Math.min(1, Math.max(0, weights.readiness * readiness.readiness + weights.fit * roleFit + (weights.progress ?? 0) * progress));
    candidates.push({ role, type: edge.type, readiness, fit: roleFit, score });
  }
  return candidates.sort((a, b) => b.score - a.score || a.role.level - b.role.level || compareIds(a.role.id, b.role.id));
}

/**
 * How much a move moves a career on: 1 up a level, 0.5 to another track at the same level (a new direction),
 * 0 sideways within the same track. It keeps a same-track sideways step from outranking a ready promotion.
 */
export function moveProgress(from: Role, to: Role): number {
  if (to.level > from.level) return 1;
  return to.track !== from.track ? 0.5 : 0;
}
