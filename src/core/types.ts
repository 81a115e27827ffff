// The framework model: plain data, as the YAML files describe it (after schema validation).
// Field names follow the YAML files (snake_case) so that a file and its model read the same.

export type Level = 0 | 1 | 2 | 3 | 4 | 5;

export interface ScaleLevel {
  level: number;
  name: string;
  description: string;
}

export const TRACK_KINDS = ['foundation', 'expert', 'management', 'lateral'] as const;
export type TrackKind = (typeof TRACK_KINDS)[number];

export interface Track {
  id: string;
  name: string;
  kind: TrackKind;
  description: string;
  /** What people on this track find rewarding: used to explain the expert/management fork. */
  rewards?: string;
}

export interface Category {
  id: string;
  name: string;
  description?: string;
}

export interface ScoringSettings {
  /** Readiness (0..1) at or above which a role counts as ready. */
  readiness_threshold: number;
  /**
   * score = readiness x weights.readiness + fit x weights.fit + progress x weights.progress (adding up to 1),
   * where progress is 1 for a move up a level, 0.5 for a move to another track at the same level, 0 otherwise.
   */
  weights: { readiness: number; fit: number; progress?: number };
  /** A requirement with importance >= this is a core skill (asked in --quick, gates readiness). */
  core_importance: number;
  /** A core skill this many levels (or more) below its target means "not ready yet". */
  core_gap_gate: number;
  /** Readiness at or above this (but below the threshold) counts as "close" in bench reports. */
  close_threshold: number;
  /** Self and manager ratings this many levels apart are flagged for a calibration talk. */
  calibration_gap: number;
  /** Warn when more than this share of a role's requirements is unrated. */
  unknown_share_warning: number;
  /**
   * Team reports show bench strength for every role at this level or above off the foundation track (and for
   * every recommended role): the framework's first lead rung. Default DEFAULT_BENCH_MIN_LEVEL (5).
   */
  bench_min_level?: number;
  /** The level assumed for an unrated skill the person's current role does not require (default 1). */
  unrated_prior?: number;
}

export interface FrameworkMeta {
  name: string;
  version: string;
  description?: string;
  scale: ScaleLevel[];
  tracks: Track[];
  categories: Category[];
  scoring: ScoringSettings;
  /** Branding for `rungs site`. */
  site?: SiteBranding;
}

export interface SiteBranding {
  /** Shown on every page instead of the framework's name. */
  title?: string;
  /** A CSS hex colour (#rgb or #rrggbb), checked by the schema. */
  accent?: string;
}

export const DEVELOP_KINDS = ['training', 'practice', 'certification', 'mentoring', 'reading'] as const;
export type DevelopKind = (typeof DEVELOP_KINDS)[number];

export interface DevelopAction {
  kind: DevelopKind;
  action: string;
  /** The target levels this action helps reach, inclusive [from, to]; absent means any level. */
  levels?: [number, number];
}

export interface Skill {
  id: string;
  name: string;
  category: string;
  description: string;
  /** The question shown when a person rates this skill. */
  question: string;
  /** A behavioural anchor per level 1..5 (level 0 is the scale's generic "None"). Keys are "1".."5". */
  anchors: Record<string, string>;
  develop: DevelopAction[];
}

export interface Requirement {
  skill: string;
  level: number;
  /** 1 (nice to have) .. 5 (essential). */
  importance: number;
}

export const EDGE_TYPES = ['promotion', 'lateral'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export interface Edge {
  role: string;
  type: EdgeType;
  note?: string;
}

export interface Role {
  id: string;
  title: string;
  /** Other titles people know the role by: the role search finds it by them. */
  aliases?: string[];
  level: number;
  track: string;
  /** A role people can be hired into directly: the roots of the role graph. */
  entry?: boolean;
  summary: string;
  responsibilities: string[];
  how_to_get_here: string[];
  skills: Requirement[];
  certifications?: string[];
  next?: Edge[];
}

export interface ChoiceOption {
  id: string;
  label: string;
  /** track id -> weight in [-1, 1] */
  weights: Record<string, number>;
}

export type Question =
  | {
      id: string;
      type: 'agree';
      text: string;
      /** track id -> weight in [-1, 1]; an answer of 1..5 scales it by (answer - 3) / 2. */
      weights: Record<string, number>;
    }
  | {
      id: string;
      type: 'choice';
      text: string;
      options: ChoiceOption[];
    };

/** A whole framework: what the loader returns once every file has been read. */
export interface Framework {
  meta: FrameworkMeta;
  skills: Skill[];
  roles: Role[];
  questions: Question[];
}

/** A person's saved answers. `null` in ratings means "not sure" (unknown, not zero). */
export interface Profile {
  name?: string;
  current_role: string;
  ratings: Record<string, number | null>;
  preferences?: Record<string, number | string>;
  manager_ratings?: Record<string, number>;
  evidence?: Record<string, string>;
  assessed_on?: string;
  framework_version?: string;
  /** Set when the questionnaire was interrupted: `assess --resume` continues from here. */
  incomplete?: boolean;
  /** The date of `manager_ratings`, YYYY-MM-DD. */
  manager_assessed_on?: string;
  /** Earlier assessments, oldest first, at most HISTORY_LIMIT (src/core/history.ts). */
  history?: HistoryEntry[];
  /** The questionnaire's mode: `quick` for `assess --quick` (kept when resuming). */
  mode?: 'quick' | 'full';
}

/** One earlier assessment kept in a profile's `history`. Its ids may name skills the framework has since dropped. */
export interface HistoryEntry {
  assessed_on: string;
  current_role: string;
  ratings: Record<string, number | null>;
  preferences?: Record<string, number | string>;
  evidence?: Record<string, string>;
  manager_ratings?: Record<string, number>;
  manager_assessed_on?: string;
  framework_version?: string;
}
