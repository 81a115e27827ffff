// Calibration across a team: where self and lead ratings differ, per person and per skill.
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import type { Calibration, CalibrationFlag, CalibrationSkill } from './team.js';
import { ints, levels } from './columns.js';
import { listView } from './list-view.js';
import { entryOrder, type PersonRef } from './team-order.js';
import type { Profile } from './types.js';
import { round3 } from './wording.js';

export interface CalibrationAcc {
  profiles: number;
  compared: number;
  /** Packed: flag i is person[i] (their number in the team) on the skill in slot[i] (index.skillIds). */
  flagged: { person: ReturnType<typeof ints>; slot: ReturnType<typeof ints>; self: ReturnType<typeof levels>; manager: ReturnType<typeof levels> };
  bySkill: Map<string, { compared: number; flagged: number; selfHigher: number; managerHigher: number; sum: number }>;
}

export function newCalibration(): CalibrationAcc {
  return { profiles: 0, compared: 0, flagged: { person: ints(), slot: ints(), self: levels(), manager: levels() }, bySkill: new Map() };
}

/** `sign` -1 takes the person out again (their flags are left out at the end, by their rank of -1). */
export function addCalibration(index: FrameworkIndex, acc: CalibrationAcc, person: number, profile: Profile, ratings: ArrayLike<number>, gap: number, sign: 1 | -1 = 1): void {
  const skills = Object.keys(profile.manager_ratings ?? {});
  if (skills.length === 0) return;
  acc.profiles += sign;
  const flagged: { skill: string; slot: number; self: number; manager: number }[] = [];
  for (const skill of skills) {
    const manager = own(profile.manager_ratings, skill);
    const slot = index.skillSlot.get(skill);
    const self = slot === undefined ? Number.NaN : ratings[slot]!;
    if (typeof manager !== 'number' || Number.isNaN(self)) continue;
    const difference = self - manager;
    let s = acc.bySkill.get(skill);
    if (!s) acc.bySkill.set(skill, (s = { compared: 0, flagged: 0, selfHigher: 0, managerHigher: 0, sum: 0 }));
    acc.compared += sign;
    s.compared += sign;
    s.sum += sign * difference;
    if (difference > 0) s.selfHigher += sign;
    if (difference < 0) s.managerHigher += sign;
    if (Math.abs(difference) >= gap) {
      s.flagged += sign;
      flagged.push({ skill, slot: slot!, self, manager });
    }
    if (s.compared === 0) acc.bySkill.delete(skill);
  }
  if (sign < 0) return;
  // A person's flags by skill id, here where they are few: the team's list is then put in order by person only.
  for (const f of flagged.sort((a, b) => compareIds(a.skill, b.skill))) {
    acc.flagged.person.push(person);
    acc.flagged.slot.push(f.slot);
    acc.flagged.self.push(f.self);
    acc.flagged.manager.push(f.manager);
  }
}

/** `people`: everyone's file and name by person number; `rank`: their place in the report's order. */
export function finishCalibration(index: FrameworkIndex, acc: CalibrationAcc, people: readonly PersonRef[], rank: Int32Array): Calibration {
  const bySkill: CalibrationSkill[] = [...acc.bySkill]
    .map(([skill, s]) => ({
      skill,
      name: index.skills.get(skill)?.name ?? skill,
      compared: s.compared,
      flagged: s.flagged,
      self_higher: s.selfHigher,
      manager_higher: s.managerHigher,
      mean_difference: round3(s.sum / s.compared),
    }))
    .sort((a, b) => b.flagged - a.flagged || Math.abs(b.mean_difference) - Math.abs(a.mean_difference) || compareIds(a.skill, b.skill));
  // By person, and within a person by skill id.
  const f = acc.flagged;
  const order = entryOrder(f.person.length, (i) => f.person.at(i), () => 0, rank);
  const flagged = listView(order.length, (k): CalibrationFlag => {
    const i = order[k]!;
    const ref = people[f.person.at(i)]!;
    const skill = index.skillIds[f.slot.at(i)]!;
    const self = f.self.at(i);
    const manager = f.manager.at(i);
    return { file: ref.file, name: ref.name, skill, skill_name: index.skills.get(skill)!.name, self, manager, difference: self - manager };
  });
  return { profiles: acc.profiles, compared: acc.compared, flagged, by_skill: bySkill };
}
