// The development plan as one printable HTML page (`rungs recommend <profile> -f html`): for a 1:1, on screen
// or on at most two A4 pages. Who and when, the recommended move and why, the role's skills with self, lead
// and target side by side (numbers as text; the small chart only repeats them), strengths with the person's
// evidence, three growth areas with two actions and blank "agreed / by when" lines, the fork where there is
// one, and what to check first. Self-contained like the team report; every value from a file is escaped.
import type { DevelopmentPlan, GrowthArea, PlanSkill, Strength } from '../../core/dev-plan.js';
import type { Fork, ForkSide } from '../../core/fork.js';
import type { Formatter } from '../formats.js';
import { esc, htmlPage } from '../html-page.js';
import { hasRange, levels, moveDescription, pct, rangeText, trackLabel } from './common.js';
import { areaLevels, areaNote, planSubtitle, rating } from './plan-common.js';

export const planHtml: Formatter<DevelopmentPlan> = (plan) => {
  const title = `Development plan${plan.name ? `: ${plan.name}` : ''}`;
  const body = `<header>
<h1>Development plan${plan.name ? ` <span class="who">${esc(plan.name)}</span>` : ''}</h1>
<p class="meta">${esc(planSubtitle(plan))}</p>
</header>
<main>
${moveSection(plan)}
${skillsSection(plan)}
${strengthsSection(plan.strengths)}
${growthSection(plan)}
${plan.advice.fork ? forkSection(plan.advice.fork) : ''}
${warningsSection(plan)}
</main>
<footer><p>Made with rungs. Readiness: the importance-weighted share of the role's skill targets met, by the lead's rating where the lead gave one, else the person's own; unrated skills at the level the current role expects.</p></footer>`;
  return htmlPage(title, CSS, body);
};

function moveSection(plan: DevelopmentPlan): string {
  const a = plan.advice;
  const cur = a.current_role;
  const range = hasRange(a.readiness_range) ? ` <span class="muted">(range ${rangeText(a.readiness_range)}: some skills not rated)</span>` : '';
  const facts = [`<div><dt>Current role</dt><dd><strong>${esc(cur.title)}</strong><br><span class="muted">level ${cur.level} · ${esc(trackLabel(cur.track_name))}</span></dd></div>`];
  if (a.next_role && !a.top_of_path) {
    const next = a.next_role;
    facts.push(`<div><dt>Recommended next role</dt><dd><strong>${esc(next.title)}</strong><br><span class="muted">${esc(moveDescription(next.type, next.level, next.track_name, ' · '))}</span></dd></div>`);
    facts.push(`<div><dt>Readiness</dt><dd><strong>${pct(a.readiness)}</strong> <span class="${a.ready ? 'yes' : 'not-yet'}">${a.ready ? 'ready' : 'not ready yet'}</span>${range}</dd></div>`);
  } else {
    facts.push(`<div><dt>Next role</dt><dd><strong>top of this path</strong><br><span class="muted">growth is depth and influence in the current role</span></dd></div>`);
    facts.push(`<div><dt>Fills the role</dt><dd><strong>${pct(a.readiness)}</strong>${range}</dd></div>`);
  }
  facts.push(`<div><dt>Fit with answers</dt><dd><strong>${pct(a.fit)}</strong></dd></div>`);
  const why = a.reasons.length ? `<h3>Why</h3>\n<ul class="why">${a.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '';
  return `<section id="move" aria-labelledby="h-move">
<h2 id="h-move">The next step</h2>
<dl class="facts">${facts.join('')}</dl>
${why}
</section>`;
}

// ---------------------------------------------------------------------------------------------------------
// Self vs lead vs target: a table whose cells hold the numbers, and a dot chart on a 0..5 scale beside them.

const SCALE_W = 180;
const PAD = 8;
const ROW_H = 18;
const sx = (v: number) => PAD + (v / 5) * (SCALE_W - 2 * PAD);

function dotChart(s: PlanSkill): string {
  const parts = [0, 1, 2, 3, 4, 5].map((t) => `<line class="tick" x1="${sx(t)}" y1="3" x2="${sx(t)}" y2="${ROW_H - 3}"/>`);
  parts.push(`<line class="axis" x1="${sx(0)}" y1="${ROW_H / 2}" x2="${sx(5)}" y2="${ROW_H / 2}"/>`);
  parts.push(`<rect class="target" x="${sx(s.target) - 2}" y="1" width="4" height="${ROW_H - 2}"/>`);
  if (s.lead !== null) parts.push(`<path class="lead" d="M${sx(s.lead)} ${ROW_H / 2 - 6} l6 6 l-6 6 l-6 -6 z"/>`);
  if (s.self !== null) parts.push(`<circle class="self" cx="${sx(s.self)}" cy="${ROW_H / 2}" r="4.5"/>`);
  return `<svg class="dots" viewBox="0 0 ${SCALE_W} ${ROW_H}" width="${SCALE_W}" height="${ROW_H}" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}

/** The 0..5 labels over the dot charts' ticks, as text placed at the ticks. */
function scaleHead(): string {
  return `<span class="scale" aria-hidden="true">${[0, 1, 2, 3, 4, 5].map((t) => `<span style="left:${((sx(t) / SCALE_W) * 100).toFixed(1)}%">${t}</span>`).join('')}</span>`;
}

function legend(): string {
  const sample = (cls: string, shape: string) => `<svg class="key" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><g class="${cls}">${shape}</g></svg>`;
  return `<span class="legend">${sample('', '<circle class="self" cx="7" cy="7" r="4.5"/>')} self ${sample('', '<path class="lead" d="M7 1 l6 6 l-6 6 l-6 -6 z"/>')} lead ${sample('', '<rect class="target" x="5" y="0" width="4" height="14"/>')} target</span>`;
}

function skillsSection(plan: DevelopmentPlan): string {
  const role = esc(plan.role.title);
  if (plan.skills.length === 0) {
    return `<section id="skills" aria-labelledby="h-skills"><h2 id="h-skills">Skills for ${role}</h2><p>${role} lists no skill requirements.</p></section>`;
  }
  const rows = plan.skills.map((s) => {
    // By the rating the advice uses: the lead's where given, else the person's own.
    const used = s.lead ?? s.self;
    const short = used === null || used < s.target;
    const status = used === null ? 'not rated' : short ? `${s.target - used} short` : 'met';
    return `<tr class="${short ? 'short' : 'met'}"><th scope="row">${esc(s.name)}</th><td class="num">${rating(s.self)}</td><td class="num">${rating(s.lead)}</td><td class="num">${s.target}</td><td class="status">${status}</td><td class="chart">${dotChart(s)}</td></tr>`;
  });
  const noLead = plan.has_lead_ratings ? '' : ' No lead ratings yet: the lead column fills in once the lead rates (manager_ratings in the profile).';
  return `<section id="skills" aria-labelledby="h-skills">
<h2 id="h-skills">Skills for ${role}: self, lead and target</h2>
<table class="skills">
<caption>Most important first. Levels 0 to 5; – is not rated. Status by the rating the advice uses: the lead's where given.${noLead} ${legend()}</caption>
<thead><tr><th scope="col">Skill</th><th scope="col" class="num">Self</th><th scope="col" class="num">Lead</th><th scope="col" class="num">Target</th><th scope="col" class="status">Status</th><th scope="col" class="chart"><span class="sr">Chart</span>${scaleHead()}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function strengthsSection(strengths: Strength[]): string {
  const items = strengths.map((s) => {
    const lv = [`self ${rating(s.self)}`, s.lead !== null ? `lead ${s.lead}` : '', s.target !== null ? `target ${s.target}` : ''].filter(Boolean).join(' · ');
    const evidence = s.evidence ? `<q>${esc(s.evidence)}</q>` : '<span class="muted">No evidence written down yet: ask for a recent example.</span>';
    return `<li><strong>${esc(s.name)}</strong> <span class="muted">${lv}</span><br>${evidence}</li>`;
  });
  return `<section id="strengths" aria-labelledby="h-strengths">
<h2 id="h-strengths">Strengths</h2>
${items.length ? `<ul class="strengths">${items.join('\n')}</ul>` : '<p>No skill is rated at 3 or more yet: start by naming one thing that went well recently.</p>'}
</section>`;
}

function growthArea(g: GrowthArea, n: number): string {
  const where = areaLevels(g);
  const note = areaNote(g);
  return `<article class="area">
<h3>${n}. ${esc(g.name)} <span class="levels">${where}</span></h3>
<p class="muted">${esc(note)}</p>
${g.evidence ? `<p class="evidence">Their evidence: <q>${esc(g.evidence)}</q></p>` : ''}
<ol class="actions">${g.actions.map((a) => `<li><span class="kind">${esc(a.kind)}</span> ${esc(a.action)}</li>`).join('')}</ol>
<p class="agree"><span>Agreed:</span><span class="blank"></span></p>
<p class="agree"><span>By when:</span><span class="blank short"></span></p>
</article>`;
}

function growthSection(plan: DevelopmentPlan): string {
  return `<section id="growth" aria-labelledby="h-growth">
<h2 id="h-growth">Growth areas to agree on</h2>
${plan.growth.length ? `<div class="areas">${plan.growth.map((g, i) => growthArea(g, i + 1)).join('\n')}</div>` : '<p>Nothing to develop for this role: agree on a stretch goal together.</p>'}
</section>`;
}

function forkSection(fork: Fork): string {
  const lacks = (s: ForkSide) => (s.missing.length ? s.missing.map((g) => `${g.name} (${levels(g)})`).join(', ') : 'nothing: every skill is met');
  const row = (label: string, e: string, m: string) => `<tr><th scope="row">${label}</th><td>${e}</td><td>${m}</td></tr>`;
  const fits = `fit ${pct(fork.expert.fit)} for the expert path, ${pct(fork.management.fit)} for management`;
  const leaning =
    fork.leaning === 'undecided'
      ? `The preference answers do not clearly favour either path (${fits}): try both, e.g. mentor a colleague and own a hard escalation, and notice which is more rewarding.`
      : `The preference answers lean toward the ${fork.leaning} path (${fits}).`;
  return `<section id="fork" aria-labelledby="h-fork">
<h2 id="h-fork">The expert path or the management path?</h2>
<p>Both are real careers that value experience, but they ask for different skills and reward different work. Choose by what is rewarding, not only by today's skills.</p>
<table class="fork">
<thead><tr><th scope="col"><span class="sr">Aspect</span></th><th scope="col">Expert path</th><th scope="col">Management path</th></tr></thead>
<tbody>
${row('Role', esc(fork.expert.role.title), esc(fork.management.role.title))}
${row('Readiness', pct(fork.expert.readiness), pct(fork.management.readiness))}
${row('Fit', pct(fork.expert.fit), pct(fork.management.fit))}
${row('Rewards', esc(fork.expert.rewards), esc(fork.management.rewards))}
${row('Still to develop', esc(lacks(fork.expert)), esc(lacks(fork.management)))}
</tbody>
</table>
<p>${esc(leaning)}</p>
</section>`;
}

function warningsSection(plan: DevelopmentPlan): string {
  if (plan.advice.warnings.length === 0) return '';
  return `<section id="check" aria-labelledby="h-check">
<h2 id="h-check">Check before agreeing</h2>
<ul class="warnings">${plan.advice.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>
</section>`;
}

// Colours: every text colour is 4.5:1 or more on its background (WCAG AA); the browser test runs axe-core.
const CSS = `
:root { --ink: #1b1f24; --muted: #545c66; --line: #d7dce2; --accent: #1d4f91; --ok: #23652a; --amber: #7a4d00; --target: #c2410c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 900px; padding: 1.2rem; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; overflow-wrap: anywhere; }
h1 { margin: 0; font-size: 1.6rem; } h1 .who { color: var(--accent); }
h2 { margin: 1.1rem 0 .4rem; padding-bottom: .15rem; border-bottom: 2px solid var(--line); font-size: 1.15rem; }
h3 { margin: .6rem 0 .2rem; font-size: 1rem; }
.meta, .muted { color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .4rem .9rem; margin: .3rem 0; }
.facts div { border-left: 3px solid var(--line); padding-left: .5rem; }
.facts dt { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.facts dd { margin: 0; }
.yes { color: var(--ok); font-weight: 600; } .not-yet { color: var(--amber); font-weight: 600; }
ul.why { margin: .2rem 0; padding-left: 1.1rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .3rem; }
th, td { text-align: left; vertical-align: middle; padding: .12rem .4rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; font-size: .85rem; }
tbody th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; width: 3.2rem; }
td.status { white-space: nowrap; color: var(--muted); font-size: .85rem; } tr.short td.status { color: var(--amber); }
th.chart { font-weight: normal; color: var(--muted); font-size: .8rem; letter-spacing: .02em; text-align: center; }
td.chart { width: ${SCALE_W + 8}px; }
svg.dots { display: block; max-width: 100%; height: auto; }
svg .tick { stroke: #c9ced6; stroke-width: 1; } svg .axis { stroke: #c9ced6; stroke-width: 1; }
svg .target { fill: var(--target); } svg .self { fill: var(--accent); } svg .lead { fill: #fff; stroke: var(--ink); stroke-width: 1.6; }
.scale { position: relative; display: block; width: ${SCALE_W}px; max-width: 100%; height: 1.2em; }
.scale span { position: absolute; top: 0; transform: translateX(-50%); }
svg.key { vertical-align: -2px; margin-left: .5rem; }
.legend { white-space: nowrap; color: var(--ink); }
ul.strengths { margin: .2rem 0; padding-left: 1.1rem; } ul.strengths li { margin-bottom: .25rem; }
q { font-style: italic; }
.areas { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .6rem; }
article.area { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .6rem .5rem; break-inside: avoid; page-break-inside: avoid; }
article.area h3 { margin-top: .2rem; } .levels { color: var(--accent); font-variant-numeric: tabular-nums; white-space: nowrap; }
article.area p { margin: .1rem 0; }
ol.actions { margin: .2rem 0 .4rem; padding-left: 1.2rem; }
.kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; color: var(--accent); font-weight: 600; margin-right: .2rem; }
.agree { display: flex; align-items: flex-end; gap: .4rem; margin-top: .5rem !important; }
.agree span:first-child { white-space: nowrap; font-weight: 600; font-size: .85rem; }
.agree .blank { flex: 1; border-bottom: 1px solid var(--ink); height: 1.3rem; }
table.fork td, table.fork th { vertical-align: top; }
ul.warnings { margin: .2rem 0; padding-left: 1.1rem; color: #6b3a06; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 1.2rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); }
@media screen and (max-width: 560px) {
  td.chart, th.chart, td.status, th.status { display: none; }
}
@media print {
  @page { size: A4; margin: 1.2cm 1.3cm; }
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; margin-top: .8rem; }
  tr, .facts, article.area, ul.strengths li { break-inside: avoid; page-break-inside: avoid; }
  .areas { grid-template-columns: repeat(3, 1fr); gap: .4rem; }
  ul.strengths { columns: 2; column-gap: 1.5rem; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
