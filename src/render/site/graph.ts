// The role graph as inline SVG: tracks as columns, levels as rows, promotions solid, lateral moves dashed, the
// roles where paths fork marked with a diamond. Every box is a link to its role's page (keyboard-reachable);
// the lines are decoration (aria-hidden), since each role's page lists its moves in words.
import type { RoleGraph } from '../../core/site-graph.js';
import { esc } from '../report/html.js';

const KIND_WORD = { foundation: 'foundation', expert: 'expert', management: 'management', lateral: 'lateral' } as const;

export function graphSvg(g: RoleGraph, link: (roleId: string) => string, summary: string): string {
  const { width: w, height: h } = g.node;
  const out: string[] = [
    `<svg class="graph" role="group" aria-labelledby="graph-title graph-desc" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="graph-title">The role graph</title>`,
    `<desc id="graph-desc">${esc(summary)}</desc>`,
    '<defs>',
    '<marker id="arrow-promotion" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="head-promotion"/></marker>',
    '<marker id="arrow-lateral" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="head-lateral"/></marker>',
    '</defs>',
    '<g class="grid" aria-hidden="true">',
  ];
  for (const row of g.rows) {
    out.push(`<line x1="0" y1="${row.y + h / 2}" x2="${g.width}" y2="${row.y + h / 2}"/><text class="row-label" x="4" y="${row.y + h / 2 + 4}">Level ${row.level}</text>`);
  }
  for (const col of g.columns) {
    const lines = col.lines.map((l, i) => `<tspan x="${col.x + col.width / 2}" dy="${i ? 14 : 0}">${esc(l)}</tspan>`).join('');
    const top = 14 + (3 - col.lines.length) * 14;
    out.push(`<text class="col-label ${KIND_WORD[col.kind]}" x="${col.x + col.width / 2}" y="${top}" text-anchor="middle">${lines}</text>`);
  }
  out.push('</g>', '<g class="edges" aria-hidden="true">');
  for (const e of g.edges) out.push(`<path class="edge ${e.type}" d="${e.d}" marker-end="url(#arrow-${e.type})"/>`);
  out.push('</g>', '<g class="nodes">');
  for (const n of g.nodes) {
    const marks = [n.fork ? '◆ paths fork' : '', n.entry ? 'entry' : ''].filter(Boolean).join(' · ');
    // The name starts with the words on the box (so speech users can say what they see), then the level.
    const visible = [...n.lines, marks].filter(Boolean).join(' ');
    const label = `${visible}, level ${n.level}${n.lines.join(' ') === n.title ? '' : `: ${n.title}`}`;
    const lineCount = n.lines.length + (marks ? 1 : 0);
    const first = n.y + h / 2 - ((lineCount - 1) * 14) / 2 + 4;
    // Spaces between the lines: the link's text reads as the words it shows, not "Senior SupportExpert".
    const text = n.lines.map((l, i) => `<tspan x="${n.x + w / 2}" y="${first + i * 14}">${esc(l)}</tspan>`).join(' ');
    const mark = marks ? ` <tspan class="mark" x="${n.x + w / 2}" y="${first + n.lines.length * 14}">${esc(marks)}</tspan>` : '';
    out.push(
      `<a href="${esc(link(n.id))}" aria-label="${esc(label)}" class="node ${KIND_WORD[n.kind]}${n.fork ? ' fork' : ''}">` +
        `<rect x="${n.x}" y="${n.y}" width="${w}" height="${h}" rx="6"/>` +
        `<text x="${n.x + w / 2}" text-anchor="middle">${text}${mark}</text></a>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
