// The data behind the browsing commands (roles, role, skills, paths, compare): pure views of the model.
import { closest } from './suggest.js';
import type { EdgeType, Framework, Role, Skill, TrackKind } from './types.js';

export interface RoleRow {
  id: string;
  title: string;
  level: number;
  track: string;
  track_name: string;
  track_kind: TrackKind;
  entry: boolean;
  summary: string;
  next: { role: string; type: EdgeType }[];
}

export function roleRows(fw: Framework, track?: string): RoleRow[] {
  const tracks = new Map(fw.meta.tracks.map((t) => [t.id, t]));
  return fw.roles
    .filter((r) => !track || r.track === track)
    .map((r) => ({
      id: r.id,
      title: r.title,
      level: r.level,
      track: r.track,
      track_name: tracks.get(r.track)?.name ?? r.track,
      track_kind: tracks.get(r.track)?.kind ?? 'lateral',
      entry: r.entry === true,
      summary: r.summary,
      next: (r.next ?? []).map((e) => ({ role: e.role, type: e.type })),
    }))
    .sort((a, b) => a.level - b.level || trackOrder(fw, a.track) - trackOrder(fw, b.track) || (a.id < b.id ? -1 : 1));
}

function trackOrder(fw: Framework, id: string): number {
  const i = fw.meta.tracks.findIndex((t) => t.id === id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Thrown for an id the framework does not define; the CLI turns it into exit 2 with suggestions. */
export class UnknownIdError extends Error {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly suggestions: string[],
  ) {
    super(`unknown ${kind} "${id}"${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : ''}`);
    this.name = 'UnknownIdError';
  }
}

export function findRole(fw: Framework, id: string): Role {
  const role = fw.roles.find((r) => r.id === id);
  if (!role) throw new UnknownIdError('role', id, closest(id, fw.roles.map((r) => r.id)));
  return role;
}

export function findTrack(fw: Framework, id: string): void {
  if (!fw.meta.tracks.some((t) => t.id === id)) throw new UnknownIdError('track', id, closest(id, fw.meta.tracks.map((t) => t.id)));
}

export function findCategory(fw: Framework, id: string): void {
  if (!fw.meta.categories.some((c) => c.id === id)) throw new UnknownIdError('category', id, closest(id, fw.meta.categories.map((c) => c.id)));
}

export interface RoleDetail {
  id: string;
  title: string;
  level: number;
  track: { id: string; name: string; kind: TrackKind };
  entry: boolean;
  summary: string;
  responsibilities: string[];
  how_to_get_here: string[];
  skills: { skill: string; name: string; category: string; level: number; level_name: string; importance: number; core: boolean }[];
  certifications: string[];
  next: { role: string; title: string; level: number; type: EdgeType; note?: string }[];
  previous: { role: string; title: string; type: EdgeType }[];
}

export function roleDetail(fw: Framework, id: string): RoleDetail {
  const role = findRole(fw, id);
  const skills = new Map(fw.skills.map((s) => [s.id, s]));
  const roles = new Map(fw.roles.map((r) => [r.id, r]));
  const track = fw.meta.tracks.find((t) => t.id === role.track);
  const levelName = (n: number) => fw.meta.scale.find((s) => s.level === n)?.name ?? String(n);
  return {
    id: role.id,
    title: role.title,
    level: role.level,
    track: { id: role.track, name: track?.name ?? role.track, kind: track?.kind ?? 'lateral' },
    entry: role.entry === true,
    summary: role.summary,
    responsibilities: role.responsibilities,
    how_to_get_here: role.how_to_get_here,
    skills: [...role.skills]
      .sort((a, b) => b.importance - a.importance || b.level - a.level || (a.skill < b.skill ? -1 : 1))
      .map((r) => ({
        skill: r.skill,
        name: skills.get(r.skill)?.name ?? r.skill,
        category: skills.get(r.skill)?.category ?? '',
        level: r.level,
        level_name: levelName(r.level),
        importance: r.importance,
        core: r.importance >= fw.meta.scoring.core_importance,
      })),
    certifications: role.certifications ?? [],
    next: (role.next ?? []).map((e) => ({
      role: e.role,
      title: roles.get(e.role)?.title ?? e.role,
      level: roles.get(e.role)?.level ?? 0,
      type: e.type,
      ...(e.note ? { note: e.note } : {}),
    })),
    previous: fw.roles
      .flatMap((r) => (r.next ?? []).filter((e) => e.role === role.id).map((e) => ({ role: r.id, title: r.title, type: e.type })))
      .sort((a, b) => (a.role < b.role ? -1 : 1)),
  };
}

export interface SkillRow {
  id: string;
  name: string;
  category: string;
  category_name: string;
  technical: boolean;
  description: string;
  used_by: string[];
}

export function skillRows(fw: Framework, category?: string): SkillRow[] {
  const categories = new Map(fw.meta.categories.map((c, i) => [c.id, { ...c, order: i }]));
  const usedBy = new Map<string, string[]>();
  for (const role of fw.roles) for (const r of role.skills) usedBy.set(r.skill, [...(usedBy.get(r.skill) ?? []), role.id]);
  return fw.skills
    .filter((s: Skill) => !category || s.category === category)
    .map((s) => ({
      id: s.id,
      name: s.name,
      category: s.category,
      category_name: categories.get(s.category)?.name ?? s.category,
      technical: s.category === 'technical',
      description: s.description,
      used_by: (usedBy.get(s.id) ?? []).sort(),
    }))
    .sort((a, b) => (categories.get(a.category)?.order ?? 99) - (categories.get(b.category)?.order ?? 99) || (a.id < b.id ? -1 : 1));
}

export interface PathNode {
  id: string;
  title: string;
  level: number;
  track: string;
  track_kind: TrackKind;
  /** promotion edge from the parent (absent at the roots). */
  type?: EdgeType;
  /** The role's subtree was already printed earlier in the tree. */
  seen_above?: boolean;
  /** Its promotions lead to both an expert and a management track. */
  fork?: boolean;
  children: PathNode[];
  lateral: { id: string; title: string; track: string }[];
}

/** The role graph as a tree of promotions from the roots, with lateral moves listed at each role. */
export function pathTree(fw: Framework, from?: string): PathNode[] {
  const roles = new Map(fw.roles.map((r) => [r.id, r]));
  const kinds = new Map(fw.meta.tracks.map((t) => [t.id, t.kind]));
  const roots = from ? [findRole(fw, from)] : fw.roles.filter((r) => r.entry);
  const printed = new Set<string>();
  const visit = (role: Role, type: EdgeType | undefined, stack: Set<string>): PathNode => {
    const node: PathNode = {
      id: role.id,
      title: role.title,
      level: role.level,
      track: role.track,
      track_kind: kinds.get(role.track) ?? 'lateral',
      ...(type ? { type } : {}),
      children: [],
      lateral: [],
    };
    if (printed.has(role.id) || stack.has(role.id)) return { ...node, seen_above: true };
    printed.add(role.id);
    const next = role.next ?? [];
    const promotions = next.filter((e) => e.type === 'promotion' && roles.has(e.role));
    const promotedKinds = new Set(promotions.map((e) => kinds.get(roles.get(e.role)!.track)));
    if (promotedKinds.has('expert') && promotedKinds.has('management')) node.fork = true;
    const inner = new Set(stack).add(role.id);
    node.children = promotions.map((e) => visit(roles.get(e.role)!, 'promotion', inner));
    node.lateral = next
      .filter((e) => e.type === 'lateral' && roles.has(e.role))
      .map((e) => ({ id: e.role, title: roles.get(e.role)!.title, track: roles.get(e.role)!.track }));
    return node;
  };
  const trees = roots.map((r) => visit(r, undefined, new Set()));
  // Lateral-only roles (e.g. a trainer) are reached by lateral moves: show their own promotion trees too.
  if (!from) {
    for (const role of fw.roles) if (!printed.has(role.id) && !role.entry) trees.push(visit(role, undefined, new Set()));
  }
  return trees;
}

export interface CompareRow {
  skill: string;
  name: string;
  category: string;
  a: { level: number; importance: number } | null;
  b: { level: number; importance: number } | null;
  /** b's target minus a's (a missing requirement counts as 0). */
  difference: number;
}

export interface Comparison {
  a: { id: string; title: string; level: number; track: string };
  b: { id: string; title: string; level: number; track: string };
  rows: CompareRow[];
  only_a: string[];
  only_b: string[];
}

export function compareRoles(fw: Framework, aId: string, bId: string): Comparison {
  const a = findRole(fw, aId);
  const b = findRole(fw, bId);
  const skills = new Map(fw.skills.map((s) => [s.id, s]));
  const ids = [...new Set([...a.skills.map((r) => r.skill), ...b.skills.map((r) => r.skill)])];
  const req = (role: Role, id: string) => {
    const r = role.skills.find((x) => x.skill === id);
    return r ? { level: r.level, importance: r.importance } : null;
  };
  const rows = ids
    .map((id) => {
      const ra = req(a, id);
      const rb = req(b, id);
      return { skill: id, name: skills.get(id)?.name ?? id, category: skills.get(id)?.category ?? '', a: ra, b: rb, difference: (rb?.level ?? 0) - (ra?.level ?? 0) };
    })
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference) || (x.skill < y.skill ? -1 : 1));
  const brief = (r: Role) => ({ id: r.id, title: r.title, level: r.level, track: r.track });
  return {
    a: brief(a),
    b: brief(b),
    rows,
    only_a: rows.filter((r) => r.a && !r.b).map((r) => r.skill),
    only_b: rows.filter((r) => r.b && !r.a).map((r) => r.skill),
  };
}
