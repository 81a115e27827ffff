// Small helpers for the numbers and sentences of the advice: one place decides how a share is written.
import type { Gap } from './readiness.js';

/** Three decimals: enough for any decision, and stable JSON whatever the float noise underneath. */
export function round3(x: number): number {
  const r = Math.round(x * 1000) / 1000;
  return Object.is(r, -0) ? 0 : r;
}

/** Of the rounded value, so a sentence and the JSON beside it never disagree (0.9149 -> 0.915 -> 92%). */
export function percent(x: number): string {
  return `${Math.round(round3(x) * 100)}%`;
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

export function roundGap(gap: Gap): Gap {
  // Levels and importances are usually whole numbers already: then the gap itself will do (gaps are read-only).
  if (isRound(gap.current ?? 0) && isRound(gap.target) && isRound(gap.importance) && isRound(gap.shortfall) && isRound(gap.priority)) return gap;
  return {
    ...gap,
    current: gap.current === null ? null : round3(gap.current),
    target: round3(gap.target),
    importance: round3(gap.importance),
    shortfall: round3(gap.shortfall),
    priority: round3(gap.priority),
  };
}

function isRound(x: number): boolean {
  return round3(x) === x && !Object.is(x, -0);
}

/** "Troubleshooting (2 of 4)" or "Troubleshooting (not rated, needs 4)". */
export function gapLabel(gap: Gap): string {
  return gap.current === null ? `${gap.name} (not rated, needs ${gap.target})` : `${gap.name} (${gap.current} of ${gap.target})`;
}
