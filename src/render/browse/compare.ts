import type { Comparison } from '../../core/browse.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import { mdEscape, mdTable } from '../markdown.js';
import { clean, palette } from '../text.js';
import { table } from './table.js';

const cell = (r: { level: number; importance: number } | null) => (r ? `${r.level} (imp ${r.importance})` : '—');

export const compareTable: Formatter<Comparison> = (cmp, context) => {
  const c = palette(context);
  const diff = (d: number) => (d > 0 ? c.green(`+${d}`) : d < 0 ? c.red(String(d)) : c.dim('0'));
  const body = cmp.rows.map((r) => [clean(r.name), clean(r.category), cell(r.a), cell(r.b), diff(r.difference)]);
  const head = `${c.bold(clean(cmp.a.title))} (level ${cmp.a.level}, ${clean(cmp.a.track)})  vs  ${c.bold(clean(cmp.b.title))} (level ${cmp.b.level}, ${clean(cmp.b.track)})\n`;
  const foot = [
    cmp.only_a.length ? `Only ${clean(cmp.a.title)} needs: ${cmp.only_a.join(', ')}` : '',
    cmp.only_b.length ? `Only ${clean(cmp.b.title)} needs: ${cmp.only_b.join(', ')}` : '',
  ].filter(Boolean);
  return `${head}${table(['Skill', 'Category', clean(cmp.a.id), clean(cmp.b.id), 'Difference'], body, context)}${foot.join('\n')}${foot.length ? '\n' : ''}`;
};

export const compareJson: Formatter<Comparison> = (cmp) => toJson(cmp);

export const compareMarkdown: Formatter<Comparison> = (cmp) =>
  `## ${mdEscape(cmp.a.title)} vs ${mdEscape(cmp.b.title)}\n\n${mdTable(
    ['Skill', 'Category', cmp.a.title, cmp.b.title, 'Difference'],
    cmp.rows.map((r) => [r.name, r.category, cell(r.a), cell(r.b), r.difference > 0 ? `+${r.difference}` : String(r.difference)]),
  )}\n`;
