// The roles one move away from the current one, scored and ranked: the raw material of the advice.
import { fitOf, type FitResult } from './fit.js';
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { roleReadiness, type Readiness } from './readiness.js';
import type { EdgeType, Profile, Role } from './types.js';
import { round3 } from './wording.js';

export interface Candidate {
  role: Role;
  type: EdgeType;
  readiness: Readiness;
  fit: number;
  score: number;
}

/**
 * Best first: by score (to three decimals, what the person sees); on a tie, the promotion on the person's
 * own track, then the better fit, the nearer rung, the id. `gaps: false` scores the numbers only.
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
    const roleFit = roleFitOf(index, fit, role);
    const progress = moveProgress(from, role);
    const score = Math.min(1, Math.max(0, weights.readiness * readiness.readiness + weights.fit * roleFit + (weights.progress ?? 0) * progress));
    candidates.push({ role, type: moveType(from, role), readiness, fit: roleFit, score });
  }
  return candidates.sort((a, b) => compareCandidates(from, a, b));
}

export function compareCandidates(from: Role, a: Candidate, b: Candidate): number {
  return (
    round3(b.score) - round3(a.score) ||
    ownTrackPromotion(from, b) - ownTrackPromotion(from, a) ||
    round3(b.fit) - round3(a.fit) ||
    a.role.level - b.role.level ||
    compareIds(a.role.id, b.role.id)
  );
}

function ownTrackPromotion(from: Role, c: Candidate): number {
  return c.type === 'promotion' && c.role.track === from.track ? 1 : 0;
}

/** A move's type follows the levels, whatever the edge is called: up a rung is a promotion. */
export function moveType(from: Role, to: Role): EdgeType {
  return to.level > from.level ? 'promotion' : 'lateral';
}

/**
 * How much a move moves a career on: 1 up a rung, 0.5 to another track at the same rung (a new direction),
 * 0 to another track a rung down, and -1 for a step on the same track that is not up (the supervisor job
 * beside the team lead's): that moves nothing, so it is offered, but does not win on readiness alone.
 * A person who wants a step down or out says so in their answers, and fit carries it.
 */
export function moveProgress(from: Role, to: Role): number {
  if (to.level > from.level) return 1;
  if (to.track === from.track) return -1;
  return to.level === from.level ? 0.5 : 0;
}

/**
 * A role's fit. The role where the expert and management paths fork (its promotions lead to both) is the way
 * to each of them, so it fits as well as the better of the two: an expert-leaning person is not steered away
 * from the rung that leads to the expert path because that rung sits on the shared foundation track.
 */
export function roleFitOf(index: FrameworkIndex, fit: FitResult, role: Role): number {
  const own = fitOf(fit, role.track);
  const opens = forkTracks(index).get(role.id);
  if (!opens) return own;
  let best = own;
  for (const track of opens) best = Math.max(best, fitOf(fit, track));
  return best;
}

const forkCache = new WeakMap<FrameworkIndex, Map<string, string[]>>();

/** role id -> the expert and management tracks its promotions open, for the roles whose promotions reach both. */
export function forkTracks(index: FrameworkIndex): Map<string, string[]> {
  let forks = forkCache.get(index);
  if (forks) return forks;
  forks = new Map();
  for (const id of index.roleIds) {
    const role = index.roles.get(id)!;
    const tracks = new Set<string>();
    const kinds = new Set<string>();
    for (const edge of index.outgoing.get(id) ?? []) {
      const to = index.roles.get(edge.role)!;
      const kind = index.tracks.get(to.track)?.kind;
      if (to.level <= role.level || to.track === role.track || (kind !== 'expert' && kind !== 'management')) continue;
      tracks.add(to.track);
      kinds.add(kind);
    }
    if (kinds.size === 2) forks.set(id, [...tracks].sort(compareIds));
  }
  forkCache.set(index, forks);
  return forks;
}
