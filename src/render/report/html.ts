// The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts and no external
// requests at all (a Content-Security-Policy says so to the browser too). Every value that came from a file
// is escaped. Readable on screen and printed (@media print), with headings, table captions and labelled charts.
import { BENCH_REACH, type BenchPerson, type SkillPicture, type TeamReport } from '../../core/team.js';
import type { Formatter } from '../formats.js';
import { esc, htmlPage } from '../html-page.js';
import { benchScope, commonTarget, gapShort, nextRoleText, pct, plural, readyText, skillsInUse, summaryText, who } from './common.js';
import { movedSection } from './moved-html.js';

export { esc };

/** The readiness chart draws at most this many bars (the most ready first); the people table lists everyone. */
export const MAX_BARS = 300;

/** Up to this many people, the readiness chart has a bar per person on the page; above it, a histogram does and the bars fold away. */
export const BARS_OPEN_UP_TO = 40;
/** Names shown in a training need or a bench list before "+N more" (the full list folds away). */
export const NAMES_SHOWN = 8;
/** Training needs shown as themes; the rest are one table, folded. */
export const NEEDS_SHOWN = 8;
/** Longer tables than this (calibration) fold away behind a summary. */
export const FOLD_ROWS = 15;

export const reportHtml: Formatter<TeamReport> = (report) => {
  const title = `Team report: ${report.framework.name}`;
  const sections = [
    readinessSection(report),
    peopleSection(report),
    movedSection(report),
    skillsSection(report),
    trainingSection(report),
    benchSection(report),
    calibrationSection(report),
    errorsSection(report),
  ].filter(Boolean);
  const body = `<header>
<h1>Team report</h1>
<p class="meta">${esc(report.framework.name)} ${esc(report.framework.version)}</p>
<p>${esc(summaryText(report))}</p>
${cards(report)}
${contents(report)}
</header>
<main>
${sections.join('\n')}
</main>
<footer><p>Made with rungs from ${plural(report.summary.read, 'profile')}. Scores: readiness is the importance-weighted share of the next role's skill targets met; ${pct(report.thresholds.ready)} counts as ready, ${pct(report.thresholds.close)} as close. Folded parts (▸) open on screen; they are left out of print.</p></footer>`;
  return htmlPage(title, CSS, scrollBoxes(body));
};

/**
 * Every data table but the people table (which stacks into one block per person on a phone) sits in a box
 * that scrolls sideways by itself, so the page never does: a heat-map table of ten columns does not fit 390 px.
 * The box is a labelled, focusable region, so a keyboard can scroll it too.
 */
function scrollBoxes(html: string): string {
  return html.replace(/<table(?! class="people")[^>]*>[\s\S]*?<\/table>/g, (table) => {
    const caption = /<caption>([\s\S]*?)<\/caption>/.exec(table)?.[1]?.replace(/<[^>]*>/g, '') ?? 'Table';
    // The caption is escaped already: shorten it without cutting an entity in two.
    const label = caption.length > 80 ? `${caption.slice(0, 79).replace(/&[#\w]*$/, '')}…` : caption;
    return `<div class="scroll" tabindex="0" role="region" aria-label="${label}">${table}</div>`;
  });
}

function contents(report: TeamReport): string {
  const cal = report.team.calibration;
  const items = [
    ['readiness', 'Readiness for the next role', ''],
    ['people', 'People', `${report.people.length}, most ready first`],
    ['skills', 'Skills heat map', `${skillsInUse(report).length} skills`],
    ['training', 'Training needs', plural(report.team.training_needs.length, 'skill')],
    ['bench', 'Bench strength', plural(report.team.bench.length, 'role')],
    ['calibration', 'Calibration', cal.profiles ? plural(cal.flagged.length, 'rating') + ' far apart' : 'no lead ratings'],
    ...(report.errors.length ? [['errors', 'Profiles not used', String(report.errors.length)]] : []),
  ];
  return `<nav aria-labelledby="h-contents"><h2 id="h-contents" class="contents">Contents</h2>
<ol class="contents">${items.map(([id, label, note]) => `<li><a href="#${id}">${esc(label)}</a>${note ? ` <span class="muted">(${esc(note)})</span>` : ''}</li>`).join('')}</ol></nav>`;
}

/** "Ana Ruiz, Ben Okafor, … +74 more", with every name in a fold when there are more than NAMES_SHOWN. */
function someNames(names: string[], what: string): string {
  const shown = names.slice(0, NAMES_SHOWN).map(esc).join(', ');
  if (names.length <= NAMES_SHOWN) return shown;
  return `${shown} <strong>+${names.length - NAMES_SHOWN} more</strong><details class="names"><summary>All ${names.length} ${esc(what)}</summary><p>${names.map(esc).join(', ')}</p></details>`;
}

function cards(report: TeamReport): string {
  const s = report.summary;
  const card = (n: number, label: string, cls = '') => `<li${cls ? ` class="${cls}"` : ''}><strong>${n}</strong> ${esc(label)}</li>`;
  return `<ul class="cards" aria-label="Summary">
${card(s.used, s.used === 1 ? 'person' : 'people')}
${card(s.ready_now, 'ready now', 'ready')}
${card(s.close, 'close', 'close')}
${card(s.training_needs, s.training_needs === 1 ? 'training need' : 'training needs')}
${card(s.calibration_flags, 'to calibrate')}
${s.rejected ? card(s.rejected, 'not used', 'bad') : ''}
</ul>`;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function status(report: TeamReport, p: { ready: boolean; readiness: number }): 'ready' | 'close' | 'far' {
  return p.ready ? 'ready' : p.readiness >= report.thresholds.close ? 'close' : 'far';
}

// ---------------------------------------------------------------------------------------------------------
// Readiness chart: one horizontal bar per person, with the ready and close thresholds as lines.

function readinessSection(report: TeamReport): string {
  const people = [...report.people].sort((a, b) => b.readiness - a.readiness);
  if (people.length === 0) {
    return `<section id="readiness" aria-labelledby="h-readiness">\n<h2 id="h-readiness">Readiness for the next role</h2>\n<p>No profile could be used.</p>\n</section>`;
  }
  const t = report.thresholds;
  const legend = `<p class="legend"><span class="swatch ready"></span> <strong>Green: ready now</strong>: ${pct(t.ready)} or more and no core skill holding it back. <span class="swatch close"></span> <strong>Amber: close</strong>: ${pct(t.close)} or more but not ready yet: below ${pct(t.ready)}, or held back by a core skill (the Ready column says which). <span class="swatch far"></span> <strong>Grey: further away</strong>. The numbers are in the bars' labels and in the people table.</p>`;
  const bars = barChart(report, people);
  const note = people.length > MAX_BARS ? `<p class="note">The ${MAX_BARS} most ready of ${people.length} people; the table below lists everyone.</p>` : '';
  const body =
    people.length <= BARS_OPEN_UP_TO
      ? `<figure>${bars}<figcaption>One bar per person, most ready first; the dashed lines mark close (${pct(t.close)}) and ready (${pct(t.ready)}).</figcaption></figure>`
      : `<figure>${histogram(report)}<figcaption>People by readiness for their recommended next role, in steps of 10%; the number over each column is how many, split by colour below. The ${report.summary.top_of_path} at the top of their path have no next role and are not counted.</figcaption></figure>
<details class="bars"><summary>One bar per person (${Math.min(people.length, MAX_BARS)})</summary><figure>${bars}</figure>${note}</details>`;
  return `<section id="readiness" aria-labelledby="h-readiness">
<h2 id="h-readiness">Readiness for the next role</h2>
${legend}
${body}
</section>`;
}

/** Counts per 10% step of readiness, each column split into ready, close and further; every count is text. */
function histogram(report: TeamReport): string {
  const bins = Array.from({ length: 10 }, () => ({ ready: 0, close: 0, far: 0 }));
  for (const p of report.people) {
    if (!p.next_role) continue;
    const bin = bins[Math.min(9, Math.floor(p.readiness * 10 + 1e-9))]!;
    bin[status(report, p)]++;
  }
  const top = Math.max(1, ...bins.map((b) => b.ready + b.close + b.far));
  const left = 36;
  const colW = 50;
  const plotH = 180;
  const topPad = 24;
  const width = left + bins.length * colW + 8;
  const height = topPad + plotH + 62;
  const y = (n: number) => topPad + plotH - (n / top) * plotH;
  const out: string[] = [
    `<svg class="chart histogram" role="img" aria-labelledby="hist-title hist-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="hist-title">People by readiness for their next role</title>`,
    `<desc id="hist-desc">${esc(bins.map((b, i) => `${i * 10}–${i * 10 + 10}%: ${b.ready + b.close + b.far} (${b.ready} ready, ${b.close} close)`).join('; '))}</desc>`,
    `<line class="axis" x1="${left}" y1="${topPad + plotH}" x2="${width - 8}" y2="${topPad + plotH}"/>`,
  ];
  bins.forEach((b, i) => {
    const x = left + i * colW + 6;
    const w = colW - 12;
    let base = 0;
    for (const cls of ['far', 'close', 'ready'] as const) {
      if (b[cls] === 0) continue;
      out.push(`<rect class="${cls}" x="${x}" y="${y(base + b[cls]).toFixed(1)}" width="${w}" height="${(y(base) - y(base + b[cls])).toFixed(1)}"/>`);
      base += b[cls];
    }
    const total = b.ready + b.close + b.far;
    out.push(`<text class="count" x="${x + w / 2}" y="${(y(total) - 5).toFixed(1)}" text-anchor="middle">${total}</text>`);
    out.push(`<text class="tick" x="${x + w / 2}" y="${topPad + plotH + 14}" text-anchor="middle">${i * 10}–${i * 10 + 10}%</text>`);
    const split = [b.ready ? `${b.ready} ready` : '', b.close ? `${b.close} close` : ''].filter(Boolean);
    split.forEach((line, j) => out.push(`<text class="split" x="${x + w / 2}" y="${topPad + plotH + 30 + j * 13}" text-anchor="middle">${line}</text>`));
  });
  out.push('</svg>');
  return out.join('\n');
}

function barChart(report: TeamReport, people: TeamReport['people']): string {
  const shown = people.slice(0, MAX_BARS);
  const labelW = 220;
  const barW = 460;
  const valueW = 60;
  const rowH = 22;
  const top = 34;
  const width = labelW + barW + valueW;
  const height = top + Math.max(1, shown.length) * rowH + 24;
  const x = (v: number) => labelW + Math.max(0, Math.min(1, v)) * barW;
  const out: string[] = [];
  out.push(
    `<svg class="chart readiness-chart" role="img" aria-labelledby="readiness-title readiness-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="readiness-title">Readiness for the next role, per person</title>`,
    `<desc id="readiness-desc">${esc(`${shown.length} horizontal bars from 0% to 100%; the line at ${pct(report.thresholds.ready)} marks ready, the line at ${pct(report.thresholds.close)} marks close. ${report.summary.ready_now} ready, ${report.summary.close} close.`)}</desc>`,
  );
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<line class="grid" x1="${x(t)}" y1="${top - 6}" x2="${x(t)}" y2="${height - 20}"/><text class="tick" x="${x(t)}" y="${height - 6}" text-anchor="middle">${pct(t)}</text>`);
  }
  shown.forEach((p, i) => {
    const y = top + i * rowH;
    const cls = status(report, p);
    const target = p.next_role ? `for ${p.next_role.title}` : `for ${p.current_role.title} (top of path)`;
    out.push(
      `<g class="bar ${cls}"><title>${esc(`${who(p)}: ${pct(p.readiness)} ready ${target}${p.ready ? ', ready now' : ''}`)}</title>` +
        `<text class="label" x="${labelW - 8}" y="${y + 15}" text-anchor="end">${esc(truncate(who(p), 30))}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${(x(p.readiness) - labelW).toFixed(1)}" height="${rowH - 8}" rx="2"/>` +
        `<text class="value" x="${x(p.readiness) + 6}" y="${y + 15}">${pct(p.readiness)}${p.ready ? ' ready' : ''}</text></g>`,
    );
  });
  const line = (v: number, cls: string, label: string) =>
    `<line class="${cls}" x1="${x(v)}" y1="${top - 8}" x2="${x(v)}" y2="${height - 20}"/><text class="${cls}-label" x="${x(v)}" y="${top - 12}" text-anchor="middle">${esc(label)}</text>`;
  out.push(line(report.thresholds.close, 'close-line', `close ${pct(report.thresholds.close)}`));
  out.push(line(report.thresholds.ready, 'threshold', `ready ${pct(report.thresholds.ready)}`));
  out.push('</svg>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------

/** Most ready for their recommended move first, then by name (the report's order); the top of a path last. */
export function byReadiness(people: readonly TeamReport['people'][number][]): TeamReport['people'] {
  return [...people].sort((a, b) => Number(a.next_role === null) - Number(b.next_role === null) || b.readiness - a.readiness);
}

function peopleSection(report: TeamReport): string {
  const rows = byReadiness(report.people).map((p) => {
    const cls = status(report, p);
    const gaps = p.top_gaps.length ? p.top_gaps.map((g) => `<span class="gap">${esc(gapShort(g))}</span>`).join(' ') : '<span class="muted">none</span>';
    const warnings = p.warnings.length ? `<ul class="warnings">${p.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '';
    const move = `${esc(p.current_role.title)} → ${esc(nextRoleText(p))}`;
    return `<tr class="${cls}"><th scope="row">${esc(who(p))}${p.name ? ` <span class="file">${esc(p.file)}</span>` : ''}</th><td data-label="Move">${move}</td><td class="num" data-label="Readiness"><span class="meter" aria-hidden="true"><span style="width:${Math.round(p.readiness * 100)}%"></span></span> ${pct(p.readiness)}</td><td class="num" data-label="Fit">${pct(p.fit)}</td><td data-label="Ready">${p.ready ? '<strong>yes</strong>' : esc(readyText(report, p))}</td><td class="gaps" data-label="Top gaps">${gaps}</td><td class="warn" data-label="For you to check">${warnings}</td></tr>`;
  });
  return `<section id="people" aria-labelledby="h-people">
<h2 id="h-people">People</h2>
<table class="people">
<caption>Most ready for their recommended next role first (${pct(report.thresholds.ready)} counts as ready), then by name; people at the top of their path last. Fit: how well the move matches their preference answers. Top gaps: current level → target. The last column is for you, their lead.</caption>
<thead><tr><th scope="col">Person</th><th scope="col">Current → next role</th><th scope="col">Readiness</th><th scope="col">Fit</th><th scope="col">Ready</th><th scope="col">Top gaps</th><th scope="col">For you to check</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

// ---------------------------------------------------------------------------------------------------------
// Skills heat map: skills x self-rated levels 0..5 and "not rated", shaded by how many people; the level most
// next roles need is outlined; needed and short counts at the right.

// Heat-map fills in steps, not a continuous ramp: a mid blue would give neither dark nor white digits 4.5:1
// (WCAG AA). Light steps carry dark digits, dark steps white ones; every pair is 4.5:1 or more.
const BLUES = ['#f4f6fa', '#dde7f5', '#bcd0ec', '#9dbbe3', '#2d5c99', '#1d4f91', '#153a6b'];
const GREYS = ['#f5f5f5', '#e6e6e6', '#d4d4d4', '#c2c2c2', '#5c5c5c', '#4a4a4a', '#383838'];
/** The step for a share of people: 0 is its own step, so an empty cell never looks like a few. */
export function shadeStep(share: number): number {
  if (share <= 0) return 0;
  return share <= 0.1 ? 1 : share <= 0.2 ? 2 : share <= 0.35 ? 3 : share <= 0.5 ? 4 : share <= 0.7 ? 5 : 6;
}
/** Steps from this one up are dark: their digits are white. */
export const DARK_STEP = 4;
export const HEAT_FILLS = { blue: BLUES, grey: GREYS };

function skillsSection(report: TeamReport): string {
  const skills = skillsInUse(report);
  const people = report.people.length;
  if (skills.length === 0 || people === 0) {
    return `<section id="skills" aria-labelledby="h-skills"><h2 id="h-skills">Skills</h2><p>Nobody rated any skill.</p></section>`;
  }
  const labelW = 240;
  const cellW = 46;
  const cellH = 24;
  const extraW = 80;
  const top = 40;
  const columns = ['0', '1', '2', '3', '4', '5', '?'];
  // Rows: a heading row per category, then its skills.
  type Row = { kind: 'category'; name: string } | { kind: 'skill'; skill: SkillPicture };
  const rows: Row[] = [];
  let category: string | undefined;
  for (const skill of skills) {
    if (skill.category !== category) rows.push({ kind: 'category', name: skill.category_name });
    category = skill.category;
    rows.push({ kind: 'skill', skill });
  }
  const width = labelW + columns.length * cellW + 2 * extraW;
  const height = top + rows.length * cellH + 8;
  const out: string[] = [
    `<svg class="chart heatmap" role="img" aria-labelledby="heatmap-title heatmap-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="heatmap-title">Skills heat map</title>`,
    `<desc id="heatmap-desc">${esc(`${skills.length} skills by self-rated level 0 to 5 and not rated, for ${plural(people, 'person', 'people')}; each cell shows how many people. The outlined cell is the level most of their next roles need.`)}</desc>`,
  ];
  out.push(`<text class="colhead" x="${labelW + 3 * cellW}" y="${top - 24}" text-anchor="middle">self-rated level</text>`);
  columns.forEach((label, i) => {
    out.push(`<text class="colhead level" x="${labelW + i * cellW + cellW / 2}" y="${top - 8}" text-anchor="middle">${label}${label === '?' ? '<title>not rated</title>' : ''}</text>`);
  });
  out.push(`<text class="colhead" x="${labelW + columns.length * cellW + extraW / 2}" y="${top - 8}" text-anchor="middle">needed by</text>`);
  out.push(`<text class="colhead" x="${labelW + columns.length * cellW + extraW * 1.5}" y="${top - 8}" text-anchor="middle">short</text>`);
  rows.forEach((row, r) => {
    const y = top + r * cellH;
    if (row.kind === 'category') {
      out.push(`<text class="category" x="4" y="${y + 17}">${esc(row.name)}</text>`);
      return;
    }
    const s = row.skill;
    const target = commonTarget(s.targets);
    const cells = [...s.levels, s.unknown];
    const parts: string[] = [`<g class="row"><text class="label" x="${labelW - 8}" y="${y + 16}" text-anchor="end">${esc(truncate(s.name, 34))}<title>${esc(s.name)}</title></text>`];
    cells.forEach((count, i) => {
      const cx = labelW + i * cellW;
      const share = count / people;
      const isTarget = i === target;
      const tip = `${s.name}, ${i === 6 ? 'not rated' : `level ${i}`}: ${count} of ${plural(people, 'person', 'people')}${isTarget ? `; level ${i} is what most of their next roles need (${s.targets[i]} of ${s.needed_by})` : ''}`;
      parts.push(
        `<g class="cell"><title>${esc(tip)}</title><rect x="${cx + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${(i === 6 ? GREYS : BLUES)[shadeStep(share)]}"${isTarget ? ' class="target"' : ''}/>` +
          `<text x="${cx + cellW / 2}" y="${y + 16}" text-anchor="middle" class="${shadeStep(share) >= DARK_STEP ? 'on-dark' : count === 0 ? 'zero' : ''}">${count}</text></g>`,
      );
    });
    const ex = labelW + columns.length * cellW;
    parts.push(`<text class="extra" x="${ex + extraW / 2}" y="${y + 16}" text-anchor="middle">${s.needed_by ? `${s.needed_by}${target === null ? '' : ` @${target}`}` : '·'}<title>${esc(`${s.needed_by} of their next roles need ${s.name}`)}</title></text>`);
    parts.push(`<text class="extra${s.short ? ' short' : ''}" x="${ex + extraW * 1.5}" y="${y + 16}" text-anchor="middle">${s.short || '·'}<title>${esc(`${s.short} rated below the target of their next role`)}</title></text></g>`);
    out.push(parts.join(''));
  });
  out.push('</svg>');
  const table = `<details><summary>The heat map as a table</summary>
<table>
<caption>People at each self-rated level per skill, and how many need it for their next role and fall short.</caption>
<thead><tr><th scope="col">Skill</th>${columns.map((c) => `<th scope="col" class="num">${c}</th>`).join('')}<th scope="col" class="num">Needed</th><th scope="col" class="num">Short</th></tr></thead>
<tbody>
${skills.map((s) => `<tr><th scope="row">${esc(s.name)}</th>${[...s.levels, s.unknown].map((n) => `<td class="num">${n}</td>`).join('')}<td class="num">${s.needed_by}</td><td class="num">${s.short}</td></tr>`).join('\n')}
</tbody>
</table>
</details>`;
  return `<section id="skills" aria-labelledby="h-skills">
<h2 id="h-skills">Skills</h2>
<figure>${out.join('\n')}<figcaption>Darker cells: more people at that level (steps: none, up to 10%, 20%, 35%, 50%, 70%, more); ? is not rated. Outlined: the level most of their next roles need. “needed by”: people whose next role requires the skill (@ the most common target); “short”: of those, rated below the target.</figcaption></figure>
${table}
</section>`;
}

// ---------------------------------------------------------------------------------------------------------

function trainingSection(report: TeamReport): string {
  const needs = report.team.training_needs;
  const items = needs.slice(0, NEEDS_SHOWN).map((n, i) => {
    const who_ = n.people.map((p) => `<tr><th scope="row">${esc(who(p))}</th><td class="num">${p.current}</td><td class="num">${p.target}</td><td class="num">${p.importance}</td></tr>`).join('\n');
    const actions = n.develop.length ? `<ul class="actions">${n.develop.slice(0, 3).map((d) => `<li><span class="kind">${esc(d.kind)}</span> ${esc(d.action)}</li>`).join('')}</ul>` : '';
    const table = `<details class="who"><summary>Who, with levels (${n.people.length})</summary><table class="compact">
<caption>Who needs ${esc(n.name)}: current level and the target of their next role</caption>
<thead><tr><th scope="col">Person</th><th scope="col" class="num">Now</th><th scope="col" class="num">Target</th><th scope="col" class="num">Importance</th></tr></thead>
<tbody>
${who_}
</tbody>
</table></details>`;
    return `<article class="need">
<h3>${i + 1}. ${esc(n.name)} <span class="count">${plural(n.count, 'person', 'people')} short, typically ${n.typical.current} → ${n.typical.target}${n.unrated ? `; ${plural(n.unrated, 'more person', 'more people')} did not rate it` : ''}</span></h3>
<p class="names">${someNames(n.people.map((p) => who(p)), 'people short')}</p>
${actions}
${table}
</article>`;
  });
  const rest = needs.slice(NEEDS_SHOWN);
  const more = rest.length
    ? `<details class="more"><summary>${plural(rest.length, 'more skill')} where people fall short</summary><table class="compact">
<caption>The other training needs, most people first</caption>
<thead><tr><th scope="col">Skill</th><th scope="col" class="num">Short</th><th scope="col" class="num">Typically</th><th scope="col" class="num">Did not rate</th></tr></thead>
<tbody>
${rest.map((n) => `<tr><th scope="row">${esc(n.name)}</th><td class="num">${n.count}</td><td class="num">${n.typical.current} → ${n.typical.target}</td><td class="num">${n.unrated}</td></tr>`).join('\n')}
</tbody>
</table></details>`
    : '';
  return `<section id="training" aria-labelledby="h-training">
<h2 id="h-training">Training needs</h2>
<p>Skills where the most people fall short of the target of their recommended next role, most people first: a theme per skill, with up to ${NAMES_SHOWN} names and the development actions for the typical gap.</p>
${items.length ? items.join('\n') : '<p>Nobody falls short of a rated skill for their next role.</p>'}
${more}
</section>`;
}

function benchSection(report: TeamReport): string {
  const names = (list: BenchPerson[]) => (list.length ? someNames(list.map((p) => `${who(p)} ${pct(p.readiness)}${p.unrated ? ` (${p.unrated} unrated)` : ''}`), 'people') : '<span class="muted">nobody</span>');
  const rows = report.team.bench.map(
    (b) =>
      `<tr><th scope="row">${esc(b.role.title)}<span class="sub">level ${b.role.level}, ${esc(b.role.track)}</span></th><td class="num">${b.holders}</td><td class="num">${b.recommended_for}</td><td>${names(b.ready)}</td><td>${names(b.close)}</td></tr>`,
  );
  return `<section id="bench" aria-labelledby="h-bench">
<h2 id="h-bench">Bench strength</h2>
<table>
<caption>For ${esc(benchScope(report))}: who is ready now (${pct(report.thresholds.ready)}+, no core skill far short, enough of its skills rated) and who is close (${pct(report.thresholds.close)}+, enough rated). Everyone up to ${BENCH_REACH} rungs below a role is scored against it, not only those for whom it is the next step.</caption>
<thead><tr><th scope="col">Role</th><th scope="col" class="num">In role</th><th scope="col" class="num">Recommended for</th><th scope="col">Ready now</th><th scope="col">Close</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function calibrationSection(report: TeamReport): string {
  const cal = report.team.calibration;
  let body: string;
  if (cal.profiles === 0) body = '<p>No profile has your ratings (manager_ratings) yet, so there is nothing to calibrate.</p>';
  else {
    const flaggedTable = `<table>
<caption>Their ratings and yours ${report.thresholds.calibration_gap} or more levels apart: re-read the level definitions together and agree on a rating.</caption>
<thead><tr><th scope="col">Person</th><th scope="col">Skill</th><th scope="col" class="num">Theirs</th><th scope="col" class="num">Yours</th><th scope="col" class="num">Theirs − yours</th></tr></thead>
<tbody>
${cal.flagged.map((f) => `<tr><th scope="row">${esc(who(f))}</th><td>${esc(f.skill_name)}</td><td class="num">${f.self}</td><td class="num">${f.manager}</td><td class="num">${f.difference > 0 ? `+${f.difference}` : f.difference}</td></tr>`).join('\n')}
</tbody>
</table>`;
    const flagged = cal.flagged.length
      ? fold(flaggedTable, cal.flagged.length, `${plural(cal.flagged.length, 'rating')} ${report.thresholds.calibration_gap} or more levels apart`)
      : `<p>No self and manager rating is ${report.thresholds.calibration_gap} or more levels apart.</p>`;
    const bySkill = `<table class="compact">
<caption>By skill</caption>
<thead><tr><th scope="col">Skill</th><th scope="col" class="num">Compared</th><th scope="col" class="num">Far apart</th><th scope="col" class="num">They rate higher</th><th scope="col" class="num">You rate higher</th><th scope="col" class="num">Mean theirs − yours</th></tr></thead>
<tbody>
${cal.by_skill.map((s) => `<tr><th scope="row">${esc(s.name)}</th><td class="num">${s.compared}</td><td class="num">${s.flagged}</td><td class="num">${s.self_higher}</td><td class="num">${s.manager_higher}</td><td class="num">${s.mean_difference}</td></tr>`).join('\n')}
</tbody>
</table>`;
    body = `<p>${plural(cal.profiles, 'profile')} with your ratings (manager_ratings), ${plural(cal.compared, 'rating')} compared with their own.</p>\n${flagged}\n${fold(bySkill, cal.by_skill.length, `By skill (${plural(cal.by_skill.length, 'skill')})`)}`;
  }
  return `<section id="calibration" aria-labelledby="h-calibration">
<h2 id="h-calibration">Calibration</h2>
${body}
</section>`;
}

/** A table shown as it is when short, folded behind `summary` when longer than FOLD_ROWS rows. */
function fold(table: string, rows: number, summary: string): string {
  return rows <= FOLD_ROWS ? table : `<details><summary>${esc(summary)}</summary>${table}</details>`;
}

function errorsSection(report: TeamReport): string {
  if (report.errors.length === 0) return '';
  return `<section id="errors" aria-labelledby="h-errors">
<h2 id="h-errors">Profiles not used</h2>
<table>
<caption>${plural(report.summary.rejected, 'profile')} could not be used; fix them and run the report again.</caption>
<thead><tr><th scope="col">Where</th><th scope="col">Problem</th><th scope="col">Rule</th></tr></thead>
<tbody>
${report.errors.map((e) => `<tr><th scope="row"><code>${esc(e.file)}${e.line ? `:${e.line}:${e.column}` : ''}</code></th><td>${esc(e.message)}</td><td><code>${esc(e.rule)}</code></td></tr>`).join('\n')}
</tbody>
</table>
</section>`;
}

// Colours: every text colour is 4.5:1 or more on its background (WCAG AA; the browser test runs axe-core).
// Amber and grey are fills only; amber text uses the darker --close-text.
const CSS = `
:root { --ink: #1b1f24; --muted: #545c66; --line: #d7dce2; --ready: #2f7d32; --ready-text: #23652a; --close: #b7791f; --close-text: #7a4d00; --far: #8a94a3; --accent: #1d4f91; --target: #d9480f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; overflow-wrap: break-word; }
h1 { margin: 0 0 .25rem; font-size: 1.8rem; }
h2 { margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); font-size: 1.35rem; }
h2.contents { margin: 1rem 0 .3rem; font-size: 1.05rem; border: 0; }
h3 { margin: 1.2rem 0 .3rem; font-size: 1.1rem; }
.meta, .muted, .file, .note { color: var(--muted); }
.file { font-size: .85em; font-weight: normal; display: block; word-break: break-all; }
.sub { display: block; font-size: .85em; font-weight: normal; color: var(--muted); }
a { color: var(--accent); }
ol.contents { margin: 0; padding-left: 1.4rem; columns: 2 16rem; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
.cards li { padding: .5rem .9rem; border: 1px solid var(--line); border-radius: 6px; min-width: 7rem; }
.cards strong { display: block; font-size: 1.5rem; }
.cards .ready strong { color: var(--ready-text); } .cards .close strong { color: var(--close-text); } .cards .bad strong { color: #b42318; }
.legend { font-size: .92em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-left: .3em; }
.swatch.ready { background: var(--ready); } .swatch.close { background: var(--close); } .swatch.far { background: var(--far); }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: .9em; margin-top: .3rem; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
svg .label { fill: var(--ink); } svg .colhead.level { font-weight: 700; font-size: 12px; fill: var(--ink); }
svg .tick, svg .colhead { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: #eceff3; } svg .axis { stroke: var(--muted); } svg .threshold { stroke: var(--ready); stroke-width: 2; stroke-dasharray: 6 3; }
svg .close-line { stroke: var(--close); stroke-width: 1.5; stroke-dasharray: 3 3; }
svg .threshold-label { fill: var(--ready-text); font-weight: 600; font-size: 11px; } svg .close-line-label { fill: var(--close-text); font-size: 11px; }
svg .bar.ready rect, svg rect.ready { fill: var(--ready); } svg .bar.close rect, svg rect.close { fill: var(--close); } svg .bar.far rect, svg rect.far { fill: var(--far); }
svg .value, svg .count { fill: var(--ink); font-size: 11px; } svg .count { font-weight: 700; font-size: 12px; } svg .split { fill: var(--muted); font-size: 10px; }
svg .cell text { fill: var(--ink); font-size: 12px; } svg .cell text.on-dark { fill: #fff; } svg .cell text.zero { fill: var(--muted); }
svg rect.target { stroke: var(--target); stroke-width: 2.5; }
svg .category { fill: var(--accent); font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
svg .extra { fill: var(--ink); } svg .extra.short { fill: #b42318; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding: .2rem 0 .4rem; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.compact { width: auto; min-width: 50%; }
tr.ready th { border-left: 4px solid var(--ready); } tr.close th { border-left: 4px solid var(--close); } tr.far th { border-left: 4px solid transparent; }
table.people td.gaps { min-width: 11rem; } .gap { display: block; } table.people tbody th { min-width: 9rem; width: 14%; } table.people td.warn { width: 34%; }
.meter { display: inline-block; width: 48px; height: 8px; background: #eceff3; border-radius: 4px; vertical-align: middle; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--accent); }
ul.plain { margin: 0; padding: 0; list-style: none; }
ul.warnings { margin: 0; padding-left: 1rem; color: #6b3a06; font-size: .85em; }
.kind { display: inline-block; min-width: 6.5rem; font-size: .8em; text-transform: uppercase; letter-spacing: .03em; color: var(--accent); }
article.need { border-left: 3px solid var(--line); padding-left: 1rem; margin-bottom: 1rem; }
article.need h3 .count { font-weight: normal; color: var(--muted); font-size: .9em; }
article.need p { margin: .2rem 0; } ul.actions { margin: .2rem 0; padding-left: 1.1rem; }
.scroll { max-width: 100%; overflow-x: auto; }
details { margin: .4rem 0 .8rem; } summary { cursor: pointer; color: var(--accent); }
details.names { display: inline; margin: 0 0 0 .4rem; } details.names[open] { display: block; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
@media screen and (max-width: 800px) {
  body { padding: .8rem; font-size: 14px; }
  /* Wide tables become one block per row, each cell labelled: nothing scrolls sideways on a phone. */
  table.people, table.people tbody, table.people tr, table.people th, table.people td { display: block; width: auto; }
  table.people thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.people tr { border-bottom: 2px solid var(--line); padding: .3rem 0; }
  table.people td, table.people th { border: 0; padding: .1rem .3rem; text-align: left; }
  table.people td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85em; }
  table.people td:empty { display: none; }
  table.people td.gaps, table.people td.warn, table.people tbody th { min-width: 0; width: auto; }
  table.people caption { display: block; }
  table.compact { min-width: 0; }
  th, td { padding: .25rem .3rem; }
  table { font-size: .85rem; }
  .kind { min-width: 0; }
}
@media print {
  @page { size: A4; margin: 1.2cm; }
  body { max-width: none; padding: 0; font-size: 8.5pt; line-height: 1.35; }
  summary, details:not([open]) { display: none; }
  nav a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: 1rem; }
  h3 { break-after: avoid; }
  th, td { padding: .12rem .3rem; }
  table { font-size: 8pt; }
  .file, .meter { display: none; }
  table.people { table-layout: fixed; }
  table.people td.gaps { min-width: 0; }
  table.people thead th:nth-child(1) { width: 13%; } table.people thead th:nth-child(2) { width: 17%; } table.people thead th:nth-child(3) { width: 9%; }
  table.people thead th:nth-child(4) { width: 5%; } table.people thead th:nth-child(5) { width: 7%; } table.people thead th:nth-child(6) { width: 19%; }
  table.people thead th:nth-child(7) { width: 30%; }
  ul.warnings { font-size: 7.5pt; line-height: 1.25; }
  tr, figure, article.need, .cards { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
