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
  if (g.kind === 'lead_gap') return `self ${rating(g.self)}, lead ${rating(g.lead)}: agree on the level first`;
  const lead = g.lead !== null ? `lead rates ${g.lead} · ` : '';
  return g.kind === 'deepen' ? `${lead}already met: take it further` : `${lead}importance ${g.importance} of 5`;
}
