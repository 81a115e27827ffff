// A scripted person for the questionnaire: answers each question by what it is about (its topic), from a
// full set of ratings and preference answers, as the person would if every question were asked.
import type { Profile } from '../../src/core/types.js';
import { ScriptedPrompter, type AskedQuestion, type ScriptOptions } from '../../src/prompts/adapter.js';

export interface Persona {
  label: string;
  role: string;
  /** The person's honest rating of every skill (a skill left out: `fallback`). */
  ratings: Record<string, number | null>;
  fallback: number;
  preferences: NonNullable<Profile['preferences']>;
  evidence?: string;
  name?: string;
}

export function ratingOf(p: Persona, skill: string): number | null {
  return Object.hasOwn(p.ratings, skill) ? p.ratings[skill]! : p.fallback;
}

/** The answer a persona gives to a question (review: show the advice; save: skip). */
export function answerFor(p: Persona, q: AskedQuestion): unknown {
  const topic = q.topic!;
  switch (topic.kind) {
    case 'role':
      return p.role;
    case 'preference':
      return p.preferences[topic.id];
    case 'rating':
      return ratingOf(p, topic.id);
    case 'evidence':
      return p.evidence ?? '';
    case 'review':
      return 'done';
    case 'name':
      return p.name ?? '';
    case 'save':
      return '-';
  }
}

export function personaPrompter(p: Persona, options: ScriptOptions = {}, overrides: ((q: AskedQuestion, n: number) => unknown)[] = []): ScriptedPrompter {
  const answers = Array.from({ length: 400 }, (_, n) => (q: AskedQuestion) => (overrides[n] ? overrides[n](q, n) : answerFor(p, q)));
  return new ScriptedPrompter(answers, options);
}

/** The persona's whole profile: every skill of `skills` rated, every question answered. */
export function fullProfile(p: Persona, skills: readonly string[], questions: readonly string[]): Profile {
  const ratings: Record<string, number | null> = {};
  for (const s of skills) ratings[s] = ratingOf(p, s);
  const preferences: Record<string, number | string> = {};
  for (const q of questions) if (p.preferences[q] !== undefined) preferences[q] = p.preferences[q]!;
  return { current_role: p.role, ratings, preferences };
}
