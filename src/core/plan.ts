// A route from the current role to a chosen target, with the gaps at every step scored against today's
// ratings: the person sees the whole climb, not only the next rung.
import { moveType } from './candidates.js';
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { roleReadiness, type Block, type Gap, type UnratedSkill } from './readiness.js';
import { roleRef, UnknownRoleError, type RoleRef } from './recommend.js';
import type { EdgeType, Profile } from './types.js';
import { round3, roundGap } from './wording.js';

export interface PlanStep {
  role: RoleRef;
  type: EdgeType;
  readiness: number;
  /** The same rule as the advice: readiness at the threshold and nothing in blocked_by. */
  ready: boolean;
  blocked_by: Block[];
  gaps: Gap[];
  unrated: UnratedSkill[];
}

export interface PlanResult {
  from: { id: string; title: string };
  to: { id: string; title: string };
  reachable: boolean;
  /** The moves after the current role, ending at the target; empty when unreachable or already there. */
  steps: PlanStep[];
}

interface Route {
  roles: string[];
  types: EdgeType[];
  laterals: number;
  jumps: number;
  /** Sum of the readiness of the roles along the way: among equal routes, the one the person is readier for. */
  readiness: number;
}

export function planRoute(index: FrameworkIndex, profile: Profile, targetId: string): PlanResult {
  const from = index.roles.get(profile.current_role);
  if (!from) throw new UnknownRoleError(profile.current_role);
  const to = index.roles.get(targetId);
  if (!to) throw new UnknownRoleError(targetId);
  const ends = { from: { id: from.id, title: from.title }, to: { id: to.id, title: to.title } };

  const readinessOf = memoise((id: string) => roleReadiness(index, profile, index.roles.get(id)!));
  const route = shortestRoute(index, from.id, to.id, (id) => readinessOf(id).readiness);
  if (!route) return { ...ends, reachable: false, steps: [] };
  const steps = route.roles.slice(1).map((id, i): PlanStep => {
    const role = index.roles.get(id)!;
    const readiness = readinessOf(id);
    return {
      role: roleRef(index, role),
      type: route.types[i]!,
      readiness: round3(readiness.readiness),
      ready: readiness.ready,
      blocked_by: readiness.blocked,
      gaps: readiness.gaps.map(roundGap),
      unrated: readiness.unrated,
    };
  });
  return { ...ends, reachable: true, steps };
}

// Breadth-first, one layer of moves at a time, keeping the best route to each role among the shortest.
// The tie-breaks (fewer laterals, smaller total level jumps, more readiness along the way, then the ids) are
// all additive, so they survive extension by the same edge: the best route to a role always extends the
// best route to its parent.
function shortestRoute(index: FrameworkIndex, start: string, target: string, readiness: (id: string) => number): Route | undefined {
  let layer = new Map<string, Route>([[start, { roles: [start], types: [], laterals: 0, jumps: 0, readiness: 0 }]]);
  const visited = new Set<string>([start]);
  while (layer.size > 0) {
    const found = layer.get(target);
    if (found) return found;
    const next = new Map<string, Route>();
    for (const route of layer.values()) {
      const here = index.roles.get(route.roles[route.roles.length - 1]!)!;
      for (const edge of index.outgoing.get(here.id) ?? []) {
        if (visited.has(edge.role)) continue;
        const there = index.roles.get(edge.role)!;
        const extended: Route = {
          roles: [...route.roles, edge.role],
          types: [...route.types, moveType(here, there)],
          laterals: route.laterals + (moveType(here, there) === 'lateral' ? 1 : 0),
          jumps: route.jumps + Math.abs(there.level - here.level),
          readiness: route.readiness + readiness(edge.role),
        };
        const seen = next.get(edge.role);
        if (!seen || better(extended, seen)) next.set(edge.role, extended);
      }
    }
    for (const id of next.keys()) visited.add(id);
    layer = next;
  }
  return undefined;
}

function better(a: Route, b: Route): boolean {
  return (a.laterals - b.laterals || a.jumps - b.jumps || b.readiness - a.readiness || compareSequences(a.roles, b.roles)) < 0;
}

function memoise<T>(fn: (id: string) => T): (id: string) => T {
  const cache = new Map<string, T>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, fn(id));
    return cache.get(id)!;
  };
}

function compareSequences(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareIds(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
