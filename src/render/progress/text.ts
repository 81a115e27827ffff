// Progress for the terminal: one screen (80x24) for a 1:1. The readiness for the role recommended now, then and
// now, as two bars; the skills that moved (self, then the lead's), biggest first, each marked where it closed
// or opened a gap to that role; gaps that moved otherwise listed after. Colour only through palette(context);
// every string from a data file goes through clean().
import type { GapChange, Progress, RatingChanges } from '../../core/progress.js';
import type { Formatter } from '../formats.js';
import { bar, clean, palette, percent, wrap } from '../text.js';
import { change, changeRows, isEmpty, pointsMoved, readyWord, roleLine, targetLine, unchangedLine } from './common.js';

const BAR = 20;

export const progressText: Formatter<Progress> = (p, context) => {
  const c = palette(context);
  const width = Math.max(40, Math.min(context.width ?? 80, 100));
  const who = p.name ? `${clean(p.name)}: progress` : 'Progress';
  const head = `${who} from ${clean(p.from)} to ${clean(p.to ?? 'now')}`;
  const kept = `(${p.history_length} earlier assessment${p.history_length === 1 ? '' : 's'} kept)`;
  // The count beside the heading when it fits the width, else under it.
  const out: string[] = head.length + 2 + kept.length <= width ? [`${c.bold(head)}  ${c.dim(kept)}`] : [c.bold(head), c.dim(kept)];
  const role = roleLine(p);
  if (role) out.push(wrap(clean(role), width));
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
  // A gap closed or opened by a self rating is said on that rating's line; the rest get a section of their own.
  const closed = new Map(p.gaps_closed.map((g) => [g.skill, g]));
  const opened = new Map(p.gaps_opened.map((g) => [g.skill, g]));
  const told = new Set<string>();
  // Said on the lead's line where the lead's rating moved (the scoring uses the lead's rating), else on the person's.
  const leadMoved = new Set(p.lead ? [...p.lead.up, ...p.lead.down, ...p.lead.newly_rated, ...p.lead.no_longer_rated].map((s) => s.skill) : []);
  const section = (heading: string, changes: RatingChanges, self: boolean) => {
    const same = changes.unchanged ? c.dim(`  (${unchangedLine(changes)})`) : '';
    out.push('', `${c.bold(heading)}${isEmpty(changes) ? c.dim('  no change') : ''}${same}`);
    const list = [...changes.up, ...changes.down, ...changes.newly_rated, ...changes.no_longer_rated];
    changeRows(changes).forEach((row, i) => {
      const skill = list[i]!.skill;
      let note = row[3];
      const here = self !== leadMoved.has(skill);
      if (here && closed.has(skill)) note += `  closes the gap (needs ${closed.get(skill)!.target})`;
      if (here && opened.has(skill)) note += `  now short (needs ${opened.get(skill)!.target})`;
      if (here && (closed.has(skill) || opened.has(skill))) told.add(skill);
      out.push(line(row[0], row[1], row[2], note));
    });
  };
  section('Self ratings', p.self, true);
  if (p.lead) section("Lead's ratings", p.lead, false);

  const gaps = (heading: string, mark: string, list: GapChange[]) => {
    const rest = list.filter((g) => !told.has(g.skill));
    if (rest.length === 0) return;
    out.push('', c.bold(wrap(heading, width)));
    for (const g of rest) out.push(line(mark, g.name, change(g), `needs ${g.target}`));
  };
  gaps(`Other gaps to ${clean(p.target.title)} closed`, '✓', p.gaps_closed);
  gaps(`Other gaps to ${clean(p.target.title)} opened`, '✗', p.gaps_opened);
  if (p.gaps_closed.length === 0 && p.gaps_opened.length === 0) out.push('', c.dim(wrap(`No gap to ${clean(p.target.title)} closed or opened.`, width)));
  if (p.dropped_skills.length) out.push('', c.dim(wrap(`Not compared (no longer in the framework): ${p.dropped_skills.map(clean).join(', ')}.`, width)));
  return `${out.join('\n')}\n`;
};

/** A name padded to `width`, cut with an ellipsis when longer. */
function fit(name: string, width: number): string {
  return name.length > width ? `${name.slice(0, width - 1)}…` : name.padEnd(width);
}
