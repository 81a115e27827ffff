// The site's one stylesheet. Narrow screens first: nothing is wider than the viewport at 390 px (wide tables and
// the graph scroll inside their own box); text colours meet WCAG AA on white (the accent is darkened for text).
import type { SitePlan } from '../../core/site.js';

export function siteCss(site: SitePlan): string {
  return `:root { --accent: ${site.accent.base}; --accent-text: ${site.accent.text}; --ink: #1b1f24; --muted: #545d69; --line: #d7dce2; --soft: #f5f7fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 72rem; padding: 0 1rem 1rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; overflow-wrap: break-word; }
a { color: var(--accent-text); text-underline-offset: 2px; }
a:focus-visible, .scroll:focus-visible { outline: 3px solid var(--accent-text); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
header.site { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .25rem 1rem; border-top: 6px solid var(--accent); padding: .6rem 0; border-bottom: 1px solid var(--line); }
.brand { margin: 0; font-weight: 700; font-size: 1.1rem; }
.brand a { color: var(--ink); text-decoration: none; }
header nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; list-style: none; }
header nav a[aria-current="page"] { font-weight: 700; text-decoration: none; }
h1 { margin: 1.2rem 0 .2rem; font-size: 1.8rem; line-height: 1.2; }
h2 { margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); font-size: 1.3rem; }
h3 { margin: 1.2rem 0 .3rem; font-size: 1.1rem; }
.meta, .muted, .crumbs { color: var(--muted); }
.crumbs { margin-top: .8rem; font-size: .9rem; }
.lead { font-size: 1.08rem; }
.kind { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.fork { padding: .5rem .8rem; border-left: 4px solid var(--accent); background: var(--soft); }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
.scroll { overflow-x: auto; max-width: 100%; }
svg.graph { display: block; width: 100%; max-width: ${site.graph.width}px; min-width: ${Math.min(760, site.graph.width)}px; height: auto; font-family: inherit; }
svg.graph .grid line { stroke: #eceff3; }
svg.graph .row-label { fill: var(--muted); font-size: 11px; }
svg.graph .col-label { fill: var(--ink); font-size: 11.5px; font-weight: 700; }
svg.graph .edge { fill: none; }
svg.graph .edge.promotion { stroke: #39424e; stroke-width: 1.6; }
svg.graph .edge.lateral { stroke: #6b7686; stroke-width: 1.2; stroke-dasharray: 5 4; }
svg.graph .head-promotion { fill: #39424e; } svg.graph .head-lateral { fill: #6b7686; }
svg.graph .node rect { stroke-width: 1.5; }
svg.graph .node text { fill: var(--ink); font-size: 12px; }
svg.graph .node .mark { font-size: 10.5px; fill: var(--muted); }
svg.graph .node.fork .mark { fill: var(--ink); font-weight: 700; }
svg.graph .node:hover rect, svg.graph .node:focus rect { stroke-width: 3; }
svg.graph .node.fork rect { stroke: var(--accent-text); stroke-width: 3; }
svg.graph .foundation rect { fill: #eef2f7; stroke: #5b6b82; }
svg.graph .expert rect { fill: #e3f4f1; stroke: #11796b; }
svg.graph .management rect { fill: #f1ebfa; stroke: #6b3fa0; }
svg.graph .lateral rect { fill: #eef6e9; stroke: #4a7a2c; }
.legend { white-space: nowrap; }
.key { display: inline-block; width: 1.8rem; margin: 0 .2rem 0 .6rem; vertical-align: middle; border-top: 2px solid #39424e; }
.key.lateral { border-top: 2px dashed #6b7686; }
article.track, article.path { border-left: 4px solid var(--line); padding: .1rem 0 .1rem 1rem; margin: 1rem 0; }
article.expert { border-left-color: #11796b; } article.management { border-left-color: #6b3fa0; } article.lateral { border-left-color: #4a7a2c; } article.foundation { border-left-color: #5b6b82; }
ol.roles { list-style: none; padding: 0; }
.level { display: inline-block; min-width: 4.5rem; color: var(--muted); font-size: .9rem; }
ul.steps { list-style: none; padding: 0; }
ul.steps > li { margin: 0 0 1rem; }
ul.steps h3 { margin-bottom: 0; }
ul.steps p { margin: .2rem 0; }
.adds { font-weight: 500; }
ul.reqs { list-style: none; padding: 0; margin: 0; }
ul.reqs > li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
ul.reqs p { margin: 0; }
.req-name a { font-weight: 700; }
.req-anchor { margin-top: .2rem !important; }
@media (min-width: 48rem) {
  ul.reqs > li { display: grid; grid-template-columns: 15rem 1fr; column-gap: 1.2rem; }
  .req-anchor { grid-column: 2; grid-row: 1 / span 2; margin-top: 0 !important; }
}
ul.skills { list-style: none; padding: 0; } ul.skills li { margin: 0 0 .7rem; }
ul.develop .kind { margin-right: .4rem; color: var(--accent-text); }
.paths { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1.5rem; }
dl.scale, dl.levels { margin: 0; }
dl.scale dt, dl.levels dt { font-weight: 700; margin-top: .6rem; }
dl.scale dd, dl.levels dd { margin: 0 0 0 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .93rem; }
caption { text-align: left; color: var(--muted); padding: .2rem 0 .4rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 600; }
th .muted { font-weight: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.core { color: #8a4b08; }
.diff.up { color: #1e6b28; } .diff.down { color: #b42318; }
table.compare th.num { min-width: 6rem; }
footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.5rem; }
  table { font-size: .88rem; }
  th, td { padding: .35rem .3rem; }
}
@media print {
  header nav, .skip { display: none; }
  .scroll { overflow: visible; }
  svg.graph { min-width: 0; }
  a { color: inherit; }
}
`;
}
