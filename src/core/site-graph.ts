// The role graph laid out for drawing: one column per track (in the framework's order), one row per level (the
// highest at the top), each role a box in its track's column at its level, each move a curve between boxes.
// Pure geometry: the renderer only turns it into SVG.
import type { EdgeType, Framework, TrackKind } from './types.js';

export interface GraphNode {
  id: string;
  title: string;
  /** The title broken into lines that fit the box. */
  lines: string[];
  level: number;
  track: string;
  kind: TrackKind;
  entry: boolean;
  /** Its promotions lead onto two or more tracks. */
  fork: boolean;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  type: EdgeType;
  /** SVG path data from box to box. */
  d: string;
}

export interface RoleGraph {
  width: number;
  height: number;
  node: { width: number; height: number };
  columns: { track: string; name: string; lines: string[]; kind: TrackKind; x: number; width: number }[];
  rows: { level: number; y: number }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NODE_W = 116;
const NODE_H = 58;
const INNER_GAP = 10;
const COLUMN_GAP = 18;
const ROW_H = 92;
const LEFT = 58;
const TOP = 66;
const BOTTOM = 16;
/** Characters per line in a box (about 6.7 px each at 12 px). */
const LINE_CHARS = 16;
const MAX_LINES = 3;

export function wrapWords(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${[...kept[maxLines - 1]!].slice(0, width - 1).join('')}…`;
    return kept;
  }
  return lines.map((l) => ([...l].length > width ? `${[...l].slice(0, width - 1).join('')}…` : l));
}

export function layoutGraph(fw: Framework, forks: ReadonlySet<string>): RoleGraph {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const used = fw.meta.tracks.filter((t) => fw.roles.some((r) => r.track === t.id));
  // Roles on a track the framework does not list (only in a framework that fails validation) get a column too.
  const extra = [...new Set(fw.roles.map((r) => r.track))].filter((id) => !fw.meta.tracks.some((t) => t.id === id)).sort(cmp);
  const tracks = [...used.map((t) => ({ id: t.id, name: t.name, kind: t.kind })), ...extra.map((id) => ({ id, name: id, kind: 'lateral' as TrackKind }))];
  // A loop, not Math.max(...levels): a spread passes every role as an argument on the call stack.
  let top = fw.roles.length ? -Infinity : 1;
  let bottom = fw.roles.length ? Infinity : 1;
  for (const r of fw.roles) {
    top = Math.max(top, r.level);
    bottom = Math.min(bottom, r.level);
  }
  const y = (level: number) => TOP + (top - level) * ROW_H;

  const columns: RoleGraph['columns'] = [];
  const nodes: GraphNode[] = [];
  let x = LEFT;
  for (const track of tracks) {
    const roles = fw.roles.filter((r) => r.track === track.id).sort((a, b) => a.level - b.level || cmp(a.id, b.id));
    const perLevel = new Map<number, typeof roles>();
    for (const r of roles) perLevel.set(r.level, [...(perLevel.get(r.level) ?? []), r]);
    const slots = Math.max(1, ...[...perLevel.values()].map((l) => l.length));
    const width = slots * NODE_W + (slots - 1) * INNER_GAP;
    columns.push({ track: track.id, name: track.name, lines: wrapWords(track.name, LINE_CHARS + 2, MAX_LINES), kind: track.kind, x, width });
    for (const [level, group] of perLevel) {
      // A level with fewer roles than the column's widest is centred in it.
      const offset = (width - (group.length * NODE_W + (group.length - 1) * INNER_GAP)) / 2;
      group.forEach((r, i) =>
        nodes.push({
          id: r.id,
          title: r.title,
          lines: wrapWords(r.title, LINE_CHARS, MAX_LINES),
          level,
          track: track.id,
          kind: track.kind,
          entry: r.entry === true,
          fork: forks.has(r.id),
          x: x + offset + i * (NODE_W + INNER_GAP),
          y: y(level),
        }),
      );
    }
    x += width + COLUMN_GAP;
  }
  nodes.sort((a, b) => b.level - a.level || a.x - b.x);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const links: { a: GraphNode; b: GraphNode; type: EdgeType }[] = [];
  for (const role of [...fw.roles].sort((p, q) => cmp(p.id, q.id))) {
    for (const e of role.next ?? []) {
      const a = at.get(role.id);
      const b = at.get(e.role);
      if (a && b) links.push({ a, b, type: e.type });
    }
  }
  const ports = assignPorts(links, nodes);
  const edges: GraphEdge[] = links.map((l, i) => ({ from: l.a.id, to: l.b.id, type: l.type, d: curve(l.a, l.b, ports[i]!, sides(l.a, l.b, nodes)[0]) }));
  // Lateral moves underneath, promotions on top.
  edges.sort((p, q) => (p.type === q.type ? 0 : p.type === 'lateral' ? -1 : 1));
  const rows: RoleGraph['rows'] = [];
  for (let level = top; level >= bottom; level--) rows.push({ level, y: y(level) });
  return {
    width: Math.max(x - COLUMN_GAP + 8, LEFT + NODE_W),
    height: y(bottom) + NODE_H + BOTTOM,
    node: { width: NODE_W, height: NODE_H },
    columns,
    rows,
    nodes,
    edges,
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

type Side = 'top' | 'bottom' | 'left' | 'right';

/**
 * Which sides a line joins: top and bottom between levels; within a level, the facing sides of neighbours, and
 * otherwise over the row (rightward moves) or under it (leftward), so that no line crosses a box in between.
 */
function sides(a: GraphNode, b: GraphNode, nodes: readonly GraphNode[]): [Side, Side] {
  if (a.level !== b.level) return b.level > a.level ? ['top', 'bottom'] : ['bottom', 'top'];
  const [lo, hi] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
  const between = nodes.some((n) => n.level === a.level && n.x > lo && n.x < hi);
  if (between) return b.x > a.x ? ['top', 'top'] : ['bottom', 'bottom'];
  return b.x > a.x ? ['right', 'left'] : ['left', 'right'];
}

/**
 * Where each line leaves and meets its boxes: the lines on one side of a box are spread along it, in the order
 * of the boxes at their other ends, so that lines to different roles do not start or end on one point.
 */
function assignPorts(links: { a: GraphNode; b: GraphNode }[], nodes: readonly GraphNode[]): { sx: number; sy: number; tx: number; ty: number }[] {
  const groups = new Map<string, { link: number; end: 'source' | 'target'; other: GraphNode }[]>();
  links.forEach(({ a, b }, i) => {
    const [sa, sb] = sides(a, b, nodes);
    const add = (key: string, end: 'source' | 'target', other: GraphNode) => groups.set(key, [...(groups.get(key) ?? []), { link: i, end, other }]);
    add(`${a.id}:${sa}`, 'source', b);
    add(`${b.id}:${sb}`, 'target', a);
  });
  const out = links.map(() => ({ sx: 0, sy: 0, tx: 0, ty: 0 }));
  for (const [key, group] of groups) {
    const side = key.slice(key.lastIndexOf(':') + 1) as Side;
    const first = group[0]!;
    const node = first.end === 'source' ? links[first.link]!.a : links[first.link]!.b;
    const horizontal = side === 'top' || side === 'bottom';
    group.sort((p, q) => (horizontal ? p.other.x - q.other.x || q.other.level - p.other.level : p.other.y - q.other.y) || p.link - q.link);
    group.forEach((g, i) => {
      const t = (i + 1) / (group.length + 1);
      const x = horizontal ? node.x + NODE_W * (0.15 + 0.7 * t) : side === 'right' ? node.x + NODE_W : node.x;
      const y = horizontal ? (side === 'top' ? node.y : node.y + NODE_H) : node.y + NODE_H * (0.2 + 0.6 * t);
      const o = out[g.link]!;
      if (g.end === 'source') Object.assign(o, { sx: x, sy: y });
      else Object.assign(o, { tx: x, ty: y });
    });
  }
  return out;
}

/** A curve between the ports of box a and box b: up or down between levels, sideways (bowed) within one. */
function curve(a: GraphNode, b: GraphNode, p: { sx: number; sy: number; tx: number; ty: number }, from: Side): string {
  if (a.level === b.level && (from === 'top' || from === 'bottom')) {
    // Over or under the row, in the gap between levels.
    const dir = from === 'top' ? -1 : 1;
    const ty = p.ty + dir * 6;
    const reach = dir * (ROW_H - NODE_H) * 0.8;
    return `M${r1(p.sx)} ${r1(p.sy)} C${r1(p.sx)} ${r1(p.sy + reach)} ${r1(p.tx)} ${r1(p.ty + reach)} ${r1(p.tx)} ${r1(ty)}`;
  }
  if (a.level !== b.level) {
    const up = b.level > a.level;
    const ty = p.ty + (up ? 6 : -6);
    const mid = (p.sy + ty) / 2;
    return `M${r1(p.sx)} ${r1(p.sy)} C${r1(p.sx)} ${r1(mid)} ${r1(p.tx)} ${r1(mid)} ${r1(p.tx)} ${r1(ty)}`;
  }
  // Same level: rightward moves bow above the row, leftward ones below it, so a pair of opposite moves stays apart.
  const right = b.x > a.x;
  const tx = p.tx + (right ? -6 : 6);
  const bow = Math.min(40, 12 + Math.abs(tx - p.sx) / 8) * (right ? -1 : 1);
  return `M${r1(p.sx)} ${r1(p.sy)} C${r1(p.sx + (tx - p.sx) / 3)} ${r1(p.sy + bow)} ${r1(p.sx + (2 * (tx - p.sx)) / 3)} ${r1(p.ty + bow)} ${r1(tx)} ${r1(p.ty)}`;
}
