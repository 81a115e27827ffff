// The advice as GitHub-flavoured Markdown: the same content as the text format, as headings, lists and
// pipe tables, for a wiki page or a 1:1 document. Everything from a data file goes through mdEscape.
import { pathName, type Fork, type ForkSide } from '../../core/fork.js';
import { blockedText } from '../../core/reasons.js';
import type { Gap } from '../../core/readiness.js';
import type { Advice } from '../../core/recommend.js';
import type { Formatter } from '../formats.js';
import { mdEscape, mdTable } from '../markdown.js';
import { moveDescription, GAPS_IN_FULL, hasRange, levels, pct, pickActions, rangeText, trackLabel } from './common.js';

/** An id as inline code; ids are kebab-case, but a stray backtick or pipe must not break the page. */
export function mdCode(id: string): string {
  return `\`${String(id).replace(/[`\u0000-\u001f\u007f-\u009f]/g, '').replace(/\|/g, '\\|')}\``;
}

/** "### 1. Coaching: 2 → 4, importance 4 of 5", then a list of "**training**: ..." actions. */
export function mdGap(gap: Gap, n: number, depth = '###', maxActions = 3): string[] {
  const out = [`${depth} ${n}. ${mdEscape(gap.name)}: ${levels(gap)}, importance ${gap.importance} of 5`, ''];
  const actions = pickActions(gap, maxActions);
  if (actions.length === 0) out.push('The framework lists no development actions for this skill.');
  for (const a of actions) out.push(`- **${mdEscape(a.kind)}**: ${mdEscape(a.action)}`);
  out.push('');
  return out;
}

export function mdRestOfGaps(gaps: readonly Gap[]): string[] {
  if (gaps.length === 0) return [];
  return [`Also (${gaps.length} more): ${gaps.map((g) => `${mdEscape(g.name)} ${levels(g)}`).join(', ')}.`, ''];
}

export const adviceMarkdown: Formatter<Advice> = (a) => {
  const cur = a.current_role;
  const out: string[] = [];
  const top = a.top_of_path || !a.next_role;
  out.push(`# Career advice for the next step from ${mdEscape(cur.title)}`, '');
  out.push(`You are now **${mdEscape(cur.title)}** (${mdCode(cur.id)}), level ${cur.level}, ${mdEscape(trackLabel(cur.track_name))}.`, '');

  const range = hasRange(a.readiness_range) ? ` (range ${rangeText(a.readiness_range)}: some of the skills it needs are not rated yet)` : '';
  if (!top && a.next_role) {
    const next = a.next_role;
    out.push('## Your recommended next role', '');
    out.push(`**${mdEscape(next.title)}** (${mdCode(next.id)}): a ${moveDescription(next.type, next.level, mdEscape(next.track_name), ', ')}.`, '');
    out.push(`- **Readiness**: ${pct(a.readiness)}${range}, ${a.ready ? '**ready**' : '**not ready yet**'}`);
    if (a.blocked_by.length) out.push(`  - ✘ ${mdEscape(blockedText(a.blocked_by))}`);
    out.push(`- **Fit**: ${pct(a.fit)} (how well the path matches your preference answers)`);
    out.push(`- **Score**: ${pct(a.score)} (readiness, fit and progress combined, what the options are ranked by)`, '');
  } else {
    out.push('## You are at the top of this path', '');
    out.push(`There is no next role from ${mdEscape(cur.title)} in this framework: growth from here is about depth and influence in the role you hold.`, '');
    out.push(`- **How fully you fill it**: ${pct(a.readiness)}${range}`);
    out.push(`- **Fit with your answers**: ${pct(a.fit)}`, '');
  }

  if (a.reasons.length) out.push('## Why', '', ...a.reasons.map((r) => `- ${mdEscape(r)}`), '');

  if (a.strengths.length) {
    out.push('## Your strengths for it', '');
    for (const st of a.strengths) out.push(`- **${mdEscape(st.name)}**: ${st.level} (needs ${st.target})${st.evidence ? ` — “${mdEscape(st.evidence)}”` : ''}`);
    out.push('');
  }

  if (a.alternatives.length) {
    out.push('## Other options', '');
    out.push(
      mdTable(
        ['Role', 'Move', 'Readiness', 'Ready', 'Fit', 'Score'],
        a.alternatives.map((alt, i) => [`${alt.title}${i === 0 && alt.against === null ? ' (runner-up)' : ''}${alt.against !== null ? ' (you said no)' : ''}`, alt.type, pct(alt.readiness), alt.ready ? 'yes' : 'not yet', pct(alt.fit), pct(alt.score)]),
      ),
      '',
    );
    for (const alt of a.alternatives) if (alt.against !== null) out.push(`${mdEscape(alt.title)} comes last: ${mdEscape(alt.against)}.`, '');
  }

  if (a.further.length) {
    out.push('## Further away, closer to what you said you want', '');
    for (const f of a.further) out.push(`- **${mdEscape(f.title)}** (${mdCode(f.id)}), level ${f.level}, ${mdEscape(trackLabel(f.track_name))}: ${f.moves} moves away, via ${mdEscape(f.via.title)}; fit ${pct(f.fit)}, readiness ${pct(f.readiness)}`);
    out.push('');
  }

  const title = top ? 'Skills to deepen in your current role' : a.ready ? `Skills to develop for ${mdEscape(a.next_role!.title)}` : `What stands between you and ${mdEscape(a.next_role!.title)}`;
  out.push(`## ${title}`, '');
  const rated = a.unrated.length ? ' you rated' : '';
  if (a.gaps.length === 0) out.push(top ? `You meet every requirement${rated} of your role.` : `You already meet every requirement${rated} it asks for.`, '');
  else {
    out.push('Biggest first (importance × levels short), each with ways to close the gap.', '');
    const grow = !top && a.gaps.some((g) => g.role === cur.id);
    let role = '';
    a.gaps.slice(0, GAPS_IN_FULL).forEach((g, i) => {
      if (grow && g.role !== role) {
        role = g.role;
        out.push(g.role === cur.id ? `First, in your current role (${mdEscape(cur.title)}):` : `Then, for ${mdEscape(a.next_role?.title ?? '')}:`, '');
      }
      out.push(...mdGap(g, i + 1));
    });
    out.push(...mdRestOfGaps(a.gaps.slice(GAPS_IN_FULL)));
  }

  if (a.unrated.length) {
    out.push('## Rate these to sharpen the advice', '');
    out.push(a.unrated.map((u) => `${mdEscape(u.name)} (assumed ${u.assumed}, needs ${u.target})`).join(', ') + '.', '');
  }

  if (a.fork) out.push(...mdFork(a.fork));

  if (a.warnings.length) out.push('## Warnings', '', ...a.warnings.map((w) => `- ⚠ ${mdEscape(w)}`), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};

function mdFork(fork: Fork): string[] {
  const lacks = (s: ForkSide) => (s.missing.length ? s.missing.map((g) => `${g.name} (${levels(g)})`).join(', ') : 'nothing: every skill is met');
  const [ex, mg] = [pathName(fork.expert.track.name), pathName(fork.management.track.name)];
  const fits = `fit ${pct(fork.expert.fit)} for the ${ex}, ${pct(fork.management.fit)} for the ${mg}`;
  return [
    `## The ${mdEscape(ex)} or the ${mdEscape(mg)}?`,
    '',
    'Both are real careers with experience valued on each, but they ask for different skills and reward different work: one person finds management more rewarding, another the expert role. Choose by what you find rewarding, not only by the skills you have today.',
    '',
    mdTable(
      ['', trackLabel(fork.expert.track.name), trackLabel(fork.management.track.name)],
      [
        ['Role', fork.expert.role.title, fork.management.role.title],
        ['Readiness', pct(fork.expert.readiness), pct(fork.management.readiness)],
        ['Fit', pct(fork.expert.fit), pct(fork.management.fit)],
        ['Rewards', fork.expert.rewards, fork.management.rewards],
        ['You lack', lacks(fork.expert), lacks(fork.management)],
      ],
    ),
    '',
    fork.leaning === 'undecided'
      ? `Your preference answers do not clearly favour either path (${fits}): try both, e.g. mentor a colleague and own a hard escalation, and notice which you enjoy.`
      : `Your preference answers lean toward the **${mdEscape(pathName(fork[fork.leaning].track.name))}** (${fits}).`,
    '',
  ];
}
