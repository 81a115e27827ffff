// The terminal report's "Moved since last time": one sentence for the team, then the biggest moves, one line
// each (no table: the people table above is wide enough). Only when someone could be compared, or left.
import type { TeamReport } from '../../core/team.js';
import type { RenderContext } from '../formats.js';
import type { Lines } from '../lines.js';
import { clean, palette, wrap } from '../text.js';
import { movedText, pct, signedPoints, who } from './common.js';

/** The terminal shows this many movers; every other format shows all. */
const MAX_MOVERS = 10;

export function movedLines(out: Lines, report: TeamReport, context: RenderContext, width: number, heading: (text: string, note?: string) => void): void {
  const text = movedText(report);
  if (text === undefined) return;
  const c = palette(context);
  heading('Moved since last time', 'readiness for the role recommended now, then and now');
  out.push(wrap(clean(text), width));
  const movers = report.team.moved.movers.filter((m) => m.change !== 0 || m.became_ready || m.role_changed);
  const shown = movers.slice(0, MAX_MOVERS);
  const nameWidth = Math.min(24, Math.max(0, ...shown.map((m) => clean(who(m)).length)));
  for (const m of shown) {
    const name = clean(who(m));
    const cut = name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name.padEnd(nameWidth);
    const moved = signedPoints(m.change).padStart(8);
    const colour = m.change > 0 ? c.green : m.change < 0 ? c.red : c.dim;
    const notes = [m.became_ready ? 'newly ready' : '', m.role_changed ? 'new role' : ''].filter(Boolean).join(', ');
    const since = `since ${clean(m.since)}`;
    const head = `  ${cut}  ${pct(m.readiness_before).padStart(4)} → ${pct(m.readiness_after).padStart(4)} `;
    // The notes go under the line when they would make it wider than the terminal.
    const fits = head.length + moved.length + 2 + since.length + (notes ? 2 + notes.length : 0) <= width;
    out.push(`${head}${colour(moved)}  ${c.dim(since)}${notes && fits ? `  ${notes}` : ''}`);
    if (notes && !fits) out.push(`${' '.repeat(nameWidth + 4)}${notes}`);
  }
  if (movers.length > MAX_MOVERS) out.push(c.dim(`  … and ${movers.length - MAX_MOVERS} more (all in -f json, csv, markdown)`));
}
