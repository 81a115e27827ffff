// The team's skills picture (the heat map: who is at which level, against what next roles need) and its
// training needs (the skills most people fall short on, with who and how to close the gap).
import { compareIds, type FrameworkIndex } from './index-framework.js';
import { developFor, type Gap } from './readiness.js';
import type { SkillPicture, TrainingNeed } from './team.js';
import { ints, levels } from './columns.js';
import { listView } from './list-view.js';
import { entryOrder, type PersonRef } from './team-order.js';
import { round3 } from './wording.js';

interface SkillAcc {
  levels: number[];
  needed: number;
  targets: number[];
  short: number;
}

/** Who is short of a skill, packed: entry i is person[i] (their number in the team), at current[i] of target[i]. */
interface NeedAcc {
  weight: number;
  unrated: number;
  person: ReturnType<typeof ints>;
  current: ReturnType<typeof levels>;
  target: ReturnType<typeof levels>;
  importance: ReturnType<typeof levels>;
}

function newNeed(): NeedAcc {
  return { weight: 0, unrated: 0, person: ints(), current: levels(), target: levels(), importance: levels() };
}

export interface SkillsAcc {
  /** By skill slot (index.skillIds order). */
  skills: SkillAcc[];
  needs: Map<string, NeedAcc>;
  people: number;
}

export function newSkills(index: FrameworkIndex): SkillsAcc {
  const skills = index.skillIds.map(() => ({ levels: zeros(), needed: 0, targets: zeros(), short: 0 }));
  return { skills, needs: new Map(), people: 0 };
}

/** One person: their self ratings, what their target role needs, and their gaps toward it. */
export function addSkills(
  index: FrameworkIndex,
  acc: SkillsAcc,
  person: number,
  ratings: ArrayLike<number>,
  targetRole: string,
  gaps: readonly Gap[],
  unrated: readonly { skill: string }[] = [],
  /** -1 takes the person out again (their list entries are left out at the end, by their rank of -1). */
  sign: 1 | -1 = 1,
): void {
  acc.people += sign;
  for (let slot = 0; slot < ratings.length; slot++) {
    const rating = ratings[slot]!;
    if (rating >= 0 && rating <= 5) acc.skills[slot]!.levels[Math.round(rating)]! += sign;
  }
  const plan = index.rolePlans.get(targetRole);
  for (let i = 0; plan && i < plan.slots.length; i++) {
    const slot = plan.slots[i]!;
    if (slot < 0) continue;
    const level = plan.levels[i]!;
    const s = acc.skills[slot]!;
    s.needed += sign;
    s.targets[clampLevel(level)]! += sign;
    if (ratings[slot]! < level) s.short += sign;
  }
  // The engine's own gaps, so training needs match what `rungs recommend` tells each person.
  for (const u of unrated) {
    let need = acc.needs.get(u.skill);
    if (!need) acc.needs.set(u.skill, (need = newNeed()));
    need.unrated += sign;
  }
  for (const gap of gaps) {
    if (gap.current === null) continue;
    let need = acc.needs.get(gap.skill);
    if (!need) acc.needs.set(gap.skill, (need = newNeed()));
    need.weight += sign * gap.importance * (gap.target - gap.current);
    if (sign < 0) continue;
    need.person.push(person);
    need.current.push(gap.current);
    need.target.push(gap.target);
    need.importance.push(gap.importance);
  }
}

/** Every skill of the framework, by category (as the framework lists them), then name. */
export function skillPicture(index: FrameworkIndex, acc: SkillsAcc): SkillPicture[] {
  const order = categoryOrder(index);
  const categoryNames = new Map(index.framework.meta.categories.map((c) => [c.id, c.name]));
  return index.skillIds
    .map((id) => index.skills.get(id)!)
    .sort((x, y) => order(x.category) - order(y.category) || compareIds(x.name, y.name) || compareIds(x.id, y.id))
    .map((skill) => {
      const a = acc.skills[index.skillSlot.get(skill.id)!]!;
      // Every person counts once per skill: rated at a level, or unknown.
      const rated = a.levels.reduce((s, n) => s + n, 0);
      return {
        skill: skill.id,
        name: skill.name,
        category: skill.category,
        category_name: categoryNames.get(skill.category) ?? skill.category,
        levels: a.levels,
        unknown: acc.people - rated,
        needed_by: a.needed,
        targets: a.targets,
        short: a.short,
      };
    });
}

/**
 * `people`: everyone's file and name by person number; `rank`: their place in the report's order (-1: taken out).
 */
export function trainingNeeds(index: FrameworkIndex, acc: SkillsAcc, people: readonly PersonRef[], rank: Int32Array): TrainingNeed[] {
  const needs: TrainingNeed[] = [];
  for (const [id, a] of acc.needs) {
    // Furthest behind first; equal shortfalls by person.
    const order = entryOrder(a.person.length, (i) => a.person.at(i), (i) => a.current.at(i) - a.target.at(i), rank);
    const n = order.length;
    if (n === 0) continue;
    const skill = index.skills.get(id);
    const typical = { current: median(n, (k) => a.current.at(order[k]!)), target: median(n, (k) => a.target.at(order[k]!)) };
    needs.push({
      skill: id,
      name: skill?.name ?? id,
      category: skill?.category ?? '',
      count: n,
      weight: round3(a.weight),
      unrated: a.unrated,
      typical,
      people: listView(n, (k) => {
        const i = order[k]!;
        const ref = people[a.person.at(i)]!;
        return { file: ref.file, name: ref.name, current: a.current.at(i), target: a.target.at(i), importance: a.importance.at(i) };
      }),
      develop: developFor(skill?.develop ?? [], typical.current, typical.target),
    });
  }
  return needs.sort((a, b) => b.count - a.count || b.weight - a.weight || compareIds(a.skill, b.skill));
}

function zeros(): number[] {
  return [0, 0, 0, 0, 0, 0];
}

function clampLevel(level: number): number {
  return Math.max(0, Math.min(5, Math.round(level)));
}

function categoryOrder(index: FrameworkIndex): (id: string) => number {
  const order = new Map(index.framework.meta.categories.map((c, i) => [c.id, i]));
  return (id) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/** The lower median: a level someone actually has. */
function median(n: number, value: (i: number) => number): number {
  // A typed array sorts numbers natively, without a comparison function: these lists run to thousands.
  const sorted = Float64Array.from({ length: n }, (_, i) => value(i)).sort();
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}
