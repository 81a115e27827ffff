// The questionnaire of `rungs assess`, end to end, behind a Prompter: tests run it with scripted answers,
// the command with @inquirer/prompts. Asks the current role, rates the planned skills (with one line of
// evidence for a 4 or 5), asks the preference questions, saves the profile and computes the advice.
//
// Interrupted (Ctrl-C, or the terminal closing: SIGHUP), it writes the answers given so far to the save
// target marked `incomplete: true`, and `--resume` of that file continues with the first unanswered question.
// `--resume` of a complete profile is a retake: every question again, the earlier answers as defaults.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { own, type FrameworkIndex } from '../core/index-framework.js';
import {
  planQuestionnaire,
  preferenceChoices,
  progressLabel,
  ratingChoices,
  ratingLabel,
  roleChoices,
  type QuestionnairePlan,
} from '../core/questionnaire.js';
import { recommend, type Advice } from '../core/recommend.js';
import type { Profile } from '../core/types.js';
import { EXIT, RungsError } from '../errors.js';
import { schemaPathFor } from '../io/modeline.js';
import { writeFileAtomic } from '../io/write.js';
import { isCancel, type Prompter } from '../prompts/adapter.js';

export interface AssessOptions {
  /** Save the profile here (refused up front if it exists, unless `force` or it is the resumed file). */
  save?: string;
  /** Start from this saved profile; also the save target when `save` is not given. */
  resume?: string;
  /** Rate only the core skills. */
  quick?: boolean;
  /** Replace an existing `save` file. */
  force?: boolean;
  /** Lines for the person, between questions (stderr in the CLI). */
  log?: (line: string) => void;
  /** assessed_on, YYYY-MM-DD (default: today, local time). */
  today?: string;
  /** The clock for the name of a fallback file. */
  now?: () => Date;
  /** The schema the saved YAML points editors at (default: a copy reachable from the saved file, see src/io/modeline.ts; else no modeline). */
  schemaPath?: string;
  /**
   * Subscribes to the terminal going away while the questions run (returns the unsubscribe): that is then
   * handled like Ctrl-C. The CLI passes `terminalHangup()`; without it, no such handling.
   */
  onHangup?: (trigger: () => void) => () => void;
  /** The largest --resume file read, in bytes (--max-file-size). */
  maxFileBytes?: number;
}

/**
 * The terminal going away: SIGHUP, or the end of the terminal input (closing a terminal window shows up as an
 * EOF on stdin, often before the SIGHUP arrives). A process listener stays installed (`on`, not `once`) until
 * unsubscribed: signal-exit, inside the prompt library, re-sends the signal to kill the process when it finds
 * itself the only listener left, which a `once` listener would be by the time it runs.
 */
export function terminalHangup(input: NodeJS.ReadableStream = process.stdin): (trigger: () => void) => () => void {
  return (trigger) => {
    const onEnd = () => {
      // The prompt's readline restores the terminal mode when its input ends. On a terminal that is gone that
      // fails (EIO), and the error, re-emitted on a readline interface nobody listens to, would crash the
      // process before the answers are saved. There is no mode left to restore: make it a no-op.
      const tty = input as NodeJS.ReadStream;
      if (tty.isTTY && typeof tty.setRawMode === 'function') tty.setRawMode = () => tty;
      trigger();
    };
    process.on('SIGHUP', trigger);
    // prepend: before the readline of the pending prompt sees the end
    input.prependListener('end', onEnd);
    return () => {
      process.removeListener('SIGHUP', trigger);
      input.removeListener('end', onEnd);
    };
  };
}

export interface AssessResult {
  /** Ctrl-C, or the terminal went away, before the end. */
  cancelled: boolean;
  /** The cancel came from SIGHUP. */
  hangup: boolean;
  /** The answers (incomplete when cancelled); absent when cancelled before the current role was chosen. */
  profile?: Profile;
  /** Only for a completed questionnaire. */
  advice?: Advice;
  /** The file written, if any. */
  saved?: string;
  /** The save target appeared while the questions ran: it was left alone and `saved` is the file written instead. */
  conflict?: string;
  /** The plan asked (absent when cancelled before the current role was chosen). */
  plan?: QuestionnairePlan;
}

/** The evidence answer that removes an earlier line. (Enter on an earlier line returns it: the prompt shows it as the default.) */
export const EVIDENCE_REMOVE = '-';

interface Answers {
  role?: string;
  ratings: Record<string, number | null>;
  evidence: Record<string, string>;
  preferences: Record<string, number | string>;
}

export async function runAssessment(prompter: Prompter, index: FrameworkIndex, options: AssessOptions = {}): Promise<AssessResult> {
  const log = options.log ?? (() => {});
  // The profile module (and the YAML library in it) loads only when a file is read or written; for a save,
  // it loads while the person answers, not before the first question.
  const resumeIo = options.resume !== undefined ? await import('../io/profile.js') : undefined;
  const base = resumeIo ? loadResumed(resumeIo, options.resume!, index, log, options.maxFileBytes) : undefined;
  const target = options.save ?? options.resume;
  const io = target !== undefined ? (resumeIo ? Promise.resolve(resumeIo) : import('../io/profile.js')) : undefined;
  const overwrite = options.force === true || (target !== undefined && options.resume !== undefined && sameFile(target, options.resume));
  if (target !== undefined) checkTarget(target, overwrite);

  // Everything known so far: the resumed profile's answers, then this session's on top.
  const answers: Answers = {
    ratings: { ...(base?.ratings ?? {}) },
    evidence: { ...(base?.evidence ?? {}) },
    preferences: { ...(base?.preferences ?? {}) },
  };
  let plan: QuestionnairePlan | undefined;
  let hangup = false;
  const unsubscribe = options.onHangup?.(() => {
    if (hangup) return;
    hangup = true;
    // The terminal is gone: writes to it fail with EIO, which must not crash the save that follows.
    process.stderr.on('error', () => {});
    prompter.cancel();
  });

  try {
    plan = await ask(prompter, index, options, base, answers, log);
  } catch (error) {
    if (!isCancel(error)) throw error;
    const result: AssessResult = { cancelled: true, hangup };
    if (plan === undefined && answers.role !== undefined) plan = planQuestionnaire(index, answers.role, { quick: options.quick === true });
    if (plan) result.plan = plan;
    if (answers.role === undefined) return result; // nothing worth keeping: not even the role
    const profile = buildProfile(index, answers, base, options, true);
    result.profile = profile;
    if (target !== undefined) Object.assign(result, save(await io!, profile, target, overwrite, options));
    return result;
  } finally {
    unsubscribe?.();
  }

  const profile = buildProfile(index, answers, base, options, false);
  const result: AssessResult = { cancelled: false, hangup: false, profile, plan };
  if (target !== undefined) Object.assign(result, save(await io!, profile, target, overwrite, options));
  result.advice = recommend(index, profile);
  return result;
}

async function ask(
  prompter: Prompter,
  index: FrameworkIndex,
  options: AssessOptions,
  base: Profile | undefined,
  answers: Answers,
  log: (line: string) => void,
): Promise<QuestionnairePlan> {
  const scale = index.framework.meta.scale;
  let continuing = base?.incomplete === true;

  const isAnswered = {
    skill: (id: string) => Object.hasOwn(answers.ratings, id),
    question: (id: string) => Object.hasOwn(answers.preferences, id),
  };
  const answeredIn = (plan: QuestionnairePlan) =>
    plan.skills.filter((p) => isAnswered.skill(p.skill.id)).length + plan.questions.filter((q) => isAnswered.question(q.id)).length;

  // 1. The current role: kept when continuing an interrupted questionnaire, else asked (the earlier one pre-selected).
  let plan: QuestionnairePlan | undefined;
  if (continuing) {
    plan = planQuestionnaire(index, base!.current_role, { quick: options.quick === true });
    const done = answeredIn(plan);
    if (done === plan.total) {
      // An interrupted retake: the earlier answers are all there, so which were given again is unknown.
      log(`rungs: ${options.resume} is marked incomplete, but every question has an answer: going through them again, your answers as defaults`);
      continuing = false;
      plan = undefined;
    } else {
      log(`rungs: ${options.resume} is incomplete (${done} of ${plan.total} answered): continuing where you stopped, as ${plan.currentRole.title}`);
      answers.role = base!.current_role;
    }
  }
  if (!plan) {
    answers.role = await prompter.search({
      message: 'Your current role (type to filter, ↑↓ to move, Enter to choose)',
      choices: roleChoices(index),
      ...(base ? { default: base.current_role } : {}),
    });
    plan = planQuestionnaire(index, answers.role, { quick: options.quick === true });
  }
  const skip = { skill: (id: string) => continuing && isAnswered.skill(id), question: (id: string) => continuing && isAnswered.question(id) };

  // 2. The ratings, by category.
  let n = 0;
  for (const { category, skills } of plan.categories) {
    const toAsk = skills.filter((p) => !skip.skill(p.skill.id));
    if (toAsk.length) {
      const count = `${skills.length} skill${skills.length === 1 ? '' : 's'}`;
      prompter.note(`${category.name} (${count})${category.description ? `: ${category.description}` : ''}`);
    }
    for (const { skill } of skills) {
      n++;
      if (skip.skill(skill.id)) continue;
      const earlier = own(base?.ratings, skill.id);
      const rating = await prompter.select<number | null>({
        message: `${progressLabel(n, plan.total, category.name, skill.name)}\n  ${skill.question}`,
        choices: ratingChoices(skill, scale),
        ...(earlier !== undefined ? { default: earlier } : {}),
      });
      answers.ratings[skill.id] = rating;
      if (rating !== null && rating >= 4) {
        const earlierEvidence = own(base?.evidence, skill.id);
        const how = earlierEvidence ? 'Enter keeps your earlier line, Tab edits it, - removes it' : 'Enter to skip';
        const text = await prompter.input({
          message: `${progressLabel(n, plan.total, skill.name, `evidence for ${ratingLabel(rating, scale)}`)}\n  One line: a case you handled or a result you got (${how})`,
          ...(earlierEvidence ? { default: earlierEvidence } : {}),
        });
        const line = text.replace(/\s+/g, ' ').trim();
        if (line && line !== EVIDENCE_REMOVE) answers.evidence[skill.id] = line;
        else delete answers.evidence[skill.id];
      } else {
        // Evidence backs a high rating; it no longer applies to a lower one.
        delete answers.evidence[skill.id];
      }
    }
  }

  // 3. The preference questions, in file order.
  const toAsk = plan.questions.filter((q) => !skip.question(q.id));
  if (toAsk.length) prompter.note('Preferences: what you find rewarding (there are no right answers)');
  for (const question of plan.questions) {
    n++;
    if (skip.question(question.id)) continue;
    const earlier = own(base?.preferences, question.id);
    const answer = await prompter.select<number | string>({
      message: `${progressLabel(n, plan.total, 'Preferences')}\n  ${question.text}`,
      choices: preferenceChoices(question),
      // An agree question starts on Neutral, the middle of the scale; an earlier answer wins.
      ...(earlier !== undefined ? { default: earlier } : question.type === 'agree' ? { default: 3 } : {}),
    });
    answers.preferences[question.id] = answer;
  }
  return plan;
}

function buildProfile(index: FrameworkIndex, answers: Answers, base: Profile | undefined, options: AssessOptions, incomplete: boolean): Profile {
  const profile: Profile = {
    ...(base?.name !== undefined ? { name: base.name } : {}),
    current_role: answers.role!,
    assessed_on: options.today ?? localDate(new Date()),
    framework_version: index.framework.meta.version,
    ...(incomplete ? { incomplete: true } : {}),
    ratings: answers.ratings,
  };
  if (Object.keys(answers.evidence).length) profile.evidence = answers.evidence;
  if (Object.keys(answers.preferences).length) profile.preferences = answers.preferences;
  if (base?.manager_ratings !== undefined) profile.manager_ratings = base.manager_ratings;
  return profile;
}

// ---------------------------------------------------------------------------------------------------------
// Files

type ProfileIo = typeof import('../io/profile.js');

function loadResumed(io: ProfileIo, path: string, index: FrameworkIndex, log: (line: string) => void, maxBytes?: number): Profile {
  if (path === '-') throw new RungsError('--resume needs a file: standard input is the terminal here', EXIT.usage);
  const { profile, warnings } = io.requireProfile(path, index, '', maxBytes);
  for (const warning of warnings) log(`rungs: ${io.formatProblem(warning)}`);
  return profile;
}

/** Before asking anything: the save target must be writable and, unless replacing is allowed, new. */
function checkTarget(target: string, overwrite: boolean): void {
  const abs = resolve(target);
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new RungsError(`${target}: is a folder, not a file`, EXIT.usage);
  if (stat && !overwrite) {
    throw new RungsError(`${target}: already exists; refusing to overwrite it`, EXIT.usage, `use --force to replace it, or --resume ${shellQuote(target)} to continue it`);
  }
  let folder;
  try {
    folder = statSync(dirname(abs));
  } catch {
    folder = undefined;
  }
  if (!folder?.isDirectory()) throw new RungsError(`${target}: the folder ${dirname(target)} does not exist`, EXIT.usage);
}

/** Writes atomically; a target that appeared meanwhile is kept, and the answers go beside it instead. */
function save(io: ProfileIo, profile: Profile, target: string, overwrite: boolean, options: AssessOptions): { saved: string; conflict?: string } {
  const yaml = io.profileToYaml(profile, options.schemaPath ?? schemaPathFor(target, 'profile.schema.json'));
  try {
    writeFileAtomic(target, yaml, { noClobber: !overwrite });
    return { saved: target };
  } catch (error) {
    // checkTarget saw no file there when the questions started: if there is one now, someone else wrote it.
    if (overwrite || !(error instanceof RungsError) || !existsSync(target)) throw error;
    const instead = `${target}.rungs-${timestamp((options.now ?? (() => new Date()))())}.yaml`;
    writeFileAtomic(instead, yaml, { noClobber: true });
    return { saved: instead, conflict: target };
  }
}

function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function timestamp(d: Date): string {
  return `${localDate(d).replaceAll('-', '')}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A path as a shell argument, for the "continue with" hint. */
export function shellQuote(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
