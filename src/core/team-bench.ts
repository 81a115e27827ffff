// Bench strength: for each role at the framework's bench level or above off the foundation ladder
// (scoring.bench_min_level, default 5: the lead rung of the default framework), and every role someone is
// recommended for, who is ready now and who is close. Every person within reach of a role is scored against it, not only
// those for whom it is the next step.
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { roleReadiness } from './readiness.js';
import type { BenchPerson, BenchRole } from './team.js';
import { floats, ints, Interned } from './columns.js';
import { listView } from './list-view.js';
import { entryOrder, type PersonRef } from './team-order.js';
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

/** People on a role's bench, packed: entry i is person[i] (their number in the team), and so on. */
interface BenchList {
  person: ReturnType<typeof ints>;
  readiness: ReturnType<typeof floats>;
  unrated: ReturnType<typeof ints>;
  /** Interned: the current role id, the gated skills. */
  role: ReturnType<typeof ints>;
  gated: ReturnType<typeof ints>;
}

function newList(): BenchList {
  return { person: ints(), readiness: floats(), unrated: ints(), role: ints(), gated: ints() };
}

export interface BenchAcc {
  /** Per role id: the people ready for it and those close, in the order they were added. */
  lists: Map<string, { ready: BenchList; close: BenchList }>;
  roles: Interned<string>;
  gatedSets: Interned<string[]>;
  /** Per current role: the roles within reach of it, worked out once for everyone who holds it. */
  reach: Map<string, Role[]>;
}

export function newBench(): BenchAcc {
  return { lists: new Map(), reach: new Map(), roles: new Interned((id) => id), gatedSets: new Interned((ids) => ids.join('\n')) };
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
export function addBench(index: FrameworkIndex, acc: BenchAcc, person: number, profile: Profile, ratings: ArrayLike<number>): void {
  const { scoring } = index.framework.meta;
  for (const role of withinReach(index, acc, profile.current_role)) {
    const r = roleReadiness(index, profile, role, false, ratings);
    const enoughRated = r.high - r.low <= scoring.unknown_share_warning + 1e-9;
    if (!r.ready && (r.readiness < scoring.close_threshold || !enoughRated)) continue;
    let lists = acc.lists.get(role.id);
    if (!lists) acc.lists.set(role.id, (lists = { ready: newList(), close: newList() }));
    const list = r.ready ? lists.ready : lists.close;
    list.person.push(person);
    list.readiness.push(round3(r.readiness));
    list.unrated.push(r.unknown);
    list.role.push(acc.roles.id(profile.current_role));
    list.gated.push(acc.gatedSets.id([...r.gated].sort(compareIds)));
  }
}

/** `people`: everyone's file and name by person number; `rank`: their place in the report's order. */
export function finishBench(index: FrameworkIndex, acc: BenchAcc, recommendedFor: ReadonlyMap<string, number>, holders: ReadonlyMap<string, number>, people: readonly PersonRef[], rank: Int32Array): BenchRole[] {
  const empty = newList();
  // Most ready first; equal readiness by person.
  const sorted = (list: BenchList = empty): BenchPerson[] => {
    const order = entryOrder(list.person.length, (i) => list.person.at(i), (i) => -list.readiness.at(i), rank);
    return listView(order.length, (k) => {
      const i = order[k]!;
      const ref = people[list.person.at(i)]!;
      return { file: ref.file, name: ref.name, current_role: acc.roles.values[list.role.at(i)]!, readiness: list.readiness.at(i), gated: [...acc.gatedSets.values[list.gated.at(i)]!], unrated: list.unrated.at(i) };
    });
  };
  return benchRoles(index, new Set(recommendedFor.keys())).map((role) => ({
    role: { id: role.id, title: role.title, level: role.level, track: role.track, track_kind: index.tracks.get(role.track)?.kind ?? 'lateral' },
    holders: holders.get(role.id) ?? 0,
    recommended_for: recommendedFor.get(role.id) ?? 0,
    ready: sorted(acc.lists.get(role.id)?.ready),
    close: sorted(acc.lists.get(role.id)?.close),
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
