// The questionnaire of `rungs assess`, as data: which skills to rate (only those that matter for the current
// role and the roles one step away), in which order, and the choices each question offers. Pure: the flow
// (src/cli/assess-flow.ts) asks them through a prompter and the prompt library never shows up here.
import { compareIds, type FrameworkIndex } from './index-framework.js';
import type { Category, Question, Role, ScaleLevel, Skill } from './types.js';

/** One skill to rate, with why it is asked. */
export interface PlannedSkill {
  skill: Skill;
  category: Category;
  /** The highest importance any of the planned roles gives it. */
  importance: number;
  /** importance >= scoring.core_importance in at least one of the planned roles. */
  core: boolean;
  /** The roles (current and next) that require it, by id. */
  roles: string[];
}

export interface PlannedCategory {
  category: Category;
  skills: PlannedSkill[];
}

export interface QuestionnairePlan {
  currentRole: Role;
  /** The roles one step away (promotions and lateral moves), by id. */
  nextRoles: Role[];
  quick: boolean;
  /** The skills to rate, in asking order (categories in framework order, then importance, then id). */
  skills: PlannedSkill[];
  /** The same skills grouped by category, for one header per category. */
  categories: PlannedCategory[];
  /** The preference questions, in file order. */
  questions: Question[];
  /** Numbered questions: ratings + preference questions (evidence lines are not counted). */
  total: number;
}

export class UnknownCurrentRoleError extends Error {
  constructor(readonly roleId: string) {
    super(`unknown role "${roleId}"`);
    this.name = 'UnknownCurrentRoleError';
  }
}

export function planQuestionnaire(index: FrameworkIndex, currentRoleId: string, options: { quick?: boolean } = {}): QuestionnairePlan {
  const currentRole = index.roles.get(currentRoleId);
  if (!currentRole) throw new UnknownCurrentRoleError(currentRoleId);
  const quick = options.quick === true;
  const nextRoles = (index.outgoing.get(currentRoleId) ?? []).map((edge) => index.roles.get(edge.role)!);
  const coreImportance = index.framework.meta.scoring.core_importance;

  // skill id -> highest importance and the roles asking for it
  const wanted = new Map<string, { importance: number; roles: string[] }>();
  for (const role of [currentRole, ...nextRoles]) {
    for (const requirement of index.requirements.get(role.id) ?? []) {
      if (!index.skills.has(requirement.skill)) continue; // an unknown skill: the framework rules report it
      const seen = wanted.get(requirement.skill);
      if (seen) {
        seen.importance = Math.max(seen.importance, requirement.importance);
        if (!seen.roles.includes(role.id)) seen.roles.push(role.id);
      } else {
        wanted.set(requirement.skill, { importance: requirement.importance, roles: [role.id] });
      }
    }
  }

  const categoryOrder = index.framework.meta.categories;
  const categoryRank = new Map(categoryOrder.map((c, i) => [c.id, i]));
  const planned: PlannedSkill[] = [];
  for (const [id, { importance, roles }] of wanted) {
    const core = importance >= coreImportance;
    if (quick && !core) continue;
    const skill = index.skills.get(id)!;
    const category = categoryOrder.find((c) => c.id === skill.category) ?? { id: skill.category, name: skill.category };
    planned.push({ skill, category, importance, core, roles: [...roles].sort(compareIds) });
  }
  const rank = (p: PlannedSkill) => categoryRank.get(p.category.id) ?? categoryOrder.length;
  planned.sort(
    (a, b) =>
      rank(a) - rank(b) || compareIds(a.category.id, b.category.id) || b.importance - a.importance || compareIds(a.skill.id, b.skill.id),
  );

  const categories: PlannedCategory[] = [];
  for (const p of planned) {
    const last = categories[categories.length - 1];
    if (last && last.category.id === p.category.id) last.skills.push(p);
    else categories.push({ category: p.category, skills: [p] });
  }

  const questions = [...index.framework.questions];
  return {
    currentRole,
    nextRoles,
    quick,
    skills: planned,
    categories,
    questions,
    total: planned.length + questions.length,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Choices

export interface Choice<T> {
  value: T;
  /** What the list shows. */
  name: string;
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
 * The choices for rating one skill: a choice per level 0..5 showing the level name and the skill's anchor for
 * that level, and "Not sure". Levels 1..5 come first and 0 after them, so that the n-th choice is level n:
 * the select prompt moves to the n-th choice when a digit is typed, and typing 3 must mean level 3.
 */
export function ratingChoices(skill: Skill, scale: readonly ScaleLevel[]): Choice<RatingValue>[] {
  const levels = [1, 2, 3, 4, 5, 0];
  const choices: Choice<RatingValue>[] = levels.map((level) => {
    const { name, description } = scaleLevel(scale, level);
    return {
      value: level,
      name: `${level} ${name}: ${anchorFor(skill, scale, level)}`,
      short: `${level} ${name}`,
      ...(description && level > 0 ? { description: `${name}, in general: ${description}` } : {}),
    };
  });
  choices.push({
    value: null,
    name: `${NOT_SURE_LABEL} (leave it unrated: it counts as unknown, not as zero)`,
    short: NOT_SURE_LABEL,
  });
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
    return AGREE_LABELS.map((label, i) => ({ value: i + 1, name: `${i + 1} ${label}`, short: label }));
  }
  return question.options.map((option) => ({ value: option.id, name: option.label }));
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

/** `[7/23] Technical · Troubleshooting` */
export function progressLabel(n: number, total: number, ...parts: string[]): string {
  return `[${n}/${total}] ${parts.join(' · ')}`;
}

/** Agree answers and option ids in words, for messages. */
export function preferenceLabel(question: Question, answer: number | string): string {
  const choice = preferenceChoices(question).find((c) => c.value === answer);
  return choice?.short ?? choice?.name ?? String(answer);
}
