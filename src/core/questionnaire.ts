// The questions of `rungs assess` as data: the choices each one offers and how they read. Pure: the flow
// (src/cli/assess-flow.ts) asks them through a prompter, in the order src/core/asking.ts gives.
import { compareIds, type FrameworkIndex } from './index-framework.js';
import type { Question, ScaleLevel, Skill } from './types.js';

export class UnknownCurrentRoleError extends Error {
  constructor(readonly roleId: string) {
    super(`unknown role "${roleId}"`);
    this.name = 'UnknownCurrentRoleError';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Choices

export interface Choice<T> {
  value: T;
  /** What the list shows (with `text`, the short label before it). */
  name: string;
  /** A longer text beside the name, shortened to fit the terminal (in full on `?`). */
  text?: string;
  /** A key that chooses it at once: a level's digit, `n` for "not sure". */
  key?: string;
  /** What the answered question shows. */
  short?: string;
  /** Shown under the list for the highlighted choice. */
  description?: string;
}

/** A rating answer: a level 0..5, or null for "not sure" (saved as null: unknown, not zero). */
export type RatingValue = number | null;

export const NOT_SURE_LABEL = 'Not sure';

/** The name and generic description of each level of the framework's scale. */
export function scaleLevel(scale: readonly ScaleLevel[], level: number): ScaleLevel {
  return scale.find((s) => s.level === level) ?? { level, name: `Level ${level}`, description: '' };
}

/** The behavioural anchor of a skill at a level: the skill's own, else (level 0, or a gap) the scale's. */
export function anchorFor(skill: Skill, scale: readonly ScaleLevel[], level: number): string {
  const own = level > 0 && Object.hasOwn(skill.anchors, String(level)) ? skill.anchors[String(level)] : undefined;
  return own ?? scaleLevel(scale, level).description;
}

/**
 * The choices for rating one skill: a choice per level 0..5 with the level name and, beside it, the skill's
 * anchor for that level, and "Not sure". Levels 1..5 first, 0 after them; the digit of a level chooses it.
 */
export function ratingChoices(skill: Skill, scale: readonly ScaleLevel[]): Choice<RatingValue>[] {
  const levels = [1, 2, 3, 4, 5, 0];
  const choices: Choice<RatingValue>[] = levels.map((level) => {
    const { name, description } = scaleLevel(scale, level);
    return {
      value: level,
      name: `${level} ${name}`,
      text: anchorFor(skill, scale, level),
      key: String(level),
      short: `${level} ${name}`,
      ...(description && level > 0 ? { description: `${name}, in general: ${description}` } : {}),
    };
  });
  choices.push({ value: null, name: NOT_SURE_LABEL, text: 'leave it unrated: it counts as unknown, not as zero', key: 'n', short: NOT_SURE_LABEL });
  return choices;
}

/** The short label of a rating, as the answered question shows it. */
export function ratingLabel(value: RatingValue, scale: readonly ScaleLevel[]): string {
  return value === null ? NOT_SURE_LABEL : `${value} ${scaleLevel(scale, value).name}`;
}

export const AGREE_LABELS = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] as const;

/** agree: 1..5 labelled Strongly disagree..Strongly agree; choice: its options, in file order. */
export function preferenceChoices(question: Question): Choice<number | string>[] {
  if (question.type === 'agree') {
    return AGREE_LABELS.map((label, i) => ({ value: i + 1, name: `${i + 1} ${label}`, short: label, key: String(i + 1) }));
  }
  return question.options.map((option, i) => ({ value: option.id, name: `${i + 1} ${option.label}`, short: option.label, ...(i < 9 ? { key: String(i + 1) } : {}) }));
}

/** Every role for the "current role" list: by level, then title; the name shows level and track. */
export function roleChoices(index: FrameworkIndex): Choice<string>[] {
  return [...index.roles.values()]
    .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title, 'en') || compareIds(a.id, b.id))
    .map((role) => {
      const track = index.tracks.get(role.track)?.name ?? role.track;
      return { value: role.id, name: `${role.title} (level ${role.level}, ${track})`, short: role.title, description: role.summary };
    });
}

/** The choices whose name (or string value) contains every word of the search term, case-insensitively. */
export function filterChoices<T>(choices: readonly Choice<T>[], term: string | undefined): Choice<T>[] {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...choices];
  return choices.filter((choice) => {
    const haystack = `${choice.name} ${typeof choice.value === 'string' ? choice.value : ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** `[7 of about 15]`: the question, against the count expected (not the worst case). */
export function progressLabel(n: number, expected: number): string {
  return `[${n} of about ${Math.max(n, expected)}]`;
}

/** Agree answers and option ids in words, for messages. */
export function preferenceLabel(question: Question, answer: number | string): string {
  const choice = preferenceChoices(question).find((c) => c.value === answer);
  return choice?.short ?? choice?.name ?? String(answer);
}
