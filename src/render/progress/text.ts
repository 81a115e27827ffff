// Progress for the terminal: one screen for a 1:1. The readiness for the role recommended now, then and now, as
// two bars; the skills that moved (self, then the lead's), biggest first; the gaps to that role closed and opened.
// Colour only through palette(context); every string from a data file goes through clean().
import type { Progress, RatingChanges } from '../../core/progress.js';
import type { Formatter } from '../formats.js';
import { bar, clean, palette, percent, wrap } from '../text.js';
import { change, changeRows, dates, isEmpty, pointsMoved, readyWord, roleLine, targetLine, title, unchangedLine } from './common.js';

const BAR = 20;

export const progressText: Formatter<Progress> = (p, context) => {
  const c = palette(context);
  const width = Math.max(40, Math.min(context.width ?? 80, 100));
  const out: string[] = [c.bold(clean(title(p))), c.dim(wrap(dates(p), width))];
  const role = roleLine(p);
  if (role) out.push(wrap(role, width));
  out.push('', c.bold(wrap(`Readiness for ${clean(targetLine(p))}`, width)));
  out.push(`  then  ${bar(p.readiness.before, BAR)} ${percent(p.readiness.before).padStart(4)}  ${readyWord(p.readiness.ready_before)}`);
  out.push(`  now   ${bar(p.readiness.after, BAR)} ${percent(p.readiness.after).padStart(4)}  ${readyWord(p.readiness.ready_after)}  ${c.bold(pointsMoved(p))}`);

  const rows = [p.self, ...(p.lead ? [p.lead] : [])].flatMap(changeRows);
  const gapNames = [...p.gaps_closed, ...p.gaps_opened].map((g) => clean(g.name).length);
  const nameWidth = Math.min(30, Math.max(10, ...rows.map((r) => clean(r[1]).length), ...gapNames));
  const line = (mark: string, name: string, moved: string, note: string) => {
    const colour = mark === '▲' || mark === '✓' ? c.green : mark === '▼' || mark === '✗' ? c.red : c.dim;
    return `  ${colour(mark)} ${fit(clean(name), nameWidth)}  ${moved.padEnd(15)} ${c.dim(note)}`.trimEnd();
  };
  const section = (heading: string, changes: RatingChanges) => {
    out.push('', c.bold(heading));
    if (isEmpty(changes)) out.push(c.dim(`  no change (${unchangedLine(changes)})`));
    else {
      for (const row of changeRows(changes)) out.push(line(...row));
      if (changes.unchanged) out.push(c.dim(`  ${unchangedLine(changes)}`));
    }
  };
  section('Self ratings', p.self);
  if (p.lead) section("Lead's ratings", p.lead);

  const gaps = (heading: string, mark: string, list: Progress['gaps_closed']) => {
    if (list.length === 0) return;
    out.push('', c.bold(wrap(heading, width)));
    for (const g of list) out.push(line(mark, g.name, change(g), `needs ${g.target}`));
  };
  gaps(`Gaps to ${clean(p.target.title)} closed`, '✓', p.gaps_closed);
  gaps('Gaps opened', '✗', p.gaps_opened);
  if (p.gaps_closed.length === 0 && p.gaps_opened.length === 0) out.push('', c.dim(wrap(`No gap to ${clean(p.target.title)} closed or opened.`, width)));
  if (p.dropped_skills.length) out.push('', c.dim(wrap(`Not compared (no longer in the framework): ${p.dropped_skills.map(clean).join(', ')}.`, width)));
  return `${out.join('\n')}\n`;
};

/** A name padded to `width`, cut with an ellipsis when longer. */
function fit(name: string, width: number): string {
  return name.length > width ? `${name.slice(0, width - 1)}…` : name.padEnd(width);
}
