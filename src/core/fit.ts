// Fit: how well each track matches a person's preference answers, from 0 (against) through 0.5 (no signal)
// to 1 (for). Each track is normalised by what the answered questions could have said about it, so a track
// that few questions mention is not penalised for being mentioned rarely.
import { own, type FrameworkIndex, type QuestionPlan } from './index-framework.js';
import type { Profile, Question } from './types.js';

export type Preferences = NonNullable<Profile['preferences']>;

export interface FitResult {
  /** track id -> fit in [0, 1], for every track of the framework. */
  fit: Record<string, number>;
  /** How many preference answers were usable. */
  answered: number;
  /** At least 3 agree answers, all the same: the answers carry no signal. */
  flat: boolean;
}

/** One answered question's pull toward one track. */
export interface Signal {
  question: Question;
  answer: number | string;
  /** The answer in words: the agree scale label or the chosen option's label. */
  answerText: string;
  contribution: number;
}

const AGREE_LABELS: Record<number, string> = {
  1: 'strongly disagree',
  2: 'disagree',
  3: 'neutral',
  4: 'agree',
  5: 'strongly agree',
};

export const MIN_FLAT_ANSWERS = 3;

export function trackFit(index: FrameworkIndex, preferences: Preferences | undefined): FitResult {
  const plan = index.questionPlans;
  // Plain arrays: a small typed array costs an off-heap allocation per person.
  const sums: number[] = new Array<number>(index.trackIds.length).fill(0);
  const maxima: number[] = new Array<number>(index.trackIds.length).fill(0);
  const answers: (number | string | undefined)[] = [];
  let agreeAnswers = 0;
  let sameAgree = true;
  let firstAgree: number | undefined;
  for (const q of plan) {
    const answer = own(preferences, q.question.id);
    const valid = answer !== undefined && isValidAnswer(q.question, answer);
    answers.push(valid ? answer : undefined);
    if (!valid || q.question.type !== 'agree') continue;
    agreeAnswers++;
    if (firstAgree === undefined) firstAgree = answer as number;
    else if (answer !== firstAgree) sameAgree = false;
  }
  // Flat: the same answer to statements that pull opposite ways (agreeing as much that you would rather solve the
  // hard case as that you would rather run the team). The same answer to statements that all point one way is
  // a consistent signal, which an adaptive questionnaire that asks only the likely tracks' statements gets often.
  const flat = agreeAnswers >= MIN_FLAT_ANSWERS && sameAgree && pullsBothWays(plan, (i) => answers[i] !== undefined);

  let answered = 0;
  for (let i = 0; i < plan.length; i++) {
    const q = plan[i]!;
    const answer = answers[i];
    if (answer === undefined) continue;
    answered++;
    // The same answer to statements that pull opposite ways says nothing about the tracks: those answers are
    // left out and the choices alone decide (the questionnaire pre-selects no option, so a choice is a choice).
    if (flat && q.question.type === 'agree') continue;
    const weights = typeof answer === 'number' ? q.agree : q.options.get(answer);
    for (let k = 0; k < q.tracks.length; k++) {
      const t = q.tracks[k]!;
      maxima[t] = maxima[t]! + q.max[k]!;
      const weight = weights?.[k] ?? 0;
      sums[t] = sums[t]! + (typeof answer === 'number' ? (weight * (answer - 3)) / 2 : weight);
    }
  }

  const fit: Record<string, number> = {};
  index.trackIds.forEach((track, t) => {
    const max = maxima[t]!;
    fit[track] = max === 0 ? 0.5 : clamp01((sums[t]! + max) / (2 * max));
  });
  return { fit, answered, flat };
}

/** Whether the agree questions `included` picks pull some track both ways (one for it, one against). */
export function pullsBothWays(plan: readonly QuestionPlan[], included: (i: number) => boolean): boolean {
  const signs = new Map<number, number>();
  for (let i = 0; i < plan.length; i++) {
    const q = plan[i]!;
    if (q.question.type !== 'agree' || !included(i)) continue;
    for (let k = 0; k < q.tracks.length; k++) {
      const w = q.agree[k]!;
      if (w === 0) continue;
      const mask = (signs.get(q.tracks[k]!) ?? 0) | (w > 0 ? 1 : 2);
      if (mask === 3) return true;
      signs.set(q.tracks[k]!, mask);
    }
  }
  return false;
}

/** The fit of a track, 0.5 (neutral) for a track the framework does not declare. */
export function fitOf(result: FitResult, track: string): number {
  return own(result.fit, track) ?? 0.5;
}

/** Agree questions take a whole number 1..5; choice questions take one of their option ids. */
export function isValidAnswer(question: Question, answer: unknown): answer is number | string {
  if (question.type === 'agree') return typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= 5;
  return typeof answer === 'string' && question.options.some((o) => o.id === answer);
}

/**
 * The answer that supports `track` most (ties: the question id first), or undefined when none does: what a
 * reason can quote as "this is why the path fits you". Only answers that say yes to the track count: an
 * agreement with a statement that favours it, or a chosen option that favours it. Disagreeing with a
 * statement that favours another track is no reason to go anywhere in particular.
 */
export function strongestSignal(index: FrameworkIndex, preferences: Preferences | undefined, track: string, flat = false): Signal | undefined {
  let best: Signal | undefined;
  for (const id of index.questionIds) {
    const question = index.questions.get(id)!;
    const answer = own(preferences, id);
    if (answer === undefined || !isValidAnswer(question, answer)) continue;
    if (flat && question.type === 'agree') continue; // flat agree answers carry no signal (see trackFit)
    if (question.type === 'agree' && ((answer as number) < 4 || (own(question.weights, track) ?? 0) <= 0)) continue;
    const value = contribution(question, answer, track);
    if (value > 0 && (!best || value > best.contribution)) {
      best = { question, answer, answerText: answerText(question, answer), contribution: value };
    }
  }
  return best;
}

/**
 * A clear "no" to a track: a disagreement (1 or 2) with a statement that speaks for it (weight >= 0.8).
 * The advice then does not offer that track as the runner-up as if nothing had been said.
 */
export function againstSignal(index: FrameworkIndex, preferences: Preferences | undefined, track: string, flat = false): Signal | undefined {
  if (flat) return undefined;
  let worst: Signal | undefined;
  for (const id of index.questionIds) {
    const question = index.questions.get(id)!;
    if (question.type !== 'agree') continue;
    const answer = own(preferences, id);
    if (answer === undefined || !isValidAnswer(question, answer) || (answer as number) > 2) continue;
    if ((own(question.weights, track) ?? 0) < 0.8) continue;
    const value = contribution(question, answer, track);
    if (!worst || value < worst.contribution) worst = { question, answer, answerText: answerText(question, answer), contribution: value };
  }
  return worst;
}

function contribution(question: Question, answer: number | string, track: string): number {
  if (question.type === 'agree') return ((own(question.weights, track) ?? 0) * ((answer as number) - 3)) / 2;
  const option = question.options.find((o) => o.id === answer);
  return own(option?.weights, track) ?? 0;
}

function answerText(question: Question, answer: number | string): string {
  if (question.type === 'agree') return AGREE_LABELS[answer as number] ?? String(answer);
  return question.options.find((o) => o.id === answer)?.label ?? String(answer);
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
