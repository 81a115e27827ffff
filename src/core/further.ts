// Moves further away that fit the person's answers better than anything one step away. The role graph only
// offers the next rung; a person who said they want to look after a portfolio of customers, or to get out of
// management, deserves to hear where that is, even when it is two moves off.
import { roleFitOf, type Candidate } from './candidates.js';
import type { FitResult } from './fit.js';
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { roleReadiness } from './readiness.js';
import type { Profile, Role } from './types.js';
import { round3 } from './wording.js';

export interface FurtherMove {
  id: string;
  title: string;
  level: number;
  track: string;
  track_name: string;
  /** How many moves away it is. */
  moves: number;
  /** The first move on the way there. */
  via: { id: string; title: string };
  fit: number;
  readiness: number;
}

/** How far to look. */
const MAX_MOVES = 3;
const MAX_SHOWN = 3;
/** A fit this good, and this much better than the best next move's, is worth pointing at. */
const GOOD_FIT = 0.65;
const BETTER_BY = 0.15;

export function further(index: FrameworkIndex, profile: Profile, current: Role, fit: FitResult, ranked: readonly Candidate[], ratings: ArrayLike<number>): FurtherMove[] {
  if (fit.answered === 0 || fit.flat || ranked.length === 0) return [];
  const bar = Math.max(GOOD_FIT, ranked[0]!.fit + BETTER_BY);
  const oneStep = new Set(ranked.map((c) => c.role.id));
  // Breadth-first by moves; the first route found to a role is a shortest one, its first step by id order.
  const firstStep = new Map<string, { moves: number; via: string }>([[current.id, { moves: 0, via: '' }]]);
  let layer = [current.id];
  for (let moves = 1; moves <= MAX_MOVES && layer.length > 0; moves++) {
    const next: string[] = [];
    for (const id of layer) {
      for (const edge of index.outgoing.get(id) ?? []) {
        if (firstStep.has(edge.role)) continue;
        firstStep.set(edge.role, { moves, via: moves === 1 ? edge.role : firstStep.get(id)!.via });
        next.push(edge.role);
      }
    }
    layer = next.sort(compareIds);
  }
  const found: FurtherMove[] = [];
  for (const [id, route] of firstStep) {
    if (route.moves < 2 || oneStep.has(id)) continue;
    const role = index.roles.get(id)!;
    const roleFit = roleFitOf(index, fit, role);
    if (roleFit < bar) continue;
    const via = index.roles.get(route.via)!;
    found.push({
      id,
      title: role.title,
      level: role.level,
      track: role.track,
      track_name: index.tracks.get(role.track)?.name ?? role.track,
      moves: route.moves,
      via: { id: via.id, title: via.title },
      fit: round3(roleFit),
      readiness: round3(roleReadiness(index, profile, role, false, ratings).readiness),
    });
  }
  // One per track: the nearest role of a direction says where it is; the rest of that track follows from it.
  found.sort((a, b) => b.fit - a.fit || a.moves - b.moves || a.level - b.level || compareIds(a.id, b.id));
  const tracks = new Set<string>();
  return found.filter((f) => !tracks.has(f.track) && tracks.add(f.track)).slice(0, MAX_SHOWN);
}
