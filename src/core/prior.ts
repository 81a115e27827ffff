// What rungs assumes about a skill a person did not rate. Unknown must not look like "met" (that made a role
// whose core skills were never rated look ready) nor like zero (that buried the real gaps under skills
// nobody asked about). The prior: a person who holds a role is taken to do what that role expects of them;
// for a skill their role does not ask for, a cautious default (scoring.unrated_prior, 1 "Awareness").
// Rating a skill at its prior never changes the verdict: the scoring treats the two the same.
import { own, type FrameworkIndex } from './index-framework.js';
import type { Role } from './types.js';

export const DEFAULT_UNRATED_PRIOR = 1;

export type PriorSource = 'current-role' | 'default';

export function defaultPrior(index: FrameworkIndex): number {
  return index.framework.meta.scoring.unrated_prior ?? DEFAULT_UNRATED_PRIOR;
}

/** The level assumed for `skillId` when a person in `currentRole` has not rated it. */
export function priorLevel(index: FrameworkIndex, currentRole: Role | undefined, skillId: string): number {
  const req = currentRole && (index.requirements.get(currentRole.id) ?? []).find((r) => r.skill === skillId);
  return req ? req.level : defaultPrior(index);
}

export function priorSource(index: FrameworkIndex, currentRole: Role | undefined, skillId: string): PriorSource {
  return currentRole && (index.requirements.get(currentRole.id) ?? []).some((r) => r.skill === skillId) ? 'current-role' : 'default';
}

// One array per (framework, current role), by skill slot: a team of thousands in a handful of roles shares
// a handful of arrays. Callers must not write to it.
const cache = new WeakMap<FrameworkIndex, Map<string, Float64Array>>();

export function priorArray(index: FrameworkIndex, currentRoleId: string): Float64Array {
  let byRole = cache.get(index);
  if (!byRole) cache.set(index, (byRole = new Map()));
  let priors = byRole.get(currentRoleId);
  if (!priors) {
    priors = new Float64Array(index.skillIds.length).fill(defaultPrior(index));
    const plan = index.rolePlans.get(currentRoleId);
    if (plan) for (let i = 0; i < plan.slots.length; i++) if (plan.slots[i]! >= 0) priors[plan.slots[i]!] = plan.levels[i]!;
    byRole.set(currentRoleId, priors);
  }
  return priors;
}

/** The prior of a skill the framework has no slot for (a requirement naming an unknown skill). */
export function priorOfUnknownSlot(index: FrameworkIndex, currentRoleId: string, skillId: string): number {
  return priorLevel(index, index.roles.get(currentRoleId), skillId);
}

/**
 * The ratings the advice works from, by skill slot: the person's own, except where their lead rated a skill:
 * then the lead's. Self ratings run lenient (and the least skilled overrate most), so an observed rating beats
 * a self-assessed one; both stay visible in the advice. Returns `self` itself when there is nothing to merge.
 */
export function effectiveRatings(index: FrameworkIndex, manager: Readonly<Record<string, number>> | undefined, self: ArrayLike<number>): ArrayLike<number> {
  if (!manager) return self;
  let merged: number[] | undefined;
  for (const skill in manager) {
    const slot = index.skillSlot.get(skill);
    const value = own(manager, skill);
    if (slot === undefined || typeof value !== 'number' || value === self[slot]) continue;
    // A copy of an array keeps its kind of elements, so the scoring sees one shape of ratings array, merged or not.
    merged ??= Array.isArray(self) ? (self as number[]).slice() : Array.from(self);
    merged[slot] = value;
  }
  return merged ?? self;
}
