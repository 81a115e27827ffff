// fast-check generators for whole frameworks and profiles, plus order shufflers: the raw material of the
// property tests. Ids are unique within each list (duplicates are the rules' business, not the engine's).
import fc from 'fast-check';
import type { DevelopAction, Framework, Profile, Question, Role, ScoringSettings, Skill } from '../../src/core/types.js';
import { DEVELOP_KINDS } from '../../src/core/types.js';
import { DEFAULT_TRACKS, makeFramework, makeRole, makeSkill } from './builders.js';

export const SKILL_IDS = ['s0', 's1', 's2', 's3', 's4', 's5'];
/** The declared tracks plus one no track declares, which the engine must treat as neutral. */
const TRACK_IDS = [...DEFAULT_TRACKS.map((t) => t.id), 'undeclared'];

const weight = fc.double({ min: -1, max: 1, noNaN: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const trackWeights = fc.dictionary(fc.constantFrom(...TRACK_IDS), weight, { maxKeys: 3 });

const developAction: fc.Arbitrary<DevelopAction> = fc
  .record({
    kind: fc.constantFrom(...DEVELOP_KINDS),
    action: fc.constantFrom('read', 'practise', 'train', 'shadow'),
    levels: fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { nil: undefined }),
  })
  .map(({ levels, ...rest }) => (levels ? { ...rest, levels: [Math.min(...levels), Math.max(...levels)] as [number, number] } : rest));

const skill = (id: string): fc.Arbitrary<Skill> =>
  fc.array(developAction, { maxLength: 3 }).map((develop) => makeSkill(id, { develop }));

const role = (id: string, others: string[]): fc.Arbitrary<Role> =>
  fc
    .record({
      level: fc.integer({ min: 1, max: 9 }),
      track: fc.constantFrom(...TRACK_IDS),
      skills: fc.subarray(SKILL_IDS).chain((ids) =>
        fc.tuple(...ids.map((s) => fc.record({ skill: fc.constant(s), level: fc.integer({ min: 1, max: 5 }), importance: fc.integer({ min: 1, max: 5 }) }))),
      ),
      next: fc.subarray(others).chain((ids) =>
        fc.tuple(...ids.map((r) => fc.record({ role: fc.constant(r), type: fc.constantFrom('promotion' as const, 'lateral' as const) }))),
      ),
    })
    .map((fields) => makeRole(id, fields));

const question = (id: string): fc.Arbitrary<Question> =>
  fc.oneof(
    trackWeights.map((weights): Question => ({ id, type: 'agree', text: `Agree ${id}`, weights })),
    fc.array(trackWeights, { minLength: 1, maxLength: 3 }).map(
      (list): Question => ({
        id,
        type: 'choice',
        text: `Choose ${id}`,
        options: list.map((weights, i) => ({ id: `o${i}`, label: `Option ${i}`, weights })),
      }),
    ),
  );

const scoring: fc.Arbitrary<Partial<ScoringSettings>> = fc.record({
  readiness_threshold: share,
  weights: share.map((w) => ({ readiness: w, fit: 1 - w })),
  core_importance: fc.integer({ min: 1, max: 5 }),
  core_gap_gate: fc.integer({ min: 1, max: 3 }),
  calibration_gap: fc.integer({ min: 1, max: 3 }),
  unknown_share_warning: share,
});

export const arbFramework: fc.Arbitrary<Framework> = fc
  .record({ roles: fc.integer({ min: 1, max: 6 }), questions: fc.integer({ min: 0, max: 4 }) })
  .chain(({ roles, questions }) => {
    const roleIds = Array.from({ length: roles }, (_, i) => `r${i}`);
    return fc.record({
      scoring,
      skills: fc.tuple(...SKILL_IDS.map(skill)),
      roles: fc.tuple(...roleIds.map((id) => role(id, roleIds.filter((o) => o !== id)))),
      questions: fc.tuple(...Array.from({ length: questions }, (_, i) => question(`q${i}`))),
    });
  })
  .map(({ scoring, ...rest }) => makeFramework({ ...rest, meta: { scoring } }));

/** A profile for the framework: mostly valid, with the odd unknown id and invalid answer mixed in. */
export function arbProfile(fw: Framework): fc.Arbitrary<Profile> {
  const rating = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null));
  const answers = fw.questions.map((q) =>
    fc.oneof(
      q.type === 'agree' ? fc.integer({ min: 1, max: 5 }) : fc.constantFrom(...q.options.map((o) => o.id)),
      fc.constantFrom<number | string>(3, 'o0', 'nonsense'),
    ),
  );
  return fc.record({
    current_role: fc.constantFrom(...fw.roles.map((r) => r.id)),
    ratings: fc.dictionary(fc.constantFrom(...SKILL_IDS, 'unknown-skill'), rating),
    preferences: fc.tuple(...answers.map((a) => fc.option(a, { nil: undefined }))).map((list) => {
      const prefs: Record<string, number | string> = {};
      list.forEach((answer, i) => {
        if (answer !== undefined) prefs[`q${i}`] = answer;
      });
      return prefs;
    }),
    manager_ratings: fc.dictionary(fc.constantFrom(...SKILL_IDS), fc.integer({ min: 0, max: 5 })),
    incomplete: fc.boolean(),
  });
}

export const arbCase = arbFramework.chain((fw) => arbProfile(fw).map((profile) => ({ fw, profile })));

/** A seeded shuffle (mulberry32), so a failing case replays exactly. */
export function shuffler(seed: number): <T>(items: readonly T[]) => T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]) => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

/**
 * The same framework with every list and keyed map in another order. Develop actions keep their
 * authored order: the advice lists them as the author wrote them.
 */
export function shuffleFramework(fw: Framework, seed: number): Framework {
  const shuffle = shuffler(seed);
  const keys = <T>(record: Record<string, T>) => Object.fromEntries(shuffle(Object.entries(record)));
  return {
    meta: { ...fw.meta, tracks: shuffle(fw.meta.tracks), categories: shuffle(fw.meta.categories) },
    skills: shuffle(fw.skills),
    roles: shuffle(fw.roles).map((r) => ({ ...r, skills: shuffle(r.skills), next: shuffle(r.next ?? []) })),
    questions: shuffle(fw.questions).map((q) =>
      q.type === 'agree'
        ? { ...q, weights: keys(q.weights) }
        : { ...q, options: shuffle(q.options).map((o) => ({ ...o, weights: keys(o.weights) })) },
    ),
  };
}

export function shuffleProfile(profile: Profile, seed: number): Profile {
  const shuffle = shuffler(seed);
  const keys = <T>(record: Record<string, T> | undefined) => record && Object.fromEntries(shuffle(Object.entries(record)));
  return {
    ...profile,
    ratings: keys(profile.ratings)!,
    preferences: keys(profile.preferences),
    manager_ratings: keys(profile.manager_ratings),
  };
}
