// The route as Markdown: a numbered route, then a section per step with its gaps and actions.
import type { PlanResult } from '../../core/plan.js';
import type { Formatter } from '../formats.js';
import { mdEscape } from '../markdown.js';
import { mdCode, mdGap, mdRestOfGaps } from '../advice/markdown.js';
import { moveDescription, moveWord, pct } from '../advice/common.js';
import { blockedText } from '../../core/reasons.js';
import { leadsFrom, STEP_ACTIONS, STEP_GAPS } from './common.js';

export const planMarkdown: Formatter<PlanResult> = (plan) => {
  const from = mdEscape(plan.from.title);
  const to = mdEscape(plan.to.title);
  const out: string[] = [];

  if (!plan.reachable) {
    out.push(`# No route from ${from} to ${to}`, '');
    out.push(`Moves in this framework only go forward, along each role's next roles (promotions and lateral moves), and no chain of them leads from ${from} to ${to}.`, '');
    const before = leadsFrom(plan);
    if (before.length) out.push(`${to} is reached from: ${before.map((r) => `${mdEscape(r.title)} (${moveWord(r.type)})`).join(', ')}.`, '');
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
  }
  if (plan.steps.length === 0) return `# You are already ${to}\n\nThere is no move to plan.\n`;

  out.push(`# Route from ${from} to ${to}`, '');
  out.push(`${plan.steps.length} move${plan.steps.length === 1 ? '' : 's'}: ${[from, ...plan.steps.map((s) => mdEscape(s.role.title))].join(' → ')}.`, '');
  out.push('Readiness is scored against your ratings today: later steps rise as you grow into the earlier ones.', '');
  plan.steps.forEach((step, i) => {
    out.push(`## Step ${i + 1}: ${mdEscape(step.role.title)}`, '');
    out.push(`${mdCode(step.role.id)}: a ${moveDescription(step.type, step.role.level, mdEscape(step.role.track_name), ', ')}.`, '');
    const unrated = step.unrated.length;
    const note = unrated > 0 ? ` (${unrated} of the skills it needs ${unrated === 1 ? 'is' : 'are'} not rated yet and ${unrated === 1 ? 'is' : 'are'} assumed: ${step.unrated.map((u) => `${mdEscape(u.name)} at ${u.assumed}`).join(', ')})` : '';
    out.push(`- **Readiness now**: ${pct(step.readiness)}, ${step.ready ? '**ready**' : '**not ready yet**'}${note}`);
    if (step.blocked_by.length) out.push(`  - ✘ ${mdEscape(blockedText(step.blocked_by))}`);
    out.push('');
    if (step.gaps.length === 0) {
      out.push('You already meet every skill it asks for.', '');
      return;
    }
    step.gaps.slice(0, STEP_GAPS).forEach((g, j) => out.push(...mdGap(g, j + 1, '###', STEP_ACTIONS)));
    out.push(...mdRestOfGaps(step.gaps.slice(STEP_GAPS)));
  });
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
