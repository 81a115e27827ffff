// The site's pages, each a function from the site's data to one HTML string. Every value that came from the
// framework's files goes through esc(); ids only ever appear inside escaped, relative links.
import { changeText, type SiteFork, type SitePlan, type SiteRole, type SiteSkill, type Step } from '../../core/site.js';
import type { TrackKind } from '../../core/types.js';
import { graphSvg } from './graph.js';
import { esc, href, page } from './layout.js';

export const rolePath = (id: string) => `roles/${id}.html`;
export const skillPath = (id: string) => `skills/${id}.html`;
export const forkPath = (id: string) => `forks/${id}.html`;

const KIND_LABEL: Record<TrackKind, string> = {
  foundation: 'foundation track',
  expert: 'expert track',
  management: 'management track',
  lateral: 'lateral direction',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function list(items: string[], cls = ''): string {
  return items.length ? `<ul${cls ? ` class="${cls}"` : ''}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>` : '';
}

/** "+Coaching 2→3, +Leadership 1→3 (new)": what a step asks for on top of the role you come from. */
function addsText(step: Step): string {
  return step.adds.map(changeText).join(', ');
}

/** "From Senior Support Analyst to Support Team Lead: +Coaching 2→3, +Leadership 1→3. Already asked for ...". */
function stepSentence(step: Step): string {
  const adds = step.adds.length ? `${addsText(step)}.` : 'no skill target rises.';
  const total = step.adds.length + step.kept;
  return `<strong>${esc(`From ${step.from.title} to ${step.to.title}:`)}</strong> <span class="adds">${esc(adds)}</span> ${esc(`Already asked for at that level or above: ${step.kept} of ${plural(total, 'skill')}.`)}`;
}

// ---------------------------------------------------------------------------------------------------------

export function indexPage(site: SitePlan): string {
  const forks = site.forks.length
    ? `<section aria-labelledby="h-forks">
<h2 id="h-forks">Where paths fork</h2>
${list(site.forks.map((f) => `<a href="${esc(forkPath(f.id))}">${esc(`${f.from.title}: ${f.paths.map((p) => p.track.name).join(' or ')}`)}</a>, side by side`))}
</section>`
    : '';
  const tracks = site.tracks
    .filter((t) => t.roles.length)
    .map(
      (t) => `<article class="track ${t.kind}" id="track-${esc(t.id)}" aria-labelledby="h-track-${esc(t.id)}">
<h3 id="h-track-${esc(t.id)}">${esc(t.name)} <span class="kind">${esc(KIND_LABEL[t.kind])}</span></h3>
<p>${esc(t.description)}</p>
${t.rewards ? `<p><strong>What it rewards:</strong> ${esc(t.rewards)}</p>` : ''}
<ol class="roles">
${t.roles.map((r) => `<li><span class="level">Level ${r.level}</span> <a href="${esc(rolePath(r.id))}">${esc(r.title)}</a></li>`).join('\n')}
</ol>
</article>`,
    );
  const forkWord = site.forks.length ? ` Paths fork at ${site.forks.map((f) => f.from.title).join(', ')}.` : '';
  const summary = `${plural(site.counts.roles, 'role')} on ${plural(site.graph.columns.length, 'track')}, from level ${site.graph.rows.at(-1)?.level ?? 1} at the bottom to level ${site.graph.rows[0]?.level ?? 1} at the top; each track is a column. Solid arrows are promotions, dashed arrows lateral moves.${forkWord} Every role is a link to its page.`;
  const body = `<h1>${esc(site.title)}</h1>
<p class="meta">${esc(site.title === site.name ? `Version ${site.version}` : `${site.name} · version ${site.version}`)}</p>
${site.description ? `<p class="lead">${esc(site.description)}</p>` : ''}
<p>${esc(`${plural(site.counts.roles, 'role')} on ${plural(site.counts.tracks, 'track')}, ${plural(site.counts.skills, 'skill')}, each with what it looks like at every level.`)} <a href="skills.html">All skills</a>.</p>
<section aria-labelledby="h-graph">
<h2 id="h-graph">The roles and how they connect</h2>
<figure>
<div class="scroll" role="region" aria-label="The role graph (scrolls sideways on narrow screens)" tabindex="0">
${graphSvg(site.graph, rolePath, summary)}
</div>
<figcaption>${esc(summary)} <span class="legend"><span class="key promotion" aria-hidden="true"></span> promotion <span class="key lateral" aria-hidden="true"></span> lateral move${site.forks.length ? ' ◆ paths fork' : ''}</span></figcaption>
</figure>
</section>
${forks}
<section aria-labelledby="h-tracks">
<h2 id="h-tracks">Tracks</h2>
${tracks.join('\n')}
</section>
<section aria-labelledby="h-scale">
<h2 id="h-scale">The proficiency scale</h2>
<dl class="scale">
${site.scale.map((s) => `<dt>${s.level} ${esc(s.name)}</dt><dd>${esc(s.description)}</dd>`).join('\n')}
</dl>
</section>`;
  return page(site, { depth: 0, title: site.title, section: 'index', description: site.description || undefined, body });
}

// ---------------------------------------------------------------------------------------------------------

export function rolePage(site: SitePlan, role: SiteRole): string {
  const d = 1;
  const up = (target: string) => esc(href(d, target));
  // A list rather than a table: the behavioural descriptions are long, and a list reads on a phone too.
  const skills = `<p>${esc(`${plural(role.skills.length, 'skill')}, the most important first. Core skills (★) gate readiness: far short of one means not ready yet.`)}</p>
<ul class="reqs">
${role.skills
  .map(
    (s) =>
      `<li><p class="req-name"><a href="${up(skillPath(s.skill))}">${esc(s.name)}</a>${s.core ? ' <span class="core">★ core</span>' : ''} <span class="muted">${esc(s.category_name)}</span></p>` +
      `<p class="req-level"><strong>${esc(`Target ${s.level} ${s.level_name}`)}</strong> <span class="muted">${esc(`· importance ${s.importance} of 5`)}</span></p>` +
      `<p class="req-anchor">${esc(s.anchor)}</p></li>`,
  )
  .join('\n')}
</ul>`;
  const forkNote = role.fork
    ? `<p class="fork">◆ Paths fork here: <a href="${up(forkPath(role.fork))}">${esc(`compare ${site.forks.find((f) => f.id === role.fork)?.paths.map((p) => p.track.name).join(' and ') ?? 'the paths'} side by side`)}</a>.</p>`
    : '';
  const next = role.next.length
    ? `<ul class="steps">
${role.next
  .map(
    (s) => `<li><h3><a href="${up(rolePath(s.to.id))}">${esc(s.to.title)}</a></h3>
<p class="meta">${esc(`${s.type === 'promotion' ? 'Promotion' : 'Lateral move'} · level ${s.to.level} · ${s.to.track_name}`)}</p>
${s.note ? `<p>${esc(s.note)}</p>` : ''}<p>${stepSentence(s)}</p></li>`,
  )
  .join('\n')}
</ul>`
    : '<p>This is the top of its path.</p>';
  const previous = role.previous.length
    ? list(
        role.previous.map(
          (s) =>
            `<a href="${up(rolePath(s.from.id))}">${esc(s.from.title)}</a> <span class="muted">${esc(`(${s.type === 'promotion' ? 'promotion' : 'lateral move'}, level ${s.from.level}, ${s.from.track_name})`)}</span><br>${stepSentence(s)}`,
        ),
        'steps',
      )
    : `<p>${role.entry ? 'An entry role: people are hired into it directly.' : 'No role leads here.'}</p>`;
  const forkFrom = role.fork_from.length
    ? `<p class="fork">${role.fork_from
        .map((id) => {
          const f = site.forks.find((x) => x.id === id)!;
          return `◆ One of the paths that fork at ${esc(f.from.title)}: <a href="${up(forkPath(id))}">${esc('compare them side by side')}</a>.`;
        })
        .join(' ')}</p>`
    : '';
  const body = `<nav aria-label="Breadcrumb" class="crumbs"><a href="${up('index.html')}#track-${esc(role.track.id)}">${esc(role.track.name)}</a> › Level ${role.level}</nav>
<h1>${esc(role.title)}</h1>
<p class="meta">${esc(`Level ${role.level} · ${role.track.name}${role.entry ? ' · entry role' : ''}`)}</p>
<p class="lead">${esc(role.summary)}</p>
${forkNote}${forkFrom}
<section aria-labelledby="h-resp">
<h2 id="h-resp">Responsibilities</h2>
${list(role.responsibilities.map(esc))}
</section>
<section aria-labelledby="h-how">
<h2 id="h-how">How to get here</h2>
${list(role.how_to_get_here.map(esc))}
</section>
<section aria-labelledby="h-skills">
<h2 id="h-skills">Required skills</h2>
${skills}
</section>
${role.certifications.length ? `<section aria-labelledby="h-certs">\n<h2 id="h-certs">Certifications</h2>\n${list(role.certifications.map(esc))}\n</section>` : ''}
<section aria-labelledby="h-next">
<h2 id="h-next">Where it leads</h2>
${next}
</section>
<section aria-labelledby="h-prev">
<h2 id="h-prev">What leads here</h2>
${previous}
</section>`;
  return page(site, { depth: d, title: role.title, section: 'other', description: role.summary, body });
}

// ---------------------------------------------------------------------------------------------------------

export function skillPage(site: SitePlan, skill: SiteSkill): string {
  const d = 1;
  const up = (target: string) => esc(href(d, target));
  const levels = `<dl class="levels">
${skill.levels.map((l) => `<dt>${l.level} ${esc(l.name)}</dt><dd>${esc(l.description)}${l.generic && l.level > 0 ? ' <span class="muted">(the scale’s general description)</span>' : ''}</dd>`).join('\n')}
</dl>`;
  const roles = skill.used_by.length
    ? `<table>
<caption>${esc(`${plural(skill.used_by.length, 'role')} ask for ${skill.name}, lowest level first.`)}</caption>
<thead><tr><th scope="col">Role</th><th scope="col">Target level</th><th scope="col" class="num">Importance</th></tr></thead>
<tbody>
${skill.used_by
  .map(
    (u) =>
      `<tr><th scope="row"><a href="${up(rolePath(u.role.id))}">${esc(u.role.title)}</a><br><span class="muted">${esc(`level ${u.role.level}, ${u.role.track_name}`)}</span></th><td>${u.level} ${esc(u.level_name)}</td><td class="num">${u.importance} of 5${u.core ? '<br><span class="muted">core</span>' : ''}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`
    : '<p>No role asks for it yet.</p>';
  const develop = skill.develop.length
    ? list(
        skill.develop.map(
          (a) => `<span class="kind">${esc(a.kind)}</span> ${esc(a.action)}${a.levels ? ` <span class="muted">${esc(a.levels[0] === a.levels[1] ? `(toward level ${a.levels[0]})` : `(toward levels ${a.levels[0]}–${a.levels[1]})`)}</span>` : ''}`,
        ),
        'develop',
      )
    : '<p>No development actions are listed yet.</p>';
  const body = `<nav aria-label="Breadcrumb" class="crumbs"><a href="${up('skills.html')}#category-${esc(skill.category)}">${esc(skill.category_name)}</a></nav>
<h1>${esc(skill.name)}</h1>
<p class="meta">${esc(`${skill.category_name} skill`)}</p>
<p class="lead">${esc(skill.description)}</p>
<section aria-labelledby="h-levels">
<h2 id="h-levels">What it looks like at each level</h2>
${levels}
</section>
<section aria-labelledby="h-roles">
<h2 id="h-roles">Roles that need it</h2>
${roles}
</section>
<section aria-labelledby="h-develop">
<h2 id="h-develop">How to develop it</h2>
${develop}
</section>
<section aria-labelledby="h-question">
<h2 id="h-question">Rate yourself</h2>
<p>${esc(skill.question)}</p>
</section>`;
  return page(site, { depth: d, title: skill.name, section: 'other', description: skill.description, body });
}

export function skillsPage(site: SitePlan): string {
  const d = 0;
  const body = `<h1>Skills</h1>
<p class="lead">${esc(`${plural(site.counts.skills, 'skill')} in ${plural(site.categories.filter((c) => c.skills.length).length, 'category', 'categories')}. Each skill’s page says what it looks like at every level, which roles need it, and how to develop it.`)}</p>
${site.categories
  .filter((c) => c.skills.length)
  .map(
    (c) => `<section id="category-${esc(c.id)}" aria-labelledby="h-category-${esc(c.id)}">
<h2 id="h-category-${esc(c.id)}">${esc(c.name)}</h2>
${c.description ? `<p>${esc(c.description)}</p>` : ''}
${list(
  c.skills.map((s) => `<a href="${esc(href(d, skillPath(s.id)))}">${esc(s.name)}</a> <span class="muted">${esc(`(${plural(s.roles, 'role')})`)}</span><br>${esc(s.description)}`),
  'skills',
)}
</section>`,
  )
  .join('\n')}`;
  return page(site, { depth: d, title: 'Skills', section: 'skills', body });
}

// ---------------------------------------------------------------------------------------------------------

export function forkPage(site: SitePlan, fork: SiteFork): string {
  const d = 1;
  const up = (target: string) => esc(href(d, target));
  const names = fork.paths.map((p) => p.track.name);
  const from = site.roles.find((r) => r.id === fork.id)!;
  const paths = fork.paths.map(
    (p) => `<article class="path ${p.track.kind}" aria-labelledby="h-path-${esc(p.track.id)}">
<h3 id="h-path-${esc(p.track.id)}">${esc(p.track.name)}</h3>
<p>${esc(p.track.description)}</p>
${p.track.rewards ? `<p><strong>What it rewards:</strong> ${esc(p.track.rewards)}</p>` : ''}
${list(
  p.roles.map((r) => {
    const step = from.next.find((s) => s.to.id === r.id && s.type === 'promotion')!;
    return `<a href="${up(rolePath(r.id))}">${esc(r.title)}</a> <span class="muted">level ${r.level}</span><br>${esc(step.adds.length ? `Adds ${addsText(step)}.` : 'No skill target rises.')}`;
  }),
  'steps',
)}
</article>`,
  );
  const cell = (level: number | null, base: number | null) => {
    if (level === null) return '<td class="num muted">—</td>';
    const diff = level - (base ?? 0);
    return `<td class="num">${level}${diff ? ` <span class="diff ${diff > 0 ? 'up' : 'down'}">(${diff > 0 ? '+' : '−'}${Math.abs(diff)})</span>` : ''}</td>`;
  };
  const table = `<p id="compare-note">${esc(`Target levels (0–5) of every skill any of these roles asks for; in brackets, the change from ${fork.from.title}. The skills that tell the paths apart most come first; — means not asked for.`)}</p>
<div class="scroll" role="region" aria-label="Skill by skill, as a table" tabindex="0"><table class="compare" aria-describedby="compare-note">
<caption>${esc(`${fork.from.title} and the roles its paths lead to`)}</caption>
<thead><tr><th scope="col">Skill</th><th scope="col" class="num">${esc(fork.from.title)}<br><span class="muted">now</span></th>${fork.targets.map((t) => `<th scope="col" class="num">${esc(t.title)}<br><span class="muted">${esc(t.track_name)}</span></th>`).join('')}</tr></thead>
<tbody>
${fork.rows.map((r) => `<tr><th scope="row"><a href="${up(skillPath(r.skill))}">${esc(r.name)}</a></th>${r.from === null ? '<td class="num muted">—</td>' : `<td class="num">${r.from}</td>`}${r.levels.map((l) => cell(l, r.from)).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
  const body = `<nav aria-label="Breadcrumb" class="crumbs"><a href="${up('index.html')}#h-forks">Where paths fork</a></nav>
<h1>${esc(`Paths fork at ${fork.from.title}`)}</h1>
<p class="lead">${esc(`From ${fork.from.title} (level ${fork.from.level}, ${fork.from.track_name}), promotions lead onto ${plural(fork.paths.length, 'track')}: ${names.join(', ')}. The skills differ, and so does what people find rewarding on each: read both before choosing.`)} <a href="${up(rolePath(fork.id))}">${esc(`About ${fork.from.title}`)}</a>.</p>
<section aria-labelledby="h-paths">
<h2 id="h-paths">The paths</h2>
<div class="paths">
${paths.join('\n')}
</div>
</section>
<section aria-labelledby="h-compare">
<h2 id="h-compare">Skill by skill</h2>
${table}
</section>`;
  return page(site, { depth: d, title: `Paths fork at ${fork.from.title}`, section: 'other', body });
}
