// The HTML report's "Moved since last time": the team sentence and a table of who moved, biggest rise first
// (collapsed beyond the first rows: no scripts, the CSP stays). Empty when nobody could be compared.
import type { TeamReport } from '../../core/team.js';
import { movedText, pct, signedPoints, who } from './common.js';
import { esc } from './html.js';

/** Rows shown before the rest fold into <details>. */
const OPEN_ROWS = 15;

export function movedSection(report: TeamReport): string {
  const text = movedText(report);
  if (text === undefined) return '';
  const movers = report.team.moved.movers.filter((m) => m.change !== 0 || m.became_ready || m.role_changed);
  const row = (m: (typeof movers)[number]) =>
    `<tr><th scope="row">${esc(who(m))}</th><td>${esc(m.since)}</td><td class="num">${pct(m.readiness_before)}</td><td class="num">${pct(m.readiness_after)}</td><td class="num">${esc(signedPoints(m.change))}</td><td>${esc([m.became_ready ? 'newly ready' : '', m.role_changed ? 'new role' : ''].filter(Boolean).join(', '))}</td></tr>`;
  const head = '<thead><tr><th scope="col">Person</th><th scope="col">Since</th><th scope="col">Then</th><th scope="col">Now</th><th scope="col">Change</th><th scope="col"></th></tr></thead>';
  const table = (list: typeof movers, caption: string) => `<table>\n<caption>${caption}</caption>\n${head}\n<tbody>\n${list.map(row).join('\n')}\n</tbody>\n</table>`;
  const rest = movers.slice(OPEN_ROWS);
  return `<section id="moved" aria-labelledby="h-moved">
<h2 id="h-moved">Moved since last time</h2>
<p>${esc(text)}</p>
${movers.length ? table(movers.slice(0, OPEN_ROWS), 'Readiness for the role recommended now, at the previous assessment and now; the biggest rise first.') : ''}
${rest.length ? `<details><summary>${rest.length} more</summary>\n${table(rest, 'The others who moved.')}\n</details>` : ''}
</section>`;
}
