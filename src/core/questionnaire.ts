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
  /** Other words a search finds it by (a role's aliases). */
  keywords?: string[];
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

/** Every role for the "current role" list: by level, then title; the name shows level and track; aliases are searched too. */
export function roleChoices(index: FrameworkIndex): Choice<string>[] {
  return [...index.roles.values()]
    .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title, 'en') || compareIds(a.id, b.id))
    .map((role) => {
      const track = index.tracks.get(role.track)?.name ?? role.track;
      return {
        value: role.id,
        name: `${role.title} (level ${role.level}, ${track})`,
        short: role.title,
        description: role.summary,
        ...(role.aliases?.length ? { keywords: role.aliases } : {}),
      };
    });
}

/**
 * The choices a search term finds, best first, forgivingly: each word of the term must match a word of the
 * choice's name, keywords (a role's aliases) or value, as its start, inside it, or within a typo or two
 * ("tecnician"); "helpdesk" also matches "help desk". A term equal to a whole alias or name ranks first.
 */
export function filterChoices<T>(choices: readonly Choice<T>[], term: string | undefined): Choice<T>[] {
  const words = normalise(term ?? '').split(' ').filter(Boolean);
  if (!words.length) return [...choices];
  const phrase = words.join(' ');
  const scored: { choice: Choice<T>; score: number; i: number }[] = [];
  choices.forEach((choice, i) => {
    const phrases = [choice.short ?? choice.name, choice.name, ...(choice.keywords ?? []), typeof choice.value === 'string' ? choice.value : ''].map(normalise);
    const tokens = new Set(phrases.flatMap((p) => p.split(' ')).filter(Boolean));
    // "help desk" as one word too, so that "helpdesk" finds it
    for (const p of phrases) {
      const parts = p.split(' ');
      for (let k = 0; k + 1 < parts.length; k++) tokens.add(parts[k]! + parts[k + 1]!);
    }
    // the whole term as a name or alias, then as words in a row of one
    let score = phrases.includes(phrase) ? 100 : phrases.some((p) => ` ${p}`.includes(` ${phrase}`)) ? 50 : 0;
    for (const word of words) {
      let best = 0;
      for (const token of tokens) best = Math.max(best, wordMatch(word, token));
      if (best === 0) return;
      score += best;
    }
    scored.push({ choice, score, i });
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.choice);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** 3: the same word; 2: the start of it; 1: inside it, or a typo away. 0: no match. */
function wordMatch(word: string, token: string): number {
  if (word === token) return 3;
  if (token.startsWith(word)) return 2;
  if (word.length >= 3 && token.includes(word)) return 1;
  const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (allowed && Math.abs(token.length - word.length) <= allowed && editDistance(word, token, allowed) <= allowed) return 1;
  // a typo in the part typed so far: "tecn" -> "technician"
  if (allowed && word.length >= 4 && token.length > word.length && editDistance(word, token.slice(0, word.length), allowed) <= allowed) return 1;
  return 0;
}

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      min = Math.min(min, row[j]!);
    }
    if (min > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
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
