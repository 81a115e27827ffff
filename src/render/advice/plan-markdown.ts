// The development plan's own sections in Markdown, around the advice markdown: who and when at the top; the
// skills self vs lead vs target, strengths with the person's evidence, and growth areas with two actions and
// blank "agreed / by when" lines at the end. Everything from a file goes through mdEscape.
import type { DevelopmentPlan } from '../../core/dev-plan.js';
import { mdEscape, mdTable } from '../markdown.js';
import { areaLevels, areaNote, planSubtitle, rating } from './plan-common.js';

/** After the advice: whose plan, made when, then the skills, strengths and growth areas to agree on. */
export function planMarkdownSections(plan: DevelopmentPlan): string {
  const out: string[] = [`## Development plan${plan.name ? ` for ${mdEscape(plan.name)}` : ''}`, '', `${mdEscape(planSubtitle(plan))}.`, ''];
  const role = mdEscape(plan.role.title);
  out.push(`### Skills for ${role}: self, lead and target`, '');
  if (plan.skills.length === 0) out.push(`${role} lists no skill requirements.`, '');
  else {
    if (!plan.has_lead_ratings) out.push('No lead ratings yet: the lead column is empty until the lead rates (manager_ratings in the profile).', '');
    out.push(mdTable(['Skill', 'Self', 'Lead', 'Target', 'Importance'], plan.skills.map((s) => [s.name, rating(s.self), rating(s.lead), s.target, `${s.importance} of 5`])), '');
  }
  out.push('### Strengths', '');
  if (plan.strengths.length === 0) out.push('No skill is rated at 3 or more yet: start by naming one thing that went well recently.', '');
  for (const s of plan.strengths) {
    const levels = `self ${rating(s.self)}${s.lead !== null ? `, lead ${s.lead}` : ''}${s.target !== null ? `, target ${s.target}` : ''}`;
    out.push(`- **${mdEscape(s.name)}** (${levels}): ${s.evidence ? `“${mdEscape(s.evidence)}”` : 'no evidence written down yet: ask for an example.'}`);
  }
  out.push('', '### Growth areas to agree on', '');
  if (plan.growth.length === 0) out.push('Nothing to develop for this role: agree on a stretch goal together.', '');
  plan.growth.forEach((g, i) => {
    out.push(`#### ${i + 1}. ${mdEscape(g.name)}: ${areaLevels(g)} (${mdEscape(areaNote(g))})`, '');
    if (g.evidence) out.push(`Their evidence: “${mdEscape(g.evidence)}”`, '');
    for (const a of g.actions) out.push(`- [ ] **${mdEscape(a.kind)}**: ${mdEscape(a.action)}`);
    out.push('', 'Agreed: ______________________________ By when: ____________', '');
  });
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
