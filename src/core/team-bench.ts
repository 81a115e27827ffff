// Bench strength: for each role at the framework's bench level or above off the foundation ladder
// (scoring.bench_min_level, default 5: the lead rung of the default framework), and every role someone is
// recommended for, who is ready now and who is close. Every person within reach of a role is scored against it, not only
// those for whom it is the next step.
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { roleReadiness } from './readiness.js';
import type { BenchPerson, BenchRole } from './team.js';
import { sortedValues, type Keyed, type PersonKey, type PersonRef } from './team-order.js';
import type { Profile, Role, TrackKind } from './types.js';
import { round3 } from './wording.js';

const BENCH_KINDS: ReadonlySet<TrackKind> = new Set(['expert', 'management', 'lateral']);
/** The default framework's lead rung, from which the expert and management paths run parallel. */
export const DEFAULT_BENCH_MIN_LEVEL = 5;

/** The level from which roles off the foundation track get a bench, as the framework sets it. */
export function benchMinLevel(index: FrameworkIndex): number {
  return index.framework.meta.scoring.bench_min_level ?? DEFAULT_BENCH_MIN_LEVEL;
}
/** A bench is the people within reach of a role: at most this many rungs below it (a technician is nobody's CCO bench). */
export const BENCH_REACH = 2;

export interface BenchAcc {
  /** Per role id: the people ready for it and those close, in the order they were added. */
  lists: Map<string, { ready: Keyed<BenchPerson>[]; close: Keyed<BenchPerson>[] }>;
  /** Per current role: the roles within reach of it, worked out once for everyone who holds it. */
  reach: Map<string, Role[]>;
}

export function newBench(): BenchAcc {
  return { lists: new Map(), reach: new Map() };
}

function withinReach(index: FrameworkIndex, acc: BenchAcc, current: string): Role[] {
  let roles = acc.reach.get(current);
  if (roles) return roles;
  const level = index.roles.get(current)?.level ?? 0;
  const moves = index.outgoing.get(current) ?? [];
  roles = index.roleIds
    .map((id) => index.roles.get(id)!)
    .filter((role) => role.id !== current && level <= role.level && (level >= role.level - BENCH_REACH || moves.some((e) => e.role === role.id)));
  acc.reach.set(current, roles);
  return roles;
}

/**
 * Scores one person against every role within reach (one move from their role, or at most BENCH_REACH rungs
 * up; not one they hold, not below their rung). Which of those roles make the bench is known only once
 * everyone's recommendation is in, so all are kept and filtered by finishBench. Ready is the engine's ready;
 * close is readiness at or above the close threshold with enough of the role's skills rated to trust it.
 */
export function addBench(index: FrameworkIndex, acc: BenchAcc, key: PersonKey, ref: PersonRef, profile: Profile, ratings: ArrayLike<number>): void {
  const { scoring } = index.framework.meta;
  for (const role of withinReach(index, acc, profile.current_role)) {
    const r = roleReadiness(index, profile, role, false, ratings);
    const enoughRated = r.high - r.low <= scoring.unknown_share_warning + 1e-9;
    if (!r.ready && (r.readiness < scoring.close_threshold || !enoughRated)) continue;
    let lists = acc.lists.get(role.id);
    if (!lists) acc.lists.set(role.id, (lists = { ready: [], close: [] }));
    const entry: BenchPerson = { file: ref.file, name: ref.name, current_role: profile.current_role, readiness: round3(r.readiness), gated: [...r.gated].sort(compareIds), unrated: r.unknown };
    (r.ready ? lists.ready : lists.close).push({ key, value: entry });
  }
}

export function finishBench(index: FrameworkIndex, acc: BenchAcc, recommendedFor: ReadonlyMap<string, number>, holders: ReadonlyMap<string, number>): BenchRole[] {
  const mostReady = (p: BenchPerson) => -p.readiness;
  return benchRoles(index, new Set(recommendedFor.keys())).map((role) => ({
    role: { id: role.id, title: role.title, level: role.level, track: role.track, track_kind: index.tracks.get(role.track)?.kind ?? 'lateral' },
    holders: holders.get(role.id) ?? 0,
    recommended_for: recommendedFor.get(role.id) ?? 0,
    ready: sortedValues(acc.lists.get(role.id)?.ready ?? [], mostReady),
    close: sortedValues(acc.lists.get(role.id)?.close ?? [], mostReady),
  }));
}

/** The roles to report bench strength for: roles at the bench level or above off the foundation ladder, and every recommended role. */
export function benchRoles(index: FrameworkIndex, recommended: ReadonlySet<string>): Role[] {
  const minLevel = benchMinLevel(index);
  const trackOrder = new Map(index.framework.meta.tracks.map((t, i) => [t.id, i]));
  return index.roleIds
    .map((id) => index.roles.get(id)!)
    .filter((role) => {
      const kind = index.tracks.get(role.track)?.kind;
      return recommended.has(role.id) || (kind !== undefined && BENCH_KINDS.has(kind) && role.level >= minLevel);
    })
    .sort((a, b) => a.level - b.level || (trackOrder.get(a.track) ?? 99) - (trackOrder.get(b.track) ?? 99) || compareIds(a.id, b.id));
}
