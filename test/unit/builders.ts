// Small hand-made frameworks and profiles for unit tests: every field has a harmless default, so a test
// states only what it is about.
import { indexFramework, type FrameworkIndex } from '../../src/core/index-framework.js';
import type {
  ChoiceOption,
  Edge,
  EdgeType,
  Framework,
  FrameworkMeta,
  Profile,
  Question,
  Requirement,
  Role,
  ScoringSettings,
  Skill,
  Track,
} from '../../src/core/types.js';

/** The default framework's scoring settings (data/framework.yaml). */
export const DEFAULT_SCORING: ScoringSettings = {
  readiness_threshold: 0.7,
  weights: { readiness: 0.6, fit: 0.4 },
  core_importance: 4,
  core_gap_gate: 2,
  close_threshold: 0.55,
  calibration_gap: 2,
  unknown_share_warning: 0.3,
};

/** One track of each kind. */
export const DEFAULT_TRACKS: Track[] = [
  { id: 'foundation', name: 'Foundation', kind: 'foundation', description: 'The front line.', rewards: 'Many small wins a day.' },
  { id: 'expert', name: 'Expert path', kind: 'expert', description: 'Going deep.', rewards: 'Solving the problems nobody else can.' },
  { id: 'management', name: 'Management path', kind: 'management', description: 'Running teams.', rewards: 'Growing people and teams.' },
  { id: 'training', name: 'Training', kind: 'lateral', description: 'Teaching others.', rewards: 'Seeing people grow.' },
];

export interface FrameworkOverrides {
  meta?: Partial<Omit<FrameworkMeta, 'scoring'>> & { scoring?: Partial<ScoringSettings> };
  /** When left out, one default skill per skill id the roles require. */
  skills?: Skill[];
  roles?: Role[];
  questions?: Question[];
}

export function makeFramework(overrides: FrameworkOverrides = {}): Framework {
  const { scoring, ...meta } = overrides.meta ?? {};
  const roles = overrides.roles ?? [];
  const required = [...new Set(roles.flatMap((r) => r.skills.map((s) => s.skill)))].sort();
  return {
    meta: {
      name: 'Test framework',
      version: '1.0.0',
      scale: [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: `L${level}`, description: `Level ${level}.` })),
      tracks: DEFAULT_TRACKS,
      categories: [
        { id: 'technical', name: 'Technical' },
        { id: 'interpersonal', name: 'Interpersonal' },
      ],
      ...meta,
      scoring: { ...DEFAULT_SCORING, ...scoring, weights: { ...DEFAULT_SCORING.weights, ...scoring?.weights } },
    },
    skills: overrides.skills ?? required.map((id) => makeSkill(id)),
    roles,
    questions: overrides.questions ?? [],
  };
}

export function makeIndex(overrides: FrameworkOverrides = {}): FrameworkIndex {
  return indexFramework(makeFramework(overrides));
}

/** A skill named after its id ("coaching-skills" -> "Coaching skills"). */
export function makeSkill(id: string, overrides: Partial<Skill> = {}): Skill {
  return {
    id,
    name: titleOf(id),
    category: 'technical',
    description: `The ${id} skill.`,
    question: `How well do you ${id}?`,
    anchors: { '1': 'a', '2': 'b', '3': 'c', '4': 'd', '5': 'e' },
    develop: [],
    ...overrides,
  };
}

export function makeRole(id: string, overrides: Partial<Role> = {}): Role {
  return {
    id,
    title: titleOf(id),
    level: 1,
    track: 'foundation',
    summary: `The ${id} role.`,
    responsibilities: ['Do the work.'],
    how_to_get_here: ['Get there.'],
    skills: [],
    ...overrides,
  };
}

export function req(skill: string, level: number, importance = 3): Requirement {
  return { skill, level, importance };
}

export function edge(role: string, type: EdgeType = 'promotion'): Edge {
  return { role, type };
}

export function agree(id: string, weights: Record<string, number>, text = `Statement ${id}`): Question {
  return { id, type: 'agree', text, weights };
}

/** options: option id -> track weights; labels are the option ids in capitals. */
export function choice(id: string, options: Record<string, Record<string, number>>, text = `Question ${id}`): Question {
  const list: ChoiceOption[] = Object.entries(options).map(([oid, weights]) => ({ id: oid, label: oid.toUpperCase(), weights }));
  return { id, type: 'choice', text, options: list };
}

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return { current_role: 'agent', ratings: {}, ...overrides };
}

function titleOf(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
