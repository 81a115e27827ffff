// Progress as GitHub-flavoured Markdown, for a 1:1 document or a wiki: the same content as the text format.
import type { Progress, RatingChanges } from '../../core/progress.js';
import type { Formatter } from '../formats.js';
import { mdEscape, mdTable } from '../markdown.js';
import { pct } from '../advice/common.js';
import { change, changeRows, dates, isEmpty, pointsMoved, readyWord, roleLine, targetLine, title, unchangedLine } from './common.js';

export const progressMarkdown: Formatter<Progress> = (p) => {
  const out: string[] = [`# ${mdEscape(title(p))}`, '', `This ${mdEscape(dates(p))}.`, ''];
  const role = roleLine(p);
  if (role) out.push(mdEscape(role), '');
  out.push(`## Readiness for ${mdEscape(targetLine(p))}`, '');
  out.push(
    mdTable(['', 'Readiness', ''], [
      [p.from, pct(p.readiness.before), readyWord(p.readiness.ready_before)],
      [p.to ?? 'now', pct(p.readiness.after), readyWord(p.readiness.ready_after)],
    ]),
    '',
    `Moved: **${pointsMoved(p)}**.`,
    '',
  );
  const section = (heading: string, changes: RatingChanges) => {
    out.push(`## ${heading}`, '');
    if (isEmpty(changes)) out.push(`No change (${unchangedLine(changes)}).`, '');
    else {
      out.push(mdTable(['', 'Skill', 'Then → now', ''], changeRows(changes)), '');
      if (changes.unchanged) out.push(`${unchangedLine(changes)}.`, '');
    }
  };
  section('Self ratings', p.self);
  if (p.lead) section("Lead's ratings", p.lead);
  const gaps = (heading: string, list: Progress['gaps_closed']) => {
    if (list.length === 0) return;
    out.push(`## ${mdEscape(heading)}`, '', ...list.map((g) => `- ${mdEscape(g.name)}: ${change(g)} (needs ${g.target})`), '');
  };
  gaps(`Gaps to ${p.target.title} closed`, p.gaps_closed);
  gaps('Gaps opened', p.gaps_opened);
  if (p.gaps_closed.length === 0 && p.gaps_opened.length === 0) out.push(`No gap to ${mdEscape(p.target.title)} closed or opened.`, '');
  if (p.dropped_skills.length) out.push(`Not compared (no longer in the framework): ${p.dropped_skills.map(mdEscape).join(', ')}.`, '');
  return `${out.join('\n').trimEnd()}\n`;
};
