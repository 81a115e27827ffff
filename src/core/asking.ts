// Which question the questionnaire asks next, and when it stops: the preference questions that can tell the
// plausible next moves apart come first, then skills one at a time, most decisive first, until the stopping
// rule (src/core/stopping.ts) says the advice is settled. Pure: the flow (src/cli/assess-flow.ts) asks.
import type { FrameworkIndex } from './index-framework.js';
import { UnknownCurrentRoleError } from './questionnaire.js';
import { bandOf, decisiveOrder, settle, type Verdict } from './stopping.js';
import type { Profile, Question, Role } from './types.js';

export const MODES = ['full', 'quick'] as const;
export type Mode = (typeof MODES)[number];

/** --quick asks at most this many prompts in all, the role included. */
export const QUICK_MAX_PROMPTS = 12;
/** Evidence lines asked per run, at most: a line or two where the advice rests on a high rating, not a form to fill. */
export const MAX_EVIDENCE = 2;
/** Rough seconds per answer, for "about N questions, M minutes". */
const SECONDS_PER_QUESTION = 25;

export interface AskingPlan {
  currentRole: Role;
  nextRoles: Role[];
  mode: Mode;
  /** The preference questions asked first, in order: the choice questions (each answer points one way). */
  questions: Question[];
  /**
   * Agree questions on the next moves' tracks (full mode): asked only while an answer to them could still
   * change the advice, most telling first.
   */
  later: Question[];
  /** The skills that may be asked (full: every skill the role and its next moves require; quick: the core ones). */
  pool: string[];
  /** The most skill ratings to ask (quick: what the prompt budget leaves; full: the whole pool). */
  skillBudget: number;
}

export function planAsking(index: FrameworkIndex, currentRoleId: string, mode: Mode = 'full'): AskingPlan {
  const currentRole = index.roles.get(currentRoleId);
  if (!currentRole) throw new UnknownCurrentRoleError(currentRoleId);
  const nextRoles = (index.outgoing.get(currentRoleId) ?? []).map((edge) => index.roles.get(edge.role)!);
  const core = index.framework.meta.scoring.core_importance;

  // Preferences move the advice only through the fit of the next moves' tracks.
  const tracks = new Set(nextRoles.map((r) => r.track));
  const pull = (q: Question) => {
    const weights = q.type === 'agree' ? [q.weights] : q.options.map((o) => o.weights);
    let sum = 0;
    for (const w of weights) for (const t of tracks) sum += Math.abs(w[t] ?? 0);
    return sum;
  };
  // Choice questions first (each answer points at one direction); agree questions only in full mode, and only
  // when the next moves lie on more than one track (on one track, fit cannot tell them apart).
  const questions = index.framework.questions.filter((q) => q.type === 'choice' && pull(q) > 0);
  const later =
    mode === 'full' && tracks.size > 1
      ? index.framework.questions
          .map((q, i) => ({ q, i, pull: pull(q) }))
          .filter((x) => x.q.type === 'agree' && x.pull > 0)
          .sort((a, b) => b.pull - a.pull || a.i - b.i)
          .map((x) => x.q)
      : [];

  const importance = new Map<string, number>();
  for (const role of [currentRole, ...nextRoles]) {
    for (const r of role.skills) if (index.skills.has(r.skill)) importance.set(r.skill, Math.max(importance.get(r.skill) ?? 0, r.importance));
  }
  const pool = [...importance].filter(([, imp]) => mode === 'full' || imp >= core).map(([id]) => id).sort();
  // quick: the role, the choice questions, the skills, the review screen and the name make QUICK_MAX_PROMPTS.
  const skillBudget = mode === 'quick' ? Math.max(0, QUICK_MAX_PROMPTS - 3 - questions.length) : pool.length;
  return { currentRole, nextRoles, mode, questions, later, pool, skillBudget };
}

export interface NextStep {
  /** The advice is settled (or the budget is spent): stop asking. */
  done: boolean;
  /** The skill to ask next, when not done. */
  next: string | null;
  /** Or the preference question to ask next: the skills alone would settle it, but this answer might not. */
  question: string | null;
  /** Pool skills not answered: when done, the ones assumed at their prior. */
  remaining: string[];
  verdict: Verdict;
  /** The budget, not the stopping rule, ended it (quick mode). */
  outOfBudget: boolean;
}

/** Given the answers so far, the next skill (or late preference question) to ask, or that it is time to stop. */
export function nextStep(index: FrameworkIndex, plan: AskingPlan, profile: Profile, skillsAsked: number): NextStep {
  const remaining = plan.pool.filter((id) => !Object.hasOwn(profile.ratings, id));
  const open = plan.later.filter((q) => !Object.hasOwn(profile.preferences ?? {}, q.id));
  const openIds = open.map((q) => q.id);
  const s = settle(index, profile, remaining, openIds);
  const stop = (outOfBudget: boolean): NextStep => ({ done: true, next: null, question: null, remaining, verdict: s.verdict, outOfBudget });
  if (s.settled) return stop(false);
  // The skills could settle it with the preferences as they are: then a preference answer is what is open.
  const skillsAlone = open.length ? settle(index, profile, remaining) : undefined;
  if (open.length && (skillsAlone!.settled || remaining.length === 0 || skillsAsked >= plan.skillBudget)) {
    const rival = s.open && 'rival' in s.open ? index.roles.get(s.open.rival) : undefined;
    const leader = s.verdict.role ? index.roles.get(s.verdict.role) : undefined;
    return { done: false, next: null, question: mostTelling(open, leader?.track, rival?.track).id, remaining, verdict: s.verdict, outOfBudget: false };
  }
  if (remaining.length === 0 || skillsAsked >= plan.skillBudget) return stop(remaining.length > 0);
  return { done: false, next: decisiveOrder(index, profile, remaining)[0]!, question: null, remaining, verdict: s.verdict, outOfBudget: false };
}

/** The open question that pulls the two tracks furthest apart (the first in asking order on a tie). */
function mostTelling(open: readonly Question[], a: string | undefined, b: string | undefined): Question {
  const weightOn = (q: Question, t: string | undefined) => (t && q.type === 'agree' ? (q.weights[t] ?? 0) : 0);
  let best = open[0]!;
  let bestPull = -1;
  for (const q of open) {
    const pull = Math.abs(weightOn(q, a) - weightOn(q, b));
    if (pull > bestPull) [best, bestPull] = [q, pull];
  }
  return best;
}

/** How many more questions would be asked if every rating from here were the prior (and every agree answer in line with the leading move). */
export function expectedSkills(index: FrameworkIndex, plan: AskingPlan, profile: Profile, skillsAsked: number): number {
  // A new ratings object at every step: the scoring caches what it read from one (src/core/readiness.ts).
  let ratings = { ...profile.ratings };
  let prefs = { ...(profile.preferences ?? {}) };
  let asked = skillsAsked;
  let answeredLater = 0;
  for (;;) {
    const step = nextStep(index, plan, { ...profile, ratings, preferences: prefs }, asked);
    if (step.done) return asked - skillsAsked + answeredLater;
    if (step.question) {
      // An agree question: answered as a person consistent with the leading move would.
      const q = index.questions.get(step.question)!;
      const track = step.verdict.role ? index.roles.get(step.verdict.role)?.track : undefined;
      const w = q.type === 'agree' && track ? (q.weights[track] ?? 0) : 0;
      prefs = { ...prefs, [step.question]: w > 0 ? 5 : w < 0 ? 1 : 3 };
      answeredLater++;
      continue;
    }
    ratings = { ...ratings, [step.next!]: bandOf(index, plan.currentRole, step.next!).prior };
    asked++;
  }
}

/**
 * The expected number of questions still to come, before the choice questions are answered: the median, over
 * the tracks of the next moves, of a person whose choice answers all point to that track and whose ratings
 * are all at the prior. (Asked with no preferences at all, every path stays open and the count is the worst.)
 */
export function expectedQuestions(index: FrameworkIndex, plan: AskingPlan, profile: Profile, skillsAsked: number): number {
  const prefs = profile.preferences ?? {};
  const open = plan.questions.filter((q) => !Object.hasOwn(prefs, q.id));
  if (!open.length) return expectedSkills(index, plan, profile, skillsAsked);
  const tracks = [...new Set(plan.nextRoles.map((r) => r.track))];
  if (!tracks.length) return open.length + expectedSkills(index, plan, profile, skillsAsked);
  const counts = tracks.map((track) => {
    const leaning = { ...prefs };
    for (const q of open) {
      if (q.type !== 'choice') continue;
      const best = [...q.options].sort((a, b) => (b.weights[track] ?? 0) - (a.weights[track] ?? 0))[0];
      if (best) leaning[q.id] = best.id;
    }
    return expectedSkills(index, plan, { ...profile, preferences: leaning }, skillsAsked);
  });
  counts.sort((a, b) => a - b);
  return open.length + counts[Math.floor(counts.length / 2)]!;
}

/** The next skills in decisive order, for "answer N more questions to sharpen the advice". */
export function sharpenList(index: FrameworkIndex, plan: AskingPlan, profile: Profile, max = 5): string[] {
  const remaining = plan.pool.filter((id) => !Object.hasOwn(profile.ratings, id));
  return decisiveOrder(index, profile, remaining).slice(0, max);
}

/**
 * The skills worth one line of evidence: required by the recommended role (or, at the top of a path, the
 * current one), rated 4 or 5, most important there first; at most MAX_EVIDENCE.
 */
export function evidenceSkills(index: FrameworkIndex, profile: Profile, verdict: Verdict, max = MAX_EVIDENCE): string[] {
  const role = index.roles.get(verdict.role ?? profile.current_role);
  if (!role) return [];
  return [...role.skills]
    .filter((r) => {
      const rating = profile.ratings[r.skill];
      return Object.hasOwn(profile.ratings, r.skill) && typeof rating === 'number' && rating >= 4;
    })
    .sort((a, b) => b.importance - a.importance || (a.skill < b.skill ? -1 : 1))
    .slice(0, max)
    .map((r) => r.skill);
}

/** "about 15 questions, 6 minutes" */
export function durationLabel(questions: number): string {
  const minutes = Math.max(1, Math.round((questions * SECONDS_PER_QUESTION) / 60));
  return `about ${questions} question${questions === 1 ? '' : 's'}, ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
