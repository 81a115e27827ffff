// The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts and no external
// requests at all (a Content-Security-Policy says so to the browser too). Every value that came from a file
// is escaped. Readable on screen and printed (@media print), with headings, table captions and labelled charts.
import { BENCH_REACH, type BenchPerson, type SkillPicture, type TeamReport } from '../../core/team.js';
import type { Formatter } from '../formats.js';
import { clean } from '../text.js';
import { commonTarget, gapShort, nextRoleText, pct, plural, readyText, skillsInUse, summaryText, who } from './common.js';
import { movedSection } from './moved-html.js';

/** Escapes text for HTML and SVG content and attribute values; drops control characters. */
export function esc(value: string | number | null | undefined): string {
  return clean(value === null || value === undefined ? '' : String(value)).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The readiness chart draws at most this many bars (the most ready first); the people table lists everyone. */
export const MAX_BARS = 300;

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
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rungs">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Team report</h1>
<p class="meta">${esc(report.framework.name)} ${esc(report.framework.version)}</p>
<p>${esc(summaryText(report))}</p>
${cards(report)}
<nav aria-label="Sections"><a href="#readiness">Readiness</a> <a href="#people">People</a> <a href="#skills">Skills</a> <a href="#training">Training needs</a> <a href="#bench">Bench</a> <a href="#calibration">Calibration</a>${report.errors.length ? ' <a href="#errors">Not used</a>' : ''}</nav>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p>Made with rungs from ${plural(report.summary.read, 'profile')}. Scores: readiness is the importance-weighted share of the next role's skill targets met; ${pct(report.thresholds.ready)} counts as ready, ${pct(report.thresholds.close)} as close.</p></footer>
</body>
</html>
`;
};

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
        `<text class="value" x="${x(p.readiness) + 6}" y="${y + 15}">${pct(p.readiness)}</text></g>`,
    );
  });
  const line = (v: number, cls: string, label: string) =>
    `<line class="${cls}" x1="${x(v)}" y1="${top - 8}" x2="${x(v)}" y2="${height - 20}"/><text class="${cls}-label" x="${x(v)}" y="${top - 12}" text-anchor="middle">${esc(label)}</text>`;
  out.push(line(report.thresholds.close, 'close-line', `close ${pct(report.thresholds.close)}`));
  out.push(line(report.thresholds.ready, 'threshold', `ready ${pct(report.thresholds.ready)}`));
  out.push('</svg>');
  const note = people.length > MAX_BARS ? `<p class="note">The ${MAX_BARS} most ready of ${people.length} people; the table below lists everyone.</p>` : '';
  return `<section id="readiness" aria-labelledby="h-readiness">
<h2 id="h-readiness">Readiness for the next role</h2>
${people.length ? `<figure>${out.join('\n')}<figcaption>Green: ready now. Amber: close. Grey: further away. Hover a bar for the role.</figcaption></figure>${note}` : '<p>No profile could be used.</p>'}
</section>`;
}

// ---------------------------------------------------------------------------------------------------------

function peopleSection(report: TeamReport): string {
  const rows = report.people.map((p) => {
    const cls = status(report, p);
    const gaps = p.top_gaps.length ? `<ul class="plain">${p.top_gaps.map((g) => `<li>${esc(gapShort(g))}</li>`).join('')}</ul>` : '<span class="muted">none</span>';
    const warnings = p.warnings.length ? `<ul class="warnings">${p.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '';
    return `<tr class="${cls}"><th scope="row">${esc(who(p))}${p.name ? `<br><span class="file">${esc(p.file)}</span>` : ''}</th><td>${esc(p.current_role.title)}</td><td>${esc(nextRoleText(p))}</td><td class="num"><span class="meter" aria-hidden="true"><span style="width:${Math.round(p.readiness * 100)}%"></span></span> ${pct(p.readiness)}</td><td class="num">${pct(p.fit)}</td><td>${p.ready ? '<strong>yes</strong>' : esc(readyText(report, p))}</td><td class="gaps">${gaps}</td><td>${warnings}</td></tr>`;
  });
  return `<section id="people" aria-labelledby="h-people">
<h2 id="h-people">People</h2>
<table>
<caption>Each person's recommended next role, readiness for it (${pct(report.thresholds.ready)} counts as ready), preference fit and the three gaps to work on first (current level → target).</caption>
<thead><tr><th scope="col">Person</th><th scope="col">Current role</th><th scope="col">Next role</th><th scope="col">Readiness</th><th scope="col">Fit</th><th scope="col">Ready</th><th scope="col">Top gaps</th><th scope="col">Warnings</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

// ---------------------------------------------------------------------------------------------------------
// Skills heat map: skills x self-rated levels 0..5 and "not rated", shaded by how many people; the level most
// next roles need is outlined; needed and short counts at the right.

function shade(share: number): string {
  // From a pale to a deep blue: readable text on both ends (white text from the middle up).
  const from = [238, 242, 249];
  const to = [29, 79, 145];
  const mix = from.map((f, i) => Math.round(f + (to[i]! - f) * Math.max(0, Math.min(1, share))));
  return `rgb(${mix.join(',')})`;
}

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
        `<g class="cell"><title>${esc(tip)}</title><rect x="${cx + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${i === 6 ? shadeGrey(share) : shade(share)}"${isTarget ? ' class="target"' : ''}/>` +
          `<text x="${cx + cellW / 2}" y="${y + 16}" text-anchor="middle" class="${share > 0.5 ? 'on-dark' : count === 0 ? 'zero' : ''}">${count}</text></g>`,
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
<figure>${out.join('\n')}<figcaption>Darker cells: more people at that level; ? is not rated. Outlined: the level most of their next roles need. “needed by”: people whose next role requires the skill (@ the most common target); “short”: of those, rated below the target.</figcaption></figure>
${table}
</section>`;
}

function shadeGrey(share: number): string {
  const v = Math.round(244 - 120 * Math.max(0, Math.min(1, share)));
  return `rgb(${v},${v},${v})`;
}

// ---------------------------------------------------------------------------------------------------------

function trainingSection(report: TeamReport): string {
  const needs = report.team.training_needs;
  const items = needs.map((n, i) => {
    const who_ = n.people.map((p) => `<tr><th scope="row">${esc(who(p))}</th><td class="num">${p.current}</td><td class="num">${p.target}</td><td class="num">${p.importance}</td></tr>`).join('\n');
    const actions = n.develop.length ? `<p>How to develop it:</p><ul>${n.develop.map((d) => `<li><span class="kind">${esc(d.kind)}</span> ${esc(d.action)}</li>`).join('')}</ul>` : '';
    return `<article class="need">
<h3>${i + 1}. ${esc(n.name)}: ${plural(n.count, 'person', 'people')} short</h3>
<p>Typically from level ${n.typical.current} to ${n.typical.target}${n.unrated ? `; ${plural(n.unrated, 'more person', 'more people')} did not rate it` : ''}.</p>
<table class="compact">
<caption>Who needs ${esc(n.name)}</caption>
<thead><tr><th scope="col">Person</th><th scope="col" class="num">Now</th><th scope="col" class="num">Target</th><th scope="col" class="num">Importance</th></tr></thead>
<tbody>
${who_}
</tbody>
</table>
${actions}
</article>`;
  });
  return `<section id="training" aria-labelledby="h-training">
<h2 id="h-training">Training needs</h2>
<p>Skills where the most people fall short of the target of their recommended next role, most people first, with the development actions for the typical gap.</p>
${items.length ? items.join('\n') : '<p>Nobody falls short of a rated skill for their next role.</p>'}
</section>`;
}

function benchSection(report: TeamReport): string {
  const names = (list: BenchPerson[]) =>
    list.length ? `<ul class="plain">${list.map((p) => `<li>${esc(who(p))} <span class="muted">${pct(p.readiness)}${p.unrated ? ` (${p.unrated} unrated)` : ''}</span></li>`).join('')}</ul>` : '<span class="muted">nobody</span>';
  const rows = report.team.bench.map(
    (b) =>
      `<tr><th scope="row">${esc(b.role.title)}<br><span class="file">level ${b.role.level}, ${esc(b.role.track)}</span></th><td class="num">${b.holders}</td><td class="num">${b.recommended_for}</td><td>${names(b.ready)}</td><td>${names(b.close)}</td></tr>`,
  );
  return `<section id="bench" aria-labelledby="h-bench">
<h2 id="h-bench">Bench strength</h2>
<table>
<caption>For each lead and expert role (and each recommended role): who is ready now (${pct(report.thresholds.ready)}+, no core skill far short, enough of its skills rated) and who is close (${pct(report.thresholds.close)}+, enough rated). Everyone up to ${BENCH_REACH} rungs below a role is scored against it, not only those for whom it is the next step.</caption>
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
  if (cal.profiles === 0) body = '<p>No profile has manager ratings, so there is nothing to calibrate.</p>';
  else {
    const flagged = cal.flagged.length
      ? `<table>
<caption>Self and manager ratings ${report.thresholds.calibration_gap} or more levels apart: re-read the level definitions together and agree on a rating.</caption>
<thead><tr><th scope="col">Person</th><th scope="col">Skill</th><th scope="col" class="num">Self</th><th scope="col" class="num">Manager</th><th scope="col" class="num">Self − manager</th></tr></thead>
<tbody>
${cal.flagged.map((f) => `<tr><th scope="row">${esc(who(f))}</th><td>${esc(f.skill_name)}</td><td class="num">${f.self}</td><td class="num">${f.manager}</td><td class="num">${f.difference > 0 ? `+${f.difference}` : f.difference}</td></tr>`).join('\n')}
</tbody>
</table>`
      : `<p>No self and manager rating is ${report.thresholds.calibration_gap} or more levels apart.</p>`;
    const bySkill = `<table class="compact">
<caption>By skill</caption>
<thead><tr><th scope="col">Skill</th><th scope="col" class="num">Compared</th><th scope="col" class="num">Far apart</th><th scope="col" class="num">Self higher</th><th scope="col" class="num">Manager higher</th><th scope="col" class="num">Mean self − manager</th></tr></thead>
<tbody>
${cal.by_skill.map((s) => `<tr><th scope="row">${esc(s.name)}</th><td class="num">${s.compared}</td><td class="num">${s.flagged}</td><td class="num">${s.self_higher}</td><td class="num">${s.manager_higher}</td><td class="num">${s.mean_difference}</td></tr>`).join('\n')}
</tbody>
</table>`;
    body = `<p>${plural(cal.profiles, 'profile')} with manager ratings, ${plural(cal.compared, 'rating')} compared.</p>\n${flagged}\n${bySkill}`;
  }
  return `<section id="calibration" aria-labelledby="h-calibration">
<h2 id="h-calibration">Calibration</h2>
${body}
</section>`;
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

const CSS = `
:root { --ink: #1b1f24; --muted: #5b6470; --line: #d7dce2; --ready: #2f7d32; --close: #b7791f; --far: #8a94a3; --accent: #1d4f91; --target: #d9480f; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { margin: 0 0 .25rem; font-size: 1.8rem; }
h2 { margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); font-size: 1.35rem; }
h3 { margin: 1.4rem 0 .4rem; font-size: 1.1rem; }
.meta, .muted, .file, .note { color: var(--muted); }
.file { font-size: .85em; font-weight: normal; }
nav a { margin-right: .8rem; color: var(--accent); }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
.cards li { padding: .5rem .9rem; border: 1px solid var(--line); border-radius: 6px; min-width: 7rem; }
.cards strong { display: block; font-size: 1.5rem; }
.cards .ready strong { color: var(--ready); } .cards .close strong { color: var(--close); } .cards .bad strong { color: #b42318; }
figure { margin: 0; overflow-x: auto; }
figcaption { color: var(--muted); font-size: .9em; margin-top: .3rem; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; font-family: inherit; }
svg .label { fill: var(--ink); } svg .colhead.level { font-weight: 700; font-size: 12px; fill: var(--ink); }
td.gaps { min-width: 15rem; } svg .tick, svg .colhead { fill: var(--muted); font-size: 11px; }
svg .grid { stroke: #eceff3; } svg .threshold { stroke: var(--ready); stroke-width: 2; stroke-dasharray: 6 3; }
svg .close-line { stroke: var(--close); stroke-width: 1.5; stroke-dasharray: 3 3; }
svg .threshold-label { fill: var(--ready); font-weight: 600; font-size: 11px; } svg .close-line-label { fill: var(--close); font-size: 11px; }
svg .bar.ready rect { fill: var(--ready); } svg .bar.close rect { fill: var(--close); } svg .bar.far rect { fill: var(--far); }
svg .value { fill: var(--ink); font-size: 11px; }
svg .cell text { fill: var(--ink); font-size: 12px; } svg .cell text.on-dark { fill: #fff; } svg .cell text.zero { fill: #a5adb8; }
svg rect.target { stroke: var(--target); stroke-width: 2.5; }
svg .category { fill: var(--accent); font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
svg .extra { fill: var(--ink); } svg .extra.short { fill: #b42318; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding: .2rem 0 .4rem; caption-side: top; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.compact { width: auto; min-width: 50%; }
tr.ready th { border-left: 4px solid var(--ready); } tr.close th { border-left: 4px solid var(--close); } tr.far th { border-left: 4px solid transparent; }
.meter { display: inline-block; width: 60px; height: 8px; background: #eceff3; border-radius: 4px; vertical-align: middle; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--accent); }
ul.plain { margin: 0; padding: 0; list-style: none; }
ul.warnings { margin: 0; padding-left: 1rem; color: #8a4b08; font-size: .85em; }
.kind { display: inline-block; min-width: 6.5rem; font-size: .8em; text-transform: uppercase; letter-spacing: .03em; color: var(--accent); }
article.need { border-left: 3px solid var(--line); padding-left: 1rem; margin-bottom: 1.2rem; }
details { margin: .5rem 0 1rem; } summary { cursor: pointer; color: var(--accent); }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
@media print {
  @page { margin: 1.5cm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, summary { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; }
  tr, figure, article.need, .cards { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  svg.chart { max-width: 100%; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
