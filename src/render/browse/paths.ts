import type { PathNode } from '../../core/browse.js';
import type { Formatter, RenderContext } from '../formats.js';
import { toJson } from '../json.js';
import { mdEscape } from '../markdown.js';
import { clean, palette } from '../text.js';

function lines(node: PathNode, prefix: string, last: boolean, root: boolean, context: RenderContext, out: string[]): void {
  const c = palette(context);
  const colour = node.track_kind === 'expert' ? c.cyan : node.track_kind === 'management' ? c.magenta : node.track_kind === 'lateral' ? c.green : (s: string) => s;
  const branch = root ? '' : last ? '└─ ' : '├─ ';
  const label = `${colour(clean(node.title))} ${c.dim(`L${node.level} ${clean(node.track)}`)}`;
  const marks = `${node.fork ? c.yellow('  ◆ fork: expert or management') : ''}${node.seen_above ? c.dim('  (see above)') : ''}`;
  out.push(`${prefix}${branch}${label}${marks}`);
  const inner = root ? prefix : prefix + (last ? '   ' : '│  ');
  const laterals = node.seen_above ? [] : node.lateral;
  node.children.forEach((child, i) => lines(child, inner, i === node.children.length - 1 && laterals.length === 0, false, context, out));
  laterals.forEach((l, i) => out.push(`${inner}${i === laterals.length - 1 ? '└╌ ' : '├╌ '}${c.dim(`↔ ${clean(l.title)} (lateral)`)}`));
}

export const pathsTree: Formatter<PathNode[]> = (trees, context) => {
  const out: string[] = [];
  trees.forEach((t, i) => {
    if (i) out.push('');
    lines(t, '', true, true, context, out);
  });
  const c = palette(context);
  out.push('', c.dim('├─ promotion   ├╌ lateral move   ◆ where the expert and management paths fork'));
  return `${out.join('\n')}\n`;
};

export const pathsJson: Formatter<PathNode[]> = (trees) => toJson(trees);

export const pathsMarkdown: Formatter<PathNode[]> = (trees) => {
  const out: string[] = [];
  const walk = (n: PathNode, depth: number) => {
    out.push(`${'  '.repeat(depth)}- **${mdEscape(n.title)}** (level ${n.level}, ${mdEscape(n.track)})${n.fork ? ' — fork: expert or management' : ''}${n.seen_above ? ' (see above)' : ''}`);
    for (const child of n.children) walk(child, depth + 1);
    if (!n.seen_above) for (const l of n.lateral) out.push(`${'  '.repeat(depth + 1)}- ↔ ${mdEscape(l.title)} (lateral)`);
  };
  for (const t of trees) walk(t, 0);
  return `${out.join('\n')}\n`;
};
