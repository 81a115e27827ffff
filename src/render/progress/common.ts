// Wording shared by the progress formatters (text, markdown, html). Plain strings: colour and escaping are the
// caller's job.
import type { GapChange, Progress, RatingChanges, SkillChange } from '../../core/progress.js';

/** "2 → 4", "not rated → 3". */
export function change(c: SkillChange | GapChange): string {
  return `${level(c.before)} → ${level(c.after)}`;
}

export function level(value: number | null): string {
  return value === null ? 'not rated' : String(value);
}

/** "+29 points", "−5 points", "no change". */
export function pointsMoved(p: Progress): string {
  const delta = Math.round(p.readiness.after * 100) - Math.round(p.readiness.before * 100);
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} point${Math.abs(delta) === 1 ? '' : 's'}`;
}

/** The heading: "Ana Lopez: progress since 2026-06-02". */
export function title(p: Progress): string {
  return `${p.name ? `${p.name}: progress` : 'Progress'} since ${p.from}`;
}

/** "assessed 2026-06-02 and 2026-12-01 (2 earlier assessments kept)". */
export function dates(p: Progress): string {
  const kept = `${p.history_length} earlier assessment${p.history_length === 1 ? '' : 's'} kept`;
  return `compares the assessment of ${p.from} with ${p.to ? `the one of ${p.to}` : 'the current one'} (${kept})`;
}

export function roleLine(p: Progress): string | undefined {
  if (p.role_then.id === p.role_now.id) return undefined;
  return `Role then: ${p.role_then.title ?? `${p.role_then.id} (no longer in the framework)`}; now: ${p.role_now.title}.`;
}

export function readyWord(ready: boolean): string {
  return ready ? 'ready' : 'not yet ready';
}

/** The target line: "Senior Support Analyst, recommended now (then: Support Team Lead)". */
export function targetLine(p: Progress): string {
  if (p.target.id === p.role_now.id) return `${p.target.title}, the current role (top of its path)`;
  const then = p.recommended_then;
  if (then === null) return `${p.target.title}, recommended now`;
  return then.id === p.target.id ? `${p.target.title}, recommended then and now` : `${p.target.title}, recommended now (then: ${then.title})`;
}

export function isEmpty(c: RatingChanges): boolean {
  return c.up.length + c.down.length + c.newly_rated.length + c.no_longer_rated.length === 0;
}

/** The lines of one set of rating changes: [marker, name, change, note]. */
export function changeRows(c: RatingChanges): [string, string, string, string][] {
  return [
    ...c.up.map((s): [string, string, string, string] => ['▲', s.name, change(s), `+${s.after! - s.before!}`]),
    ...c.down.map((s): [string, string, string, string] => ['▼', s.name, change(s), `−${s.before! - s.after!}`]),
    ...c.newly_rated.map((s): [string, string, string, string] => ['+', s.name, change(s), 'newly rated']),
    ...c.no_longer_rated.map((s): [string, string, string, string] => ['?', s.name, change(s), 'not rated now']),
  ];
}

export function unchangedLine(c: RatingChanges): string {
  return `${c.unchanged} skill${c.unchanged === 1 ? '' : 's'} rated the same`;
}
