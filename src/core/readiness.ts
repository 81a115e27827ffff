// Readiness: how much of a role's skill requirements a person already meets, with partial credit.
// A skill the person did not rate is scored at its prior (src/core/prior.ts), so "not rated" never counts as
// met nor as zero; the range shows what the unknowns could do (all zero at the low end, all met at the high).
// Ready has one definition, used by every command and format: readiness at or above the threshold AND
// nothing in blocked_by (a core skill core_gap_gate or more levels short, or most core skills short).
import { own, compareIds, type FrameworkIndex, type RolePlan } from './index-framework.js';
import { effectiveRatings, priorArray, priorOfUnknownSlot } from './prior.js';
import type { DevelopAction, Profile, Requirement, Role } from './types.js';

export interface Gap {
  skill: string;
  name: string;
  category: string;
  /** The rating the advice used (the lead's where they gave one). Gaps hold rated skills only. */
  current: number | null;
  target: number;
  importance: number;
  /** target - current. */
  shortfall: number;
  /** importance x shortfall: what to work on first. */
  priority: number;
  unknown: boolean;
  develop: DevelopAction[];
  /** The role whose target this is. */
  role: string;
  /** Where the person's lead rated the skill differently: both ratings (current is the lead's). */
  self?: number | null;
  manager?: number;
}

/** Why a role is not ready despite (or beside) its readiness figure. */
export interface Block {
  skill: string;
  name: string;
  /** The rating used; null when the skill is not rated (the reason says what was assumed). */
  current: number | null;
  target: number;
  reason: string;
  /** core-gap: a core skill core_gap_gate or more levels short; core-short: one of most core skills short. */
  rule: 'core-gap' | 'core-short';
}

/** A skill the role needs that the person did not rate: "rate these to sharpen the advice". */
export interface UnratedSkill {
  skill: string;
  name: string;
  target: number;
  importance: number;
  /** The level the scoring assumed (the prior). */
  assumed: number;
}

export interface Readiness {
  /** Importance-weighted share of the requirements met, unrated skills at their prior. */
  readiness: number;
  /** Unrated requirements counted as nothing. */
  low: number;
  /** Unrated requirements counted as met. */
  high: number;
  known: number;
  unknown: number;
  /** The skills in blocked_by, by id. */
  gated: string[];
  /** Why it is not ready though the figure may say so; empty when nothing blocks. Filled only with gaps. */
  blocked: Block[];
  ready: boolean;
  /** Rated requirements below target, most important first (importance x shortfall). */
  gaps: Gap[];
  /** Unrated requirements, most important first. */
  unrated: UnratedSkill[];
}

// The empty lists of a readiness scored without gaps (and its empty gated list): one shared, frozen array
// rather than four new ones per call, as a team report scores each person against a dozen roles.
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** A role the index does not know has no requirements. */
const NO_PLAN: RolePlan = { reqs: [], slots: new Int32Array(0), levels: new Float64Array(0), importance: new Float64Array(0) };

/** The ratings the scoring uses for a profile: its own, with the lead's where given. */
export function scoringRatings(index: FrameworkIndex, profile: Profile): ArrayLike<number> {
  return effectiveRatings(index, profile.manager_ratings, ratingsArray(index, profile.ratings));
}

/**
 * `withGaps: false` leaves `gaps`, `unrated` and `blocked` empty (`gated` and `ready` are still exact): for
 * callers that need only the numbers (ranking, team bench strength).
 * `ratings`: the ratings the scoring uses, by skill slot (scoringRatings), when the caller has them.
 */
export function roleReadiness(index: FrameworkIndex, profile: Profile, role: Role, withGaps = true, ratings: ArrayLike<number> = scoringRatings(index, profile)): Readiness {
  const { core_importance, core_gap_gate, readiness_threshold } = index.framework.meta.scoring;
  const priors = priorArray(index, profile.current_role);
  let credits = 0;
  let knownCredit = 0;
  let total = 0;
  let unknownWeight = 0;
  let known = 0;
  let core = 0;
  let coreShort = 0;
  let gated: string[] | undefined;
  const gaps: Gap[] = withGaps ? [] : NONE;
  const unrated: UnratedSkill[] = withGaps ? [] : NONE;

  const { reqs, slots, levels, importance: weights } = index.rolePlans.get(role.id) ?? NO_PLAN;
  const count = slots.length;
  for (let i = 0; i < count; i++) {
    const slot = slots[i]!;
    const level = levels[i]!;
    const importance = weights[i]!;
    const rated = slot >= 0 ? ratings[slot]! : (own(profile.ratings, reqs[i]!.skill) ?? Number.NaN);
    const isRated = typeof rated === 'number' && !Number.isNaN(rated);
    const value = isRated ? rated : slot >= 0 ? priors[slot]! : priorOfUnknownSlot(index, profile.current_role, reqs[i]!.skill);
    const c = importance * credit(value, level);
    total += importance;
    credits += c;
    if (isRated) {
      known++;
      knownCredit += c;
      if (withGaps && value < level) gaps.push(gap(index, reqs[i]!, value, role.id));
    } else {
      unknownWeight += importance;
      if (withGaps) unrated.push(unratedSkill(index, reqs[i]!, value));
    }
    if (importance >= core_importance) {
      core++;
      if (value < level) coreShort++;
      if (value <= level - core_gap_gate) (gated ??= []).push(reqs[i]!.skill);
    }
  }

  // Short on most of the core, even by a level each, is not ready: "6 of 10 core skills short" must not
  // read as ready because none of them is two levels out. Where a core skill is two or more levels out,
  // that alone is what blocks, and the list stays short enough to act on.
  const mostCoreShort = gated === undefined && coreShort >= 2 && coreShort * 2 > core;
  if (mostCoreShort) {
    for (let i = 0; i < count; i++) {
      if (weights[i]! < core_importance) continue;
      const skill = reqs[i]!.skill;
      const slot = slots[i]!;
      const rated = slot >= 0 ? ratings[slot]! : Number.NaN;
      const value = Number.isNaN(rated) ? (slot >= 0 ? priors[slot]! : priorOfUnknownSlot(index, profile.current_role, skill)) : rated;
      if (value < levels[i]!) (gated ??= []).push(skill);
    }
  }

  const readiness = total > 0 ? credits / total : 0;
  const ready = readiness >= readiness_threshold && gated === undefined;
  const blocked = withGaps ? (gated ? blocks(index, profile, role, ratings, priors, gated, { core, coreShort }) : []) : NONE;
  return {
    readiness,
    low: total > 0 ? knownCredit / total : 0,
    high: total > 0 ? (knownCredit + unknownWeight) / total : 0,
    known,
    unknown: count - known,
    gated: gated ? gated.sort(compareIds) : NONE,
    blocked,
    ready,
    gaps: gaps.length > 1 ? gaps.sort(byPriority) : gaps,
    unrated: unrated.length > 1 ? unrated.sort(byImportance) : unrated,
  };
}

/**
 * roleReadiness(...).gaps of the requirements at `minImportance` or above, without the rest of the readiness
 * (no unrated list, no blocked_by and its wording): what growing in the current role needs first.
 */
export function roleGaps(index: FrameworkIndex, profile: Profile, role: Role, ratings: ArrayLike<number>, minImportance: number): Gap[] {
  const { reqs, slots, levels, importance: weights } = index.rolePlans.get(role.id) ?? NO_PLAN;
  const gaps: Gap[] = [];
  for (let i = 0; i < slots.length; i++) {
    if (weights[i]! < minImportance) continue;
    const slot = slots[i]!;
    const rated = slot >= 0 ? ratings[slot]! : (own(profile.ratings, reqs[i]!.skill) ?? Number.NaN);
    if (typeof rated === 'number' && !Number.isNaN(rated) && rated < levels[i]!) gaps.push(gap(index, reqs[i]!, rated, role.id));
  }
  return gaps.length > 1 ? gaps.sort(byPriority) : gaps;
}

function blocks(
  index: FrameworkIndex,
  profile: Profile,
  role: Role,
  ratings: ArrayLike<number>,
  priors: Float64Array,
  gated: readonly string[],
  counts: { core: number; coreShort: number },
): Block[] {
  const { core_gap_gate } = index.framework.meta.scoring;
  const currentRole = index.roles.get(profile.current_role);
  const out: (Block & { short: number; importance: number })[] = [];
  for (const req of index.requirements.get(role.id) ?? []) {
    if (!gated.includes(req.skill)) continue;
    const slot = index.skillSlot.get(req.skill);
    const rated = slot !== undefined ? ratings[slot]! : Number.NaN;
    const isRated = !Number.isNaN(rated);
    const value = isRated ? rated : slot !== undefined ? priors[slot]! : priorOfUnknownSlot(index, profile.current_role, req.skill);
    const name = index.skills.get(req.skill)?.name ?? req.skill;
    const short = req.level - value;
    const shortText = `${levelsText(short)} short of the core target ${req.level}`;
    const rule = short < core_gap_gate ? ('core-short' as const) : ('core-gap' as const);
    const most = rule === 'core-short' ? ` (${counts.coreShort} of the ${counts.core} core skills are short)` : '';
    const assumed = currentRole && currentRole.skills.some((r) => r.skill === req.skill)
      ? `assumed ${value}, what ${currentRole.title} expects`
      : `assumed ${value}, the cautious default for a skill your role does not use`;
    const reason = isRated ? `${name} is ${shortText}${most}` : `${name} is not rated (${assumed}), so it counts as ${shortText}${most}`;
    out.push({ skill: req.skill, name, current: isRated ? rated : null, target: req.level, reason, rule, short, importance: req.importance });
  }
  out.sort((a, b) => b.short - a.short || b.importance - a.importance || compareIds(a.skill, b.skill));
  return out.map(({ skill, name, current, target, reason, rule }) => ({ skill, name, current, target, reason, rule }));
}

function levelsText(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return rounded === 1 ? '1 level' : `${rounded} levels`;
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

function gap(index: FrameworkIndex, req: Requirement, current: number, role: string): Gap {
  const skill = index.skills.get(req.skill);
  const shortfall = req.level - current;
  return {
    skill: req.skill,
    name: skill?.name ?? req.skill,
    category: skill?.category ?? '',
    current,
    target: req.level,
    importance: req.importance,
    shortfall,
    priority: req.importance * shortfall,
    unknown: false,
    develop: developFor(skill?.develop ?? [], current, req.level),
    role,
  };
}

function unratedSkill(index: FrameworkIndex, req: Requirement, assumed: number): UnratedSkill {
  return { skill: req.skill, name: index.skills.get(req.skill)?.name ?? req.skill, target: req.level, importance: req.importance, assumed };
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

function byImportance(a: UnratedSkill, b: UnratedSkill): number {
  return b.importance - a.importance || b.target - b.assumed - (a.target - a.assumed) || compareIds(a.skill, b.skill);
}
