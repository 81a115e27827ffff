// A small team on a hand-made ladder for the team-report tests. Every number the tests expect is worked out
// by hand below from these values (importance in brackets).
//
//   agent (1, foundation)  -> senior                         trouble 2 [5], product 2 [3]
//   senior (4, foundation) -> expert, lead                   trouble 3 [5], product 3 [4], coaching 2 [2]
//   expert (5, expert)                                       trouble 5 [5], product 4 [4]
//   lead (5, management), no next role                       coaching 4 [5], planning 3 [4], trouble 3 [3]
//   director (7, management), nobody's next role             coaching 5 [5], planning 5 [5], product 4 [3]
import type { Problem } from '../../src/core/problems.js';
import { buildTeamReport, type TeamInput, type TeamReport } from '../../src/core/team.js';
import type { Profile } from '../../src/core/types.js';
import { agree, edge, makeIndex, makeProfile, makeRole, makeSkill, req } from './builders.js';

export const teamIndex = makeIndex({
  skills: [
    makeSkill('trouble', { name: 'Troubleshooting', develop: [{ kind: 'training', action: 'Problem-solving course', levels: [2, 4] }] }),
    makeSkill('product', { name: 'Product knowledge' }),
    makeSkill('coaching', {
      name: 'Coaching',
      category: 'interpersonal',
      develop: [
        { kind: 'practice', action: 'Review two calls with a colleague', levels: [2, 3] },
        { kind: 'training', action: 'Coaching course', levels: [3, 4] },
        { kind: 'mentoring', action: 'Design the coaching practice', levels: [5, 5] },
      ],
    }),
    makeSkill('planning', { name: 'Planning' }),
  ],
  roles: [
    makeRole('agent', { title: 'Agent', level: 1, entry: true, skills: [req('trouble', 2, 5), req('product', 2, 3)], next: [edge('senior')] }),
    makeRole('senior', {
      title: 'Senior',
      level: 4,
      skills: [req('trouble', 3, 5), req('product', 3, 4), req('coaching', 2, 2)],
      next: [edge('expert'), edge('lead')],
    }),
    makeRole('expert', { title: 'Expert', level: 5, track: 'expert', skills: [req('trouble', 5, 5), req('product', 4, 4)] }),
    makeRole('lead', { title: 'Lead', level: 5, track: 'management', skills: [req('coaching', 4, 5), req('planning', 3, 4), req('trouble', 3, 3)] }),
    makeRole('director', { title: 'Director', level: 7, track: 'management', skills: [req('coaching', 5, 5), req('planning', 5, 5), req('product', 4, 3)] }),
  ],
  questions: [agree('q-deep', { expert: 1, management: -1 })],
});

export function member(file: string, profile: Partial<Profile>): TeamInput {
  return { file, profile: makeProfile(profile) };
}

/**
 * Unrated skills count at their prior (the level the person's current role expects, else 1); where a lead rated a
 * skill, the lead's rating is the one scored (self ratings still feed the skills picture and calibration).
 * Cara  agent -> senior: trouble 1, product 2, coaching unrated (agent does not use it: 1): (5/3 + 8/3 + 1) / 11 = 0.485;
 *       both core skills short (trouble 1 <= 3 - 2): not ready, not close; no move ready, so the agent's own core
 *       gap (trouble 1 -> 2) leads her gaps.
 * Abe   agent -> senior: trouble 2, product 1, coaching 2: (10/3 + 4/3 + 2) / 11 = 0.606; product 1 <= 3 - 2, and both
 *       core skills short: not ready, close.
 * Dee   senior -> lead (q-deep 1): the lead's coaching 4 (self 2), planning 3, trouble 4: 12 / 12 = 1, ready.
 * Eli   senior -> expert (q-deep 5): trouble 4, product 4: (4 + 4) / 9 = 0.889, one of two core skills short: ready.
 * Fay   senior -> lead (q-deep 1): the lead's coaching 1 (self 3) and planning 3 (self 2), trouble 3:
 *       (1.25 + 4 + 3) / 12 = 0.688, coaching 1 <= 4 - 2: not ready, close; nothing ready, so senior's own core gap
 *       (the lead's product 2 -> 3) comes first.
 * Gus   lead, top of path: coaching 5, planning 4, product 4, trouble unrated (lead's own 3): 12 / 12 = 1, ready.
 * Dee and Fay carry manager ratings: Dee coaching 4 (self 2: -2), trouble 4 (0); Fay coaching 1 (self 3: +2),
 * planning 3 (self 2: -1), product 2 (no self rating: not compared).
 */
export function smallTeam(): TeamInput[] {
  return [
    member('team/cara.yaml', { name: 'Cara', current_role: 'agent', ratings: { trouble: 1, product: 2 } }),
    member('team/abe.yaml', { name: 'Abe', current_role: 'agent', ratings: { trouble: 2, product: 1, coaching: 2 } }),
    member('team/dee.yaml', {
      name: 'Dee',
      current_role: 'senior',
      ratings: { coaching: 2, planning: 3, trouble: 4, product: 3 },
      preferences: { 'q-deep': 1 },
      manager_ratings: { coaching: 4, trouble: 4 },
    }),
    member('team/eli.yaml', { name: 'Eli', current_role: 'senior', ratings: { trouble: 4, product: 4 }, preferences: { 'q-deep': 5 } }),
    member('team/fay.yaml', {
      name: 'Fay',
      current_role: 'senior',
      ratings: { coaching: 3, planning: 2, trouble: 3 },
      preferences: { 'q-deep': 1 },
      manager_ratings: { coaching: 1, planning: 3, product: 2 },
    }),
    member('team/gus.yaml', { name: 'Gus', current_role: 'lead', ratings: { coaching: 5, planning: 4, product: 4, trouble: null } }),
  ];
}

export function teamReport(people: TeamInput[] = smallTeam(), errors: Problem[] = []): TeamReport {
  const rejected = new Set(errors.map((e) => e.file)).size;
  return buildTeamReport(teamIndex, people, errors, { read: people.length + rejected, used: people.length, rejected });
}
