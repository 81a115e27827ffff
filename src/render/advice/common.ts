// Wording shared by the advice and plan formatters (text and markdown): which development actions to show
// under a gap, how a move, a track and a skill level are written. Plain strings: colour and escaping are
// the caller's job.
import type { Block, Gap } from '../../core/readiness.js';
import { blockedText } from '../../core/reasons.js';
import type { DevelopAction, EdgeType } from '../../core/types.js';

/** How many gaps get their own block with actions; the rest are listed in one line. */
export const GAPS_IN_FULL = 5;

/**
 * Up to `max` actions for a gap, in the data's order, preferring different kinds (a course, a practice and
 * a certification say more together than three courses). The core has already kept only the actions
 * aimed at the levels still to climb.
 */
export function pickActions(gap: Gap, max = 3): DevelopAction[] {
  const chosen = new Set<DevelopAction>();
  const kinds = new Set<string>();
  for (const action of gap.develop) {
    if (chosen.size >= max) break;
    if (!kinds.has(action.kind)) {
      chosen.add(action);
      kinds.add(action.kind);
    }
  }
  for (const action of gap.develop) {
    if (chosen.size >= max) break;
    chosen.add(action);
  }
  return gap.develop.filter((a) => chosen.has(a));
}

/** "2 → 4", or "not rated → 4"; "2 → 4 (you 5, your lead 2)" where the lead's rating is the one used. */
export function levels(gap: Gap): string {
  const views = gap.manager !== undefined ? ` (you ${gap.self ?? 'not rated'}, your lead ${gap.manager})` : '';
  return `${gap.current === null ? 'not rated' : gap.current} → ${gap.target}${views}`;
}

/** A track's name as the advice writes it: "Expert path" as is, "Customer success" as "Customer success track". */
export function trackLabel(name: string): string {
  return /\b(path|track)$/i.test(name.trim()) ? name.trim() : `${name.trim()} track`;
}

/** "●●●●○" for an importance 1..5. */
export function dots(importance: number): string {
  const n = Math.max(0, Math.min(5, Math.round(importance)));
  return '●'.repeat(n) + '○'.repeat(5 - n);
}

export function moveWord(type: EdgeType): string {
  return type === 'promotion' ? 'promotion' : 'lateral move';
}

export function moveArrow(type: EdgeType): string {
  return type === 'promotion' ? '↑' : '↔';
}


/** A readiness with its range when some skills are unrated: "62%" or "62% (range 40–85%)". */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function hasRange(range: readonly [number, number]): boolean {
  return Math.round(range[0] * 100) !== Math.round(range[1] * 100);
}

export function rangeText(range: readonly [number, number]): string {
  return `${pct(range[0])}–${pct(range[1])}`;
}

/**
 * "promotion to level 5 · management track" or "lateral move to the customer success track · level 4":
 * a lateral move is about the direction, and may still land on a higher rung. `track` is already
 * cleaned or escaped by the caller.
 */
export function moveDescription(type: EdgeType, level: number, track: string, sep: string): string {
  return type === 'promotion' ? `promotion to level ${level}${sep}${trackLabel(track)}` : `lateral move to the ${trackLabel(track)}${sep}level ${level}`;
}

/** The one-line why of a verdict: "ready", or the first thing that holds it back. */
export function verdictWhy(a: { ready: boolean; readiness: number; blocked_by: readonly Block[] }, threshold: number): string {
  if (a.ready) return 'ready';
  if (a.blocked_by.length > 0) return `not yet: ${blockedText(a.blocked_by)}`;
  return `not yet: readiness ${pct(a.readiness)} is under the ${pct(threshold)} that counts as ready`;
}
