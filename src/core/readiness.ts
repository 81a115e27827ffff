// Readiness: how much of a role's skill requirements a person already meets, with partial credit.
// "Not sure" is not zero: the point estimate uses only what is known, and the range shows what the
// unknowns could do to it (all zero at the low end, all met at the high end).
import { own, compareIds, type FrameworkIndex, type RolePlan } from './index-framework.js';
import type { DevelopAction, Profile, Requirement, Role } from './types.js';

export interface Gap {
  skill: string;
  name: string;
  category: string;
  /** null when the skill is not rated. */
  current: number | null;
  target: number;
  importance: number;
  /** target - current, or the whole target when the skill is not rated. */
  shortfall: number;
  /** importance x shortfall: what to work on first. */
  priority: number;
  unknown: boolean;
  develop: DevelopAction[];
}

export interface Readiness {
  /** Importance-weighted share of the known requirements met (0 when none is known). */
  readiness: number;
  /** Unknown requirements counted as nothing. */
  low: number;
  /** Unknown requirements counted as met. */
  high: number;
  known: number;
  unknown: number;
  /** Core skills rated too far below their target, by skill id. */
  gated: string[];
  ready: boolean;
  /** Unmet or unknown requirements, most important first. */
  gaps: Gap[];
}

/** A role the index does not know has no requirements. */
const NO_PLAN: RolePlan = { reqs: [], slots: new Int32Array(0), levels: new Float64Array(0), importance: new Float64Array(0) };

/**
 * `withGaps: false` leaves `gaps` empty: for callers that need only the numbers (team bench strength).
 * `ratings`: the profile's ratings already read into an array (readRatings), when the caller has them.
 */
export function roleReadiness(index: FrameworkIndex, profile: Profile, role: Role, withGaps = true, ratings: ArrayLike<number> = ratingsArray(index, profile.ratings)): Readiness {
  const { core_importance, core_gap_gate, readiness_threshold, unknown_share_warning } = index.framework.meta.scoring;
  let knownCredit = 0;
  let knownWeight = 0;
  let unknownWeight = 0;
  let known = 0;
  let gated: string[] | undefined;
  const gaps: Gap[] = [];

  const { reqs, slots, levels, importance: weights } = index.rolePlans.get(role.id) ?? NO_PLAN;
  const count = slots.length;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    const level = levels[i]!;
    const importance = weights[i]!;
    const value = slot >= 0 ? ratings[slot]! : (own(profile.ratings, reqs[i]!.skill) ?? Number.NaN);
    if (typeof value !== 'number' || Number.isNaN(value)) {
      unknownWeight += importance;
      if (withGaps) gaps.push(gap(index, reqs[i]!, null));
      continue;
    }
    known++;
    knownWeight += importance;
    knownCredit += importance * credit(value, level);
    if (importance >= core_importance && value <= level - core_gap_gate) (gated ??= []).push(reqs[i]!.skill);
    if (withGaps && value < level) gaps.push(gap(index, reqs[i]!, value));
  }

  const total = knownWeight + unknownWeight;
  const readiness = knownWeight > 0 ? knownCredit / knownWeight : 0;
  const low = total > 0 ? knownCredit / total : 0;
  const high = total > 0 ? (knownCredit + unknownWeight) / total : 0;
  return {
    readiness,
    low,
    high,
    known,
    unknown: count - known,
    gated: gated ?? [],
    // Too little rated to vouch for: a high point estimate over a few known skills is not "ready".
    ready: known > 0 && gated === undefined && readiness >= readiness_threshold && unknownWeight <= total * unknown_share_warning,
    gaps: gaps.length > 1 ? gaps.sort(byPriority) : gaps,
  };
}

// A profile's ratings as an array in the index's skill order (NaN: not rated), read once per ratings object
// and index: scoring a person against a dozen roles then costs array reads, not a dozen property lookups per
// role. Profiles are data: nothing changes a ratings object once it has been scored. Callers must not write
// to the array.
const denseCache = new WeakMap<FrameworkIndex, WeakMap<object, number[]>>();
const NO_RATINGS = {};

export function ratingsArray(index: FrameworkIndex, ratings: Profile['ratings'] | undefined): number[] {
  const key = ratings ?? NO_RATINGS;
  let byRatings = denseCache.get(index);
  if (!byRatings) denseCache.set(index, (byRatings = new WeakMap()));
  let dense = byRatings.get(key);
  if (!dense) byRatings.set(key, (dense = readRatings(index, ratings)));
  return dense;
}

/** The array itself, uncached: a team report reads each person's once and hands it to every scoring step. */
export function readRatings(index: FrameworkIndex, ratings: Profile['ratings'] | undefined): number[] {
  const dense: number[] = new Array<number>(index.skillIds.length).fill(Number.NaN);
  if (ratings) {
    for (const skill in ratings) {
      const slot = index.skillSlot.get(skill);
      const value = own(ratings, skill);
      if (slot !== undefined && typeof value === 'number') dense[slot] = value;
    }
  }
  return dense;
}

/** Partial credit: halfway to the target is half the credit; beyond it earns nothing extra. */
function credit(rating: number, target: number): number {
  if (target <= 0) return 1;
  return Math.max(0, Math.min(rating, target)) / target;
}

function gap(index: FrameworkIndex, req: Requirement, current: number | null): Gap {
  const skill = index.skills.get(req.skill);
  const shortfall = current === null ? req.level : req.level - current;
  return {
    skill: req.skill,
    name: skill?.name ?? req.skill,
    category: skill?.category ?? '',
    current,
    target: req.level,
    importance: req.importance,
    shortfall,
    priority: req.importance * shortfall,
    unknown: current === null,
    develop: developFor(skill?.develop ?? [], current ?? 0, req.level),
  };
}

// The actions aimed at the levels still to climb; when the skill has none for those levels, all of its
// actions are still better advice than nothing. Memoised per skill and step: a team of thousands shares a
// handful of lists instead of allocating one per gap (callers treat them as read-only).
const developCache = new WeakMap<readonly DevelopAction[], Map<number, DevelopAction[]>>();

export function developFor(actions: readonly DevelopAction[], current: number, target: number): DevelopAction[] {
  let byStep = developCache.get(actions);
  if (!byStep) developCache.set(actions, (byStep = new Map()));
  const key = current * 64 + target;
  let list = byStep.get(key);
  if (!list) {
    const matching = actions.filter((a) => !a.levels || (a.levels[0] <= target && a.levels[1] >= current + 1));
    byStep.set(key, (list = matching.length > 0 ? matching : [...actions]));
  }
  return list;
}

function byPriority(a: Gap, b: Gap): number {
  return b.priority - a.priority || b.importance - a.importance || compareIds(a.skill, b.skill);
}
