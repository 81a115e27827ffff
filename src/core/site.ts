// The framework as a website: the data behind every page of `rungs site` (index, a page per role, per skill,
// per fork), pure and in a stable order, so that the same framework always gives the same pages. Nothing here
// knows which framework it is: titles, tracks and forks all come from the data.
import { layoutGraph, type RoleGraph } from './site-graph.js';
import type { RoleRef } from './recommend.js';
import type { DevelopKind, EdgeType, Framework, Role, TrackKind } from './types.js';

// The same reference to a role as the advice's.
export type { RoleRef } from './recommend.js';

export interface SkillChange {
  skill: string;
  name: string;
  /** The level the role you come from asks for (0 when it does not ask for the skill at all). */
  from: number;
  to: number;
  /** The role you come from does not ask for this skill. */
  new: boolean;
}

/** One move between two roles, and what it asks of you on top of where you are. */
export interface Step {
  from: RoleRef;
  to: RoleRef;
  type: EdgeType;
  note?: string;
  /** The skills whose target goes up (or that are new), the biggest rise first. */
  adds: SkillChange[];
  /** The target role's requirements that the role you come from already asks for at that level or above. */
  kept: number;
}

export interface SiteRoleSkill {
  skill: string;
  name: string;
  category_name: string;
  level: number;
  level_name: string;
  /** What a person does at the target level (the skill's behavioural anchor). */
  anchor: string;
  importance: number;
  core: boolean;
}

export interface SiteRole {
  id: string;
  title: string;
  level: number;
  track: { id: string; name: string; kind: TrackKind };
  entry: boolean;
  summary: string;
  responsibilities: string[];
  how_to_get_here: string[];
  skills: SiteRoleSkill[];
  certifications: string[];
  next: Step[];
  previous: Step[];
  /** This role is where paths fork: the id of its compare page. */
  fork?: string;
  /** The forks that lead here (compare pages to link). */
  fork_from: string[];
}

export interface SiteSkill {
  id: string;
  name: string;
  category: string;
  category_name: string;
  description: string;
  question: string;
  /** Level 0 from the scale's generic description; 1..5 from the skill's anchors where it has them. */
  levels: { level: number; name: string; description: string; generic: boolean }[];
  used_by: { role: RoleRef; level: number; level_name: string; importance: number; core: boolean }[];
  develop: { kind: DevelopKind; action: string; levels?: [number, number] }[];
}

export interface ForkPath {
  track: { id: string; name: string; kind: TrackKind; description: string; rewards?: string };
  roles: RoleRef[];
}

export interface ForkRow {
  skill: string;
  name: string;
  /** The level the forking role asks for (null: not at all). */
  from: number | null;
  /** One per fork target, in `targets` order (null: not asked for). */
  levels: (number | null)[];
  /** The largest difference between targets: the skills that tell the paths apart come first. */
  spread: number;
}

/** A role whose promotions lead onto two or more tracks: its paths side by side. */
export interface SiteFork {
  id: string;
  from: RoleRef;
  paths: ForkPath[];
  targets: RoleRef[];
  rows: ForkRow[];
}

export interface SiteTrack {
  id: string;
  name: string;
  kind: TrackKind;
  description: string;
  rewards?: string;
  roles: RoleRef[];
}

export interface SiteCategory {
  id: string;
  name: string;
  description?: string;
  skills: { id: string; name: string; description: string; roles: number }[];
}

export interface SitePlan {
  /** The branding title, else the framework's name. */
  title: string;
  name: string;
  version: string;
  description: string;
  accent: { base: string; text: string };
  scale: { level: number; name: string; description: string }[];
  tracks: SiteTrack[];
  categories: SiteCategory[];
  roles: SiteRole[];
  skills: SiteSkill[];
  forks: SiteFork[];
  graph: RoleGraph;
  counts: { roles: number; skills: number; tracks: number; entry: number };
}

export const DEFAULT_ACCENT = '#1d4f91';

export function sitePlan(fw: Framework): SitePlan {
  const tracks = new Map(fw.meta.tracks.map((t) => [t.id, t]));
  const skills = new Map(fw.skills.map((s) => [s.id, s]));
  const categories = new Map(fw.meta.categories.map((c) => [c.id, c]));
  const roles = new Map(fw.roles.map((r) => [r.id, r]));
  const levelName = (n: number) => fw.meta.scale.find((s) => s.level === n)?.name ?? String(n);
  const trackOrder = (id: string) => {
    const i = fw.meta.tracks.findIndex((t) => t.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const byLadder = (a: Role, b: Role) => a.level - b.level || trackOrder(a.track) - trackOrder(b.track) || cmp(a.id, b.id);
  const ordered = [...fw.roles].sort(byLadder);
  const ref = (r: Role): RoleRef => ({ id: r.id, title: r.title, level: r.level, track: r.track, track_name: tracks.get(r.track)?.name ?? r.track });
  const core = fw.meta.scoring.core_importance;

  const step = (from: Role, to: Role, type: EdgeType, note?: string): Step => {
    const had = new Map(from.skills.map((s) => [s.skill, s.level]));
    const adds: SkillChange[] = [];
    let kept = 0;
    for (const req of to.skills) {
      const before = had.get(req.skill);
      if (before !== undefined && before >= req.level) kept++;
      else adds.push({ skill: req.skill, name: skills.get(req.skill)?.name ?? req.skill, from: before ?? 0, to: req.level, new: before === undefined });
    }
    // Rises on skills you already use first (the biggest first), then the skills that are new to you.
    adds.sort((a, b) => Number(a.new) - Number(b.new) || b.to - b.from - (a.to - a.from) || b.to - a.to || cmp(a.name, b.name));
    return { from: ref(from), to: ref(to), type, ...(note ? { note } : {}), adds, kept };
  };

  const forks = findForks(fw, ordered, roles, tracks, ref);
  const forkOf = new Set(forks.map((f) => f.id));

  // Indexed once: at 2,000 roles, scanning every role for each role's incoming moves took seconds.
  const incoming = new Map<string, { from: Role; type: EdgeType; note?: string }[]>();
  const requiredBy = new Map<string, { role: Role; level: number; importance: number }[]>();
  for (const r of ordered) {
    for (const e of r.next ?? []) incoming.set(e.role, [...(incoming.get(e.role) ?? []), { from: r, type: e.type, note: e.note }]);
    for (const req of r.skills) requiredBy.set(req.skill, [...(requiredBy.get(req.skill) ?? []), { role: r, level: req.level, importance: req.importance }]);
  }
  const forksInto = new Map<string, string[]>();
  for (const f of forks) for (const t of f.targets) forksInto.set(t.id, [...(forksInto.get(t.id) ?? []), f.id]);

  const siteRoles: SiteRole[] = ordered.map((role) => {
    const track = tracks.get(role.track);
    const previous = (incoming.get(role.id) ?? []).map((e) => step(e.from, role, e.type, e.note));
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
        .sort((a, b) => b.importance - a.importance || b.level - a.level || cmp(a.skill, b.skill))
        .map((req) => {
          const skill = skills.get(req.skill);
          return {
            skill: req.skill,
            name: skill?.name ?? req.skill,
            category_name: categories.get(skill?.category ?? '')?.name ?? skill?.category ?? '',
            level: req.level,
            level_name: levelName(req.level),
            anchor: anchorAt(skill?.anchors, req.level) ?? fw.meta.scale.find((s) => s.level === req.level)?.description ?? '',
            importance: req.importance,
            core: req.importance >= core,
          };
        }),
      certifications: role.certifications ?? [],
      next: (role.next ?? []).filter((e) => roles.has(e.role)).map((e) => step(role, roles.get(e.role)!, e.type, e.note)),
      previous,
      ...(forkOf.has(role.id) ? { fork: role.id } : {}),
      fork_from: forksInto.get(role.id) ?? [],
    };
  });

  const siteSkills: SiteSkill[] = [...fw.skills]
    .sort((a, b) => cmp(a.id, b.id))
    .map((skill) => ({
      id: skill.id,
      name: skill.name,
      category: skill.category,
      category_name: categories.get(skill.category)?.name ?? skill.category,
      description: skill.description,
      question: skill.question,
      levels: [...fw.meta.scale]
        .sort((a, b) => a.level - b.level)
        .map((s) => {
          const anchor = s.level === 0 ? undefined : skill.anchors[String(s.level)];
          return { level: s.level, name: s.name, description: anchor ?? s.description, generic: anchor === undefined };
        }),
      used_by: (requiredBy.get(skill.id) ?? []).map((u) => ({ role: ref(u.role), level: u.level, level_name: levelName(u.level), importance: u.importance, core: u.importance >= core })),
      develop: skill.develop.map((d) => ({ kind: d.kind, action: d.action, ...(d.levels ? { levels: d.levels } : {}) })),
    }));

  const usedCount = new Map<string, number>();
  for (const r of fw.roles) for (const req of r.skills) usedCount.set(req.skill, (usedCount.get(req.skill) ?? 0) + 1);

  const branding = fw.meta.site ?? {};
  const base = normaliseHex(branding.accent ?? DEFAULT_ACCENT);
  return {
    title: branding.title ?? fw.meta.name,
    name: fw.meta.name,
    version: fw.meta.version,
    description: fw.meta.description ?? '',
    accent: { base, text: readableOnWhite(base) },
    scale: [...fw.meta.scale].sort((a, b) => a.level - b.level).map((s) => ({ level: s.level, name: s.name, description: s.description })),
    tracks: fw.meta.tracks.map((t) => ({
      id: t.id,
      name: t.name,
      kind: t.kind,
      description: t.description,
      ...(t.rewards ? { rewards: t.rewards } : {}),
      roles: ordered.filter((r) => r.track === t.id).map(ref),
    })),
    categories: fw.meta.categories.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.description ? { description: c.description } : {}),
      skills: siteSkills
        .filter((s) => s.category === c.id)
        .sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))
        .map((s) => ({ id: s.id, name: s.name, description: s.description, roles: usedCount.get(s.id) ?? 0 })),
    })),
    roles: siteRoles,
    skills: siteSkills,
    forks,
    graph: layoutGraph(fw, new Set(forkOf)),
    counts: { roles: fw.roles.length, skills: fw.skills.length, tracks: fw.meta.tracks.length, entry: fw.roles.filter((r) => r.entry).length },
  };
}

function findForks(
  fw: Framework,
  ordered: Role[],
  roles: Map<string, Role>,
  tracks: Map<string, Framework['meta']['tracks'][number]>,
  ref: (r: Role) => RoleRef,
): SiteFork[] {
  const trackOrder = (id: string) => fw.meta.tracks.findIndex((t) => t.id === id);
  const forks: SiteFork[] = [];
  for (const role of ordered) {
    const targets = (role.next ?? [])
      .filter((e) => e.type === 'promotion' && roles.has(e.role))
      .map((e) => roles.get(e.role)!)
      .sort((a, b) => trackOrder(a.track) - trackOrder(b.track) || a.level - b.level || cmp(a.id, b.id));
    const onTracks = [...new Set(targets.map((t) => t.track))];
    if (onTracks.length < 2) continue;
    const paths: ForkPath[] = onTracks.map((id) => {
      const t = tracks.get(id);
      return {
        track: { id, name: t?.name ?? id, kind: t?.kind ?? 'lateral', description: t?.description ?? '', ...(t?.rewards ? { rewards: t.rewards } : {}) },
        roles: targets.filter((r) => r.track === id).map(ref),
      };
    });
    const skillIds = [...new Set([...role.skills, ...targets.flatMap((t) => t.skills)].map((s) => s.skill))];
    const names = new Map(fw.skills.map((s) => [s.id, s.name]));
    const levelIn = (r: Role, id: string) => r.skills.find((s) => s.skill === id)?.level ?? null;
    const rows: ForkRow[] = skillIds
      .map((id) => {
        const levels = targets.map((t) => levelIn(t, id));
        // Folded, not Math.max(...known): a spread passes every target role as an argument on the call stack.
        const known = levels.map((l) => l ?? 0);
        const spread = known.reduce((a, b) => Math.max(a, b), -Infinity) - known.reduce((a, b) => Math.min(a, b), Infinity);
        return { skill: id, name: names.get(id) ?? id, from: levelIn(role, id), levels, spread };
      })
      .sort((a, b) => b.spread - a.spread || cmp(a.name, b.name));
    forks.push({ id: role.id, from: ref(role), paths, targets: targets.map(ref), rows });
  }
  return forks;
}

function anchorAt(anchors: Record<string, string> | undefined, level: number): string | undefined {
  return level === 0 ? undefined : anchors?.[String(level)];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "+Coaching 2→3" (a rise), "+Budgeting at 2 (new)" (a skill the role you come from does not ask for). */
export function changeText(c: SkillChange): string {
  return c.new ? `+${c.name} at ${c.to} (new)` : `+${c.name} ${c.from}→${c.to}`;
}

// ---------------------------------------------------------------------------------------------------------
// The accent colour: links and headings are written in it, so it is darkened until it reads on white (WCAG AA).

export function normaliseHex(hex: string): string {
  const h = hex.replace(/^#/, '').toLowerCase();
  return `#${h.length === 3 ? [...h].map((c) => c + c).join('') : h}`;
}

function channels(hex: string): [number, number, number] {
  const h = normaliseHex(hex).slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two hex colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(channels(a)), luminance(channels(b))].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}

/** The colour itself if text in it reads on white at 4.5:1, else the same hue darkened just enough. */
export function readableOnWhite(hex: string, ratio = 4.6): string {
  const rgb = channels(hex);
  for (let k = 0; k <= 100; k++) {
    const c = rgb.map((v) => Math.round(v * (1 - k / 100))) as [number, number, number];
    const out = `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    if (contrast(out, '#ffffff') >= ratio) return out;
  }
  return '#000000';
}
