// The route as text: the whole climb at a glance, then each step with how ready the person is for it today
// and the top gaps to close for it, each with concrete actions. An unreachable target says so plainly.
import type { PlanResult } from '../../core/plan.js';
import type { Formatter } from '../formats.js';
import { bar, clean, palette } from '../text.js';
import { gapBlock, hang, restOfGaps, textWidth } from '../advice/text.js';
import { moveDescription, moveArrow, moveWord, pct } from '../advice/common.js';
import { blockedText } from '../../core/reasons.js';
import { leadsFrom, STEP_ACTIONS, STEP_GAPS } from './common.js';

export const planText: Formatter<PlanResult> = (plan, context) => {
  const c = palette(context);
  const width = textWidth(context);
  const from = clean(plan.from.title);
  const to = clean(plan.to.title);
  const out: string[] = [];

  if (!plan.reachable) {
    out.push(c.bold.yellow(`No route from ${from} to ${to}`));
    out.push(
      hang(
        `Moves in this framework only go forward, along each role's next roles (promotions and lateral moves), and no chain of them leads from ${from} to ${to}.`,
        width,
        '  ',
      ),
    );
    const before = leadsFrom(plan);
    if (before.length) {
      const list = before.map((r) => `${clean(r.title)} (${moveWord(r.type)})`).join(', ');
      out.push(hang(`${to} is reached from: ${list}.`, width, '  '));
    }
    out.push(c.dim(`  See the whole map of roles with: rungs paths`));
    return `${out.join('\n')}\n`;
  }

  if (plan.steps.length === 0) {
    out.push(`You are already ${c.bold(to)}: there is no move to plan.`);
    out.push(c.dim('  See what to deepen in your role with: rungs recommend <profile>'));
    return `${out.join('\n')}\n`;
  }

  const n = plan.steps.length;
  out.push(`${c.bold(`Route from ${from} to ${to}`)}: ${n} move${n === 1 ? '' : 's'}`);
  out.push(hang([from, ...plan.steps.map((s) => clean(s.role.title))].join(' → '), width, '  '));
  out.push(c.dim(hang('Readiness is scored against your ratings today: later steps rise as you grow into the earlier ones.', width, '  ')));

  plan.steps.forEach((step, i) => {
    const colour = step.ready ? c.green : c.yellow;
    out.push('');
    out.push(`${c.bold(`Step ${i + 1} of ${n}`)}  ${moveArrow(step.type)} ${c.bold.cyan(clean(step.role.title))}`);
    out.push(`  ${moveDescription(step.type, step.role.level, clean(step.role.track_name), ' · ')}`);
    out.push(`  Readiness now  ${colour(bar(step.readiness, 20))}  ${pct(step.readiness).padStart(4)}  ${step.ready ? c.green('✔ ready') : c.yellow('✘ not ready yet')}`);
    if (step.blocked_by.length) out.push(c.yellow(hang(blockedText(step.blocked_by), width, '                 ✘ ')));
    const unrated = step.unrated.length;
    if (unrated > 0) {
      out.push(c.dim(hang(`${unrated} of the skills it needs ${unrated === 1 ? 'is' : 'are'} not rated yet (${step.unrated.map((u) => `${clean(u.name)} assumed ${u.assumed}`).join(', ')}): rate ${unrated === 1 ? 'it' : 'them'} to sharpen this.`, width, '                 ')));
    }
    if (step.gaps.length === 0) {
      out.push(`  You already meet every skill ${unrated ? 'you rated that ' : ''}it asks for.`);
      return;
    }
    out.push(`  ${c.dim(step.gaps.length > STEP_GAPS ? `Top ${STEP_GAPS} of ${step.gaps.length} gaps:` : 'Gaps:')}`);
    step.gaps.slice(0, STEP_GAPS).forEach((g, j) => out.push(...gapBlock(g, j + 1, width, c, '    ', STEP_ACTIONS)));
    out.push(...restOfGaps(step.gaps.slice(STEP_GAPS), width, c, '    '));
  });
  return `${out.join('\n')}\n`;
};
