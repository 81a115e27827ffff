// Wording shared by the development plan's html and markdown.
import type { DevelopmentPlan, GrowthArea } from '../../core/dev-plan.js';

/** A rating as text: "3", or "–" when not rated. */
export function rating(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** "made 2026-12-03 · self-assessment of 2025-05-12 · Support Careers 1.0.0". Plain text: the caller escapes. */
export function planSubtitle(plan: DevelopmentPlan): string {
  return [`Made ${plan.date}`, plan.assessed_on ? `self-assessment of ${plan.assessed_on}` : 'self-assessment undated', `${plan.framework.name} ${plan.framework.version}`].join(' · ');
}

/** Why this area, in a line: the levels behind the arrow and what kind of step it is. */
export function areaNote(g: GrowthArea): string {
  const views = g.lead !== null && g.lead !== g.self ? `self ${rating(g.self)}, lead ${g.lead}` : '';
  if (g.kind === 'calibrate') return 'self and lead on either side of the target: agree on the level first';
  const where = g.for_role ? `in the current role (${g.for_role}) first` : g.kind === 'deepen' ? 'already met: take it further' : `importance ${g.importance} of 5`;
  return views ? `${views} · ${where}` : where;
}

/** "2 → 4"; for a rating to agree on, both views: "self 2, lead 4 → 4". */
export function areaLevels(g: GrowthArea): string {
  return g.kind === 'calibrate' ? `self ${rating(g.self)}, lead ${rating(g.lead)} → ${g.target}` : `${rating(g.current)} → ${g.target}`;
}
