// A small hand-made ladder shared by the advice tests: a senior analyst who can go expert, management
// or sideways into training. The numbers in the tests are worked out by hand from these values.
import { agree, edge, makeIndex, makeProfile, makeRole, makeSkill, req } from './builders.js';
import type { Profile } from '../../src/core/types.js';

export const ladder = makeIndex({
  skills: [
    makeSkill('trouble', { name: 'Troubleshooting' }),
    makeSkill('product', { name: 'Product knowledge' }),
    makeSkill('coaching', { name: 'Coaching', category: 'interpersonal', develop: [{ kind: 'mentoring', action: 'Mentor a new hire' }] }),
    makeSkill('planning', { name: 'Planning' }),
    makeSkill('teaching', { name: 'Teaching' }),
  ],
  roles: [
    makeRole('analyst', {
      title: 'Senior Analyst',
      level: 4,
      skills: [req('trouble', 3, 5), req('product', 3, 4)],
      next: [edge('expert-eng'), edge('team-lead'), edge('trainer', 'lateral')],
    }),
    makeRole('expert-eng', { title: 'Expert Engineer', level: 5, track: 'expert', skills: [req('trouble', 5, 5), req('product', 4, 4)] }),
    makeRole('team-lead', {
      title: 'Team Lead',
      level: 5,
      track: 'management',
      skills: [req('coaching', 4, 5), req('planning', 3, 4), req('trouble', 3, 3)],
    }),
    makeRole('trainer', { title: 'Trainer', level: 4, track: 'training', skills: [req('teaching', 3, 5), req('product', 3, 3)] }),
  ],
  questions: [
    agree('q-deep', { expert: 1, management: -1 }, 'I like solving the hardest problems myself'),
    agree('q-people', { management: 1, expert: -0.5 }, 'I want to grow other people'),
    agree('q-teach', { training: 1 }, 'I enjoy teaching'),
  ],
});

/**
 * Readiness: expert-eng (4 + 4) / 9 = 0.889; team-lead (2.5 + 4 + 3) / 12 = 0.792 but coaching 2 <= 4 - 2 is gated;
 * trainer (5 * 2/3 + 3) / 8 = 0.792.
 * Fit: expert (1 + 0.25 + 1.5) / 3 = 0.917; management (-1.5 + 2) / 4 = 0.125; training (0 + 1) / 2 = 0.5.
 * Score (0.6 / 0.4): expert-eng 0.533 + 0.367 = 0.9; trainer 0.475 + 0.2 = 0.675; team-lead 0.475 + 0.05 = 0.525.
 */
export function analyst(overrides: Partial<Profile> = {}): Profile {
  return makeProfile({
    current_role: 'analyst',
    ratings: { trouble: 4, product: 4, coaching: 2, planning: 3, teaching: 2 },
    preferences: { 'q-deep': 5, 'q-people': 2, 'q-teach': 3 },
    ...overrides,
  });
}
