// Calibration across a team: where self and lead ratings differ, per person and per skill.
import { compareIds, own, type FrameworkIndex } from './index-framework.js';
import type { Calibration, CalibrationFlag, CalibrationSkill } from './team.js';
import { sortedValues, type Keyed, type PersonKey, type PersonRef } from './team-order.js';
import type { Profile } from './types.js';
import { round3 } from './wording.js';

export interface CalibrationAcc {
  profiles: number;
  compared: number;
  flagged: Keyed<CalibrationFlag>[];
  bySkill: Map<string, { compared: number; flagged: number; selfHigher: number; managerHigher: number; sum: number }>;
}

export function newCalibration(): CalibrationAcc {
  return { profiles: 0, compared: 0, flagged: [], bySkill: new Map() };
}

export function addCalibration(index: FrameworkIndex, acc: CalibrationAcc, key: PersonKey, ref: PersonRef, profile: Profile, ratings: ArrayLike<number>, gap: number): void {
  const skills = Object.keys(profile.manager_ratings ?? {});
  if (skills.length === 0) return;
  acc.profiles++;
  const flagged: Keyed<CalibrationFlag>[] = [];
  for (const skill of skills) {
    const manager = own(profile.manager_ratings, skill);
    const slot = index.skillSlot.get(skill);
    const self = slot === undefined ? Number.NaN : ratings[slot]!;
    if (typeof manager !== 'number' || Number.isNaN(self)) continue;
    const known = index.skills.get(skill)!;
    const difference = self - manager;
    let s = acc.bySkill.get(skill);
    if (!s) acc.bySkill.set(skill, (s = { compared: 0, flagged: 0, selfHigher: 0, managerHigher: 0, sum: 0 }));
    acc.compared++;
    s.compared++;
    s.sum += difference;
    if (difference > 0) s.selfHigher++;
    if (difference < 0) s.managerHigher++;
    if (Math.abs(difference) >= gap) {
      s.flagged++;
      flagged.push({ key, value: { file: ref.file, name: ref.name, skill, skill_name: known.name, self, manager, difference } });
    }
  }
  // A person's flags by skill id, here where they are few: the team's list is then put in order by person only.
  for (const f of flagged.sort((a, b) => compareIds(a.value.skill, b.value.skill))) acc.flagged.push(f);
}

export function finishCalibration(index: FrameworkIndex, acc: CalibrationAcc): Calibration {
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
  const flagged = sortedValues(acc.flagged);
  return { profiles: acc.profiles, compared: acc.compared, flagged, by_skill: bySkill };
}
