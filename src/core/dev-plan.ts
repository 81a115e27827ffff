// The one-page development plan for a 1:1 (`rungs recommend <profile> -f html`, and the plan sections of
// `-f markdown`): the advice plus what a lead and a person agree on. The skills of the role the advice is
// about (self, lead and target side by side), the strengths with the person's own evidence, and three
// growth areas with two concrete actions each. Pure: the command passes today's date in.
import { own, type FrameworkIndex } from './index-framework.js';
import type { Advice, RoleRef } from './recommend.js';
import type { DevelopAction, Profile } from './types.js';

/** Growth areas a plan proposes: few enough to agree on and follow up. */
export const GROWTH_AREAS = 3;
/** Concrete actions per growth area. */
export const ACTIONS_PER_AREA = 2;
/** Strengths listed at most. */
export const MAX_STRENGTHS = 5;

export interface PlanSkill {
  skill: string;
  name: string;
  /** The person's own rating; null when not rated. */
  self: number | null;
  /** The lead's rating (manager_ratings); null when the lead did not rate it. */
  lead: number | null;
  target: number;
  importance: number;
}

export interface Strength {
  skill: string;
  name: string;
  self: number | null;
  lead: number | null;
  /** The level the role the plan is about asks for, when it asks for the skill. */
  target: number | null;
  /** The person's own line of evidence from the profile, when there is one. */
  evidence: string | null;
}

export interface GrowthArea {
  skill: string;
  name: string;
  /** The rating the advice used: the lead's where they rated the skill, else the person's own. */
  current: number | null;
  self: number | null;
  lead: number | null;
  /** The level to reach: the role's target, or one level up when the area deepens a skill already met. */
  target: number;
  importance: number;
  /**
   * 'gap': short of the target by the rating the advice used (the engine's gaps, most important first); when
   * there are fewer gaps than areas, 'calibrate': the person's own rating and the lead's fall on different
   * sides of the target (agree on the level first), then 'deepen': met, taken a level further.
   */
  kind: 'gap' | 'calibrate' | 'deepen';
  /** The role whose target this is, when it is not the plan's role (no move is ready: grow where you are first). */
  for_role: string | null;
  /** The person's own evidence for the skill: where self and lead differ, the start of the conversation. */
  evidence: string | null;
  actions: DevelopAction[];
}

export interface DevelopmentPlan {
  name: string | null;
  /** The day the plan was made (YYYY-MM-DD). */
  date: string;
  /** When the person assessed themselves, if the profile says. */
  assessed_on: string | null;
  framework: { name: string; version: string };
  /** The role whose skills the chart, strengths and growth areas are about: the next role, or the current one at the top of a path. */
  role: RoleRef;
  advice: Advice;
  has_lead_ratings: boolean;
  skills: PlanSkill[];
  strengths: Strength[];
  growth: GrowthArea[];
}

export function developmentPlan(index: FrameworkIndex, profile: Profile, advice: Advice, date: string): DevelopmentPlan {
  const role = advice.next_role ?? advice.current_role;
  const self = (id: string): number | null => own(profile.ratings, id) ?? null;
  const lead = (id: string): number | null => own(profile.manager_ratings, id) ?? null;
  const skillName = (id: string) => index.skills.get(id)?.name ?? id;
  const reqs = index.requirements.get(role.id) ?? [];
  const skills: PlanSkill[] = reqs
    .map((r) => ({ skill: r.skill, name: skillName(r.skill), self: self(r.skill), lead: lead(r.skill), target: r.level, importance: r.importance }))
    .sort((a, b) => b.importance - a.importance || b.target - a.target || a.name.localeCompare(b.name, 'en'));
  const name = typeof profile.name === 'string' && profile.name.trim() !== '' ? profile.name.trim() : null;
  return {
    name,
    date,
    assessed_on: typeof profile.assessed_on === 'string' ? profile.assessed_on : null,
    framework: { name: index.framework.meta.name, version: index.framework.meta.version },
    role: { id: role.id, title: role.title, level: role.level, track: role.track, track_name: role.track_name },
    advice,
    has_lead_ratings: Object.keys(profile.manager_ratings ?? {}).length > 0,
    skills,
    strengths: strengths(index, profile, skills, self, lead),
    growth: growth(index, advice, skills, lead, (id) => evidenceOf(profile, id)),
  };
}

/**
 * Met requirements of the role, most important first; then other skills the person wrote evidence for and
 * rates at 3 or more. With nothing met, the person's highest self ratings (3 or more) stand in.
 */
function strengths(
  index: FrameworkIndex,
  profile: Profile,
  skills: PlanSkill[],
  self: (id: string) => number | null,
  lead: (id: string) => number | null,
): Strength[] {
  const evidence = (id: string) => evidenceOf(profile, id);
  const out: Strength[] = skills
    // Met by the rating the advice uses (the lead's where given), as the engine scores it; not one where the
    // person's own rating and the lead's fall on either side of the target (a growth area to agree on).
    .filter((s) => (s.lead ?? s.self ?? -1) >= s.target && !viewsApart(s))
    .map((s) => ({ skill: s.skill, name: s.name, self: s.self, lead: s.lead, target: s.target, evidence: evidence(s.skill) }))
    // Those with evidence first: a strength the person can show is the better start for a 1:1.
    .sort((a, b) => Number(b.evidence !== null) - Number(a.evidence !== null));
  const listed = new Set(out.map((s) => s.skill));
  const extra = (ids: string[]) =>
    ids
      .filter((id) => !listed.has(id) && index.skills.has(id) && (self(id) ?? -1) >= 3)
      .sort((a, b) => (self(b) ?? 0) - (self(a) ?? 0) || a.localeCompare(b, 'en'))
      .map((id) => ({ skill: id, name: index.skills.get(id)!.name, self: self(id), lead: lead(id), target: null, evidence: evidence(id) }));
  out.push(...extra(Object.keys(profile.evidence ?? {}).filter((id) => evidence(id) !== null)));
  if (out.length === 0) out.push(...extra(Object.keys(profile.ratings ?? {})));
  return out.slice(0, MAX_STRENGTHS);
}

/** The person's own rating and the lead's fall on either side of the target. */
function viewsApart(s: PlanSkill): boolean {
  return s.lead !== null && s.self !== null && s.self >= s.target !== s.lead >= s.target;
}

function evidenceOf(profile: Profile, id: string): string | null {
  const line = own(profile.evidence, id);
  return typeof line === 'string' && line.trim() !== '' ? line.trim() : null;
}

/** The top gaps, each with two actions; when there are fewer gaps than areas, met skills taken a level further. */
function growth(index: FrameworkIndex, advice: Advice, skills: PlanSkill[], lead: (id: string) => number | null, evidence: (id: string) => string | null): GrowthArea[] {
  const areas: GrowthArea[] = advice.gaps.slice(0, GROWTH_AREAS).map((g) => ({
    skill: g.skill,
    name: g.name,
    current: g.current,
    self: g.self !== undefined ? g.self : g.current,
    lead: lead(g.skill),
    target: g.target,
    importance: g.importance,
    kind: 'gap' as const,
    for_role: g.role && g.role !== (advice.next_role ?? advice.current_role).id ? (index.roles.get(g.role)?.title ?? g.role) : null,
    evidence: evidence(g.skill),
    actions: actionsFor(index, g.skill, g.name, g.target, g.develop),
  }));
  const taken = new Set(areas.map((a) => a.skill));
  // Self and lead on different sides of the target: whichever is right, the level needs agreeing first.
  const apart = skills.filter(viewsApart);
  for (const s of apart) {
    if (areas.length >= GROWTH_AREAS) break;
    if (taken.has(s.skill)) continue;
    const develop = (index.skills.get(s.skill)?.develop ?? []).filter((d) => !d.levels || (d.levels[0] <= s.target && s.target <= d.levels[1]));
    areas.push({ skill: s.skill, name: s.name, current: s.lead, self: s.self, lead: s.lead, target: s.target, importance: s.importance, kind: 'calibrate', for_role: null, evidence: evidence(s.skill), actions: actionsFor(index, s.skill, s.name, s.target, develop) });
    taken.add(s.skill);
  }
  for (const s of skills) {
    if (areas.length >= GROWTH_AREAS) break;
    const used = s.lead ?? s.self;
    if (taken.has(s.skill) || used === null || used >= 5) continue;
    const target = used + 1;
    const develop = (index.skills.get(s.skill)?.develop ?? []).filter((d) => !d.levels || (d.levels[0] <= target && target <= d.levels[1]));
    areas.push({ skill: s.skill, name: s.name, current: used, self: s.self, lead: s.lead, target, importance: s.importance, kind: 'deepen', for_role: null, evidence: evidence(s.skill), actions: actionsFor(index, s.skill, s.name, target, develop) });
    taken.add(s.skill);
  }
  return areas;
}

/**
 * Two actions of different kinds where the data allows (a course and a practice say more than two courses):
 * first those aimed at the level to reach, then the skill's other actions, then a practice to agree on.
 */
function actionsFor(index: FrameworkIndex, id: string, name: string, target: number, aimed: readonly DevelopAction[]): DevelopAction[] {
  const pool = [...aimed, ...(index.skills.get(id)?.develop ?? []).filter((d) => !aimed.includes(d))];
  const chosen: DevelopAction[] = [];
  for (const d of pool) if (chosen.length < ACTIONS_PER_AREA && !chosen.some((c) => c.kind === d.kind)) chosen.push(d);
  for (const d of pool) if (chosen.length < ACTIONS_PER_AREA && !chosen.includes(d)) chosen.push(d);
  if (chosen.length < ACTIONS_PER_AREA) {
    chosen.push({ kind: 'practice', action: `Agree one piece of real work that needs ${name} at level ${target}, and review it together afterwards.` });
  }
  if (chosen.length < ACTIONS_PER_AREA) {
    chosen.push({ kind: 'mentoring', action: `Shadow a colleague who is strong in ${name} for a day, and note two things to try.` });
  }
  return chosen;
}
