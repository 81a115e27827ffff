// The questionnaire of `rungs assess`, end to end, behind a Prompter: tests run it with scripted answers,
// the command with its terminal prompts. Asks the current role, the preference questions that can tell the next
// moves apart, then skills one at a time, most decisive first, until more answers could not change the advice
// (src/core/asking.ts, src/core/stopping.ts); one line of evidence for the few high ratings the advice rests
// on; then a review of every answer, any of which can be changed. ← goes back one question.
//
// Interrupted (Ctrl-C, or the terminal closing: SIGHUP), it writes the answers given so far to the save
// target marked `incomplete: true` (and `mode: quick` for --quick), and `--resume` of that file continues.
// `--resume` of a finished profile is a retake: a new assessment with the earlier answers as defaults.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { durationLabel, evidenceSkills, expectedQuestions, nextStep, planAsking, sharpenList, type AskingPlan, type Mode } from '../core/asking.js';
import { withPrevious } from '../core/history.js';
import { own, type FrameworkIndex } from '../core/index-framework.js';
import { preferenceChoices, preferenceLabel, progressLabel, ratingChoices, ratingLabel, roleChoices } from '../core/questionnaire.js';
import { recommend, type Advice } from '../core/recommend.js';
import type { Profile, ScaleLevel } from '../core/types.js';
import { EXIT, RungsError } from '../errors.js';
import { schemaPathFor } from '../io/modeline.js';
import { writeFileAtomic } from '../io/write.js';
import { BACK, isCancel, type Choice, type Prompter } from '../prompts/adapter.js';

export interface AssessOptions {
  /** Save the profile here (refused up front if it exists, unless `force` or it is the resumed file). */
  save?: string;
  /** Start from this saved profile; also the save target when `save` is not given. */
  resume?: string;
  /** At most QUICK_MAX_PROMPTS prompts: the choice questions and the core skills. */
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
  plan?: AskingPlan;
  /** Skills of the plan never asked: the advice assumed them at their prior. */
  assumed?: string[];
}

/** The evidence answer that removes an earlier line. (Enter on an earlier line returns it: the prompt shows it as the default.) */
export const EVIDENCE_REMOVE = '-';

interface Answers {
  role?: string;
  ratings: Record<string, number | null>;
  evidence: Record<string, string>;
  preferences: Record<string, number | string>;
  name?: string;
}

/** The review names this many assumed skills, then "and N more" (the saved file and the advice list them all). */
const ASSUMED_SHOWN = 6;

/** One answered prompt of this session, for ← (back). */
type Item = { kind: 'role' } | { kind: 'name' } | { kind: 'preference'; id: string } | { kind: 'skill'; id: string } | { kind: 'evidence'; id: string };

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
  // A resumed questionnaire keeps the mode it was started with.
  const mode: Mode = options.quick === true || base?.mode === 'quick' ? 'quick' : 'full';

  // An interrupted questionnaire continues with its answers; a finished one is retaken with them as defaults.
  const continuing = base?.incomplete === true;
  const answers: Answers = {
    ratings: continuing ? { ...base.ratings } : {},
    evidence: continuing ? { ...(base.evidence ?? {}) } : {},
    preferences: continuing ? { ...(base.preferences ?? {}) } : {},
    ...(base?.name !== undefined ? { name: base.name } : {}),
  };
  const session = new Session(prompter, index, options, base, answers, mode, log);
  let hangup = false;
  const unsubscribe = options.onHangup?.(() => {
    if (hangup) return;
    hangup = true;
    // The terminal is gone: writes to it fail with EIO, which must not crash the save that follows.
    process.stderr.on('error', () => {});
    prompter.cancel();
  });

  try {
    await session.run(target !== undefined);
  } catch (error) {
    if (!isCancel(error)) throw error;
    const result: AssessResult = { cancelled: true, hangup };
    if (session.plan) result.plan = session.plan;
    if (answers.role === undefined) return result; // nothing worth keeping: not even the role
    const profile = buildProfile(index, answers, base, options, mode, true, session.pool());
    result.profile = profile;
    if (target !== undefined) Object.assign(result, save(await io!, profile, target, overwrite, options));
    return result;
  } finally {
    unsubscribe?.();
  }

  const profile = buildProfile(index, answers, base, options, mode, false, session.pool());
  const result: AssessResult = { cancelled: false, hangup: false, profile, plan: session.plan!, assumed: session.assumed() };
  if (target !== undefined) Object.assign(result, save(await io!, profile, target, overwrite, options));
  result.advice = recommend(index, profile);
  return result;
}

/** The questions of one run: what is asked next, ← (back), and the review at the end. */
class Session {
  plan: AskingPlan | undefined;
  private readonly history: Item[] = [];
  /** Skills the person chose to answer beyond the stopping point ("sharpen"). */
  private extra: string[] = [];
  private evidenceAsked = new Set<string>();
  private skillsAsked = 0;
  private announced = false;
  /** Answers taken back with ←: the defaults when the question comes again. */
  private readonly back = { role: undefined as string | undefined, ratings: {} as Record<string, number | null>, preferences: {} as Record<string, number | string> };

  constructor(
    private readonly prompter: Prompter,
    private readonly index: FrameworkIndex,
    private readonly options: AssessOptions,
    private readonly base: Profile | undefined,
    private readonly answers: Answers,
    private readonly mode: Mode,
    private readonly log: (line: string) => void,
  ) {}

  pool(): string[] {
    return this.plan?.pool ?? [];
  }

  /** Skills of the plan that were never answered. */
  assumed(): string[] {
    return this.plan ? this.plan.pool.filter((id) => !Object.hasOwn(this.answers.ratings, id)) : [];
  }

  private profile(): Profile {
    // Copies: the scoring caches what it read from a ratings object, which must not change afterwards.
    return { current_role: this.answers.role!, ratings: { ...this.answers.ratings }, preferences: { ...this.answers.preferences } };
  }

  /** Whether the answers will be saved: then the name is asked, once, right after the role. */
  private saving = false;
  private nameAsked = false;

  async run(saving: boolean): Promise<void> {
    this.saving = saving;
    const { base, answers } = this;
    if (base?.incomplete === true) {
      answers.role = base.current_role;
      this.nameAsked = true; // asked when it started (left empty, or saved)
      for (const id of Object.keys(answers.evidence)) this.evidenceAsked.add(id);
      this.plan = planAsking(this.index, answers.role, this.mode);
      this.skillsAsked = this.plan.pool.filter((id) => Object.hasOwn(answers.ratings, id)).length;
      this.log(`rungs: ${this.options.resume} is incomplete: continuing where you stopped, as ${this.plan.currentRole.title}${this.mode === 'quick' ? ' (--quick)' : ''}`);
    }
    for (;;) {
      const item = this.nextItem();
      if (!item) {
        const action = await this.review();
        if (action === 'done') break;
        continue;
      }
      const back = await this.askItem(item);
      if (back) this.undo();
    }
  }

  /** What to ask next: the role, the preference questions, then skills until the advice is settled, then evidence. */
  private nextItem(): Item | null {
    const { answers, index } = this;
    if (answers.role === undefined) return { kind: 'role' };
    if (this.saving && !this.nameAsked && answers.name === undefined) return { kind: 'name' };
    const plan = this.plan!;
    const question = plan.questions.find((q) => !Object.hasOwn(answers.preferences, q.id));
    if (question) return { kind: 'preference', id: question.id };
    const extra = this.extra.find((id) => !Object.hasOwn(answers.ratings, id));
    if (extra) return { kind: 'skill', id: extra };
    const step = nextStep(index, plan, this.profile(), this.skillsAsked);
    if (step.question) return { kind: 'preference', id: step.question };
    if (!step.done) return { kind: 'skill', id: step.next! };
    if (this.mode === 'full') {
      const evidence = evidenceSkills(index, this.profile(), step.verdict).find((id) => !this.evidenceAsked.has(id));
      if (evidence) return { kind: 'evidence', id: evidence };
    }
    return null;
  }

  /** Asks one item; true when the person pressed ← (back). */
  private async askItem(item: Item): Promise<boolean> {
    const { answers, index, base } = this;
    const scale = index.framework.meta.scale;
    if (item.kind === 'role') {
      const earlier = answers.role ?? this.back.role ?? base?.current_role;
      answers.role = await this.prompter.search({
        message: 'Your current role (type a job title)',
        choices: roleChoices(index),
        ...(earlier !== undefined ? { default: earlier } : {}),
        topic: { kind: 'role' },
      });
      this.plan = planAsking(index, answers.role, this.mode);
      this.history.push(item);
      this.announce();
      return false;
    }
    if (item.kind === 'name') {
      const name = (await this.prompter.input({ message: 'Your name, saved with your answers (optional: Enter to skip)', topic: { kind: 'name' } })).trim();
      if (name) answers.name = name;
      this.nameAsked = true;
      this.history.push(item);
      return false;
    }
    const plan = this.plan!;
    if (item.kind === 'preference') {
      const question = index.questions.get(item.id)!;
      if (plan.questions[0]?.id === item.id) this.prompter.note('Preferences: what you find rewarding (there are no right answers)');
      const earlier = own(answers.preferences, item.id) ?? own(this.back.preferences, item.id) ?? own(base?.preferences, item.id);
      const answer = await this.prompter.select<number | string>({
        message: `${this.progress()} Preferences\n  ${question.text}`,
        choices: preferenceChoices(question),
        ...(earlier !== undefined ? { default: earlier } : {}),
        back: this.history.length > 0,
        topic: { kind: 'preference', id: item.id },
      });
      if (answer === BACK) return true;
      answers.preferences[item.id] = answer;
      this.history.push(item);
      return false;
    }
    if (item.kind === 'skill') {
      const skill = index.skills.get(item.id)!;
      const category = index.framework.meta.categories.find((c) => c.id === skill.category)?.name ?? skill.category;
      if (this.skillsAsked === 0 && !this.history.some((h) => h.kind === 'skill')) {
        this.prompter.note('Skills: the levels describe what people at each level do; pick the one most like you');
      }
      const earlier = Object.hasOwn(answers.ratings, item.id)
        ? answers.ratings[item.id]
        : Object.hasOwn(this.back.ratings, item.id)
          ? this.back.ratings[item.id]
          : own(base?.ratings, item.id);
      const rating = await this.prompter.select<number | null>({
        message: `${this.progress()} ${category} · ${skill.name}\n  ${skill.question}`,
        choices: ratingChoices(skill, scale),
        ...(earlier !== undefined ? { default: earlier } : {}),
        back: this.history.length > 0,
        topic: { kind: 'rating', id: item.id },
      });
      if (rating === BACK) return true;
      if (!Object.hasOwn(answers.ratings, item.id)) this.skillsAsked++;
      answers.ratings[item.id] = rating;
      // Evidence backs a high rating; it no longer applies to a lower one.
      if (rating === null || rating < 4) delete answers.evidence[item.id];
      this.history.push(item);
      return false;
    }
    const skill = index.skills.get(item.id)!;
    const rating = answers.ratings[item.id] as number;
    const earlier = own(answers.evidence, item.id) ?? own(base?.evidence, item.id);
    const how = earlier ? 'Enter keeps your earlier line, Tab edits it, - removes it' : 'Enter to skip';
    const text = await this.prompter.input({
      message: `${skill.name}: you said ${ratingLabel(rating, scale)}, and it counts toward the advice.\n  One line of evidence: a case you handled or a result you got (${how})`,
      ...(earlier ? { default: earlier } : {}),
      topic: { kind: 'evidence', id: item.id },
    });
    const line = text.replace(/\s+/g, ' ').trim();
    if (line && line !== EVIDENCE_REMOVE) answers.evidence[item.id] = line;
    else delete answers.evidence[item.id];
    this.evidenceAsked.add(item.id);
    this.history.push(item);
    return false;
  }

  /** ← : forget the last answer of this session, so that it is asked again (its answer is the default). */
  private undo(): void {
    const last = this.history.pop();
    if (!last) return;
    const { answers } = this;
    // The answer stays as the default of the question asked again; it is removed so that the question is next.
    if (last.kind === 'role') {
      this.back.role = answers.role;
      delete answers.role;
      this.plan = undefined;
    } else if (last.kind === 'name') {
      this.nameAsked = false;
      delete answers.name;
    } else if (last.kind === 'preference') {
      this.back.preferences[last.id] = answers.preferences[last.id]!;
      delete answers.preferences[last.id];
    } else if (last.kind === 'skill') {
      this.back.ratings[last.id] = answers.ratings[last.id]!;
      delete answers.ratings[last.id];
      this.skillsAsked--;
      // Asked again even if the advice was settled without it.
      if (!this.extra.includes(last.id)) this.extra.push(last.id);
    } else {
      this.evidenceAsked.delete(last.id);
    }
  }

  /** "[5 of about 15]": the questions answered, against those expected (every answer from here at the prior). */
  private progress(): string {
    const { plan, answers } = this;
    const answered = [...plan!.questions, ...plan!.later].filter((q) => Object.hasOwn(answers.preferences, q.id)).length + this.skillsAsked;
    const expected = answered + this.expectedRest();
    return progressLabel(answered + 1, Math.max(expected, answered + 1));
  }

  /** The estimate made before any preference or skill answer, per role: it stands while the choice questions run. */
  private upfront: { role: string; rest: number } | undefined;

  private expectedRest(): number {
    const { plan, answers } = this;
    const openChoice = plan!.questions.filter((q) => !Object.hasOwn(answers.preferences, q.id)).length;
    const extra = this.extra.filter((id) => !Object.hasOwn(answers.ratings, id)).length;
    if (this.skillsAsked === 0 && openChoice > 0) {
      // Before the first skill: the up-front estimate (the same however the run was interrupted and resumed),
      // less the choice questions answered since.
      if (this.upfront?.role !== answers.role) {
        const blank: Profile = { current_role: answers.role!, ratings: {}, preferences: {} };
        this.upfront = { role: answers.role!, rest: expectedQuestions(this.index, plan!, blank, 0) };
      }
      return Math.max(openChoice, this.upfront!.rest - (plan!.questions.length - openChoice));
    }
    return extra + expectedQuestions(this.index, plan!, this.profile(), this.skillsAsked);
  }

  private announce(): void {
    if (this.announced) return;
    this.announced = true;
    const n = this.expectedRest();
    const quick = this.mode === 'quick' ? ' (--quick)' : '';
    this.prompter.note(
      `${this.plan!.currentRole.title}: ${durationLabel(n)}${quick}. Questions stop once more answers could not change the advice. ← goes back; you can review every answer at the end.`,
    );
  }

  /** The review screen: every answer in one list, any of them changeable; then the advice. */
  private async review(): Promise<'done' | 'again'> {
    const { index, answers } = this;
    const plan = this.plan!;
    const scale = index.framework.meta.scale;
    const assumed = this.assumed();
    const sharpen = sharpenList(index, plan, this.profile());
    const rows = reviewRows(index, plan, answers, scale);
    const names = assumed.map((id) => index.skills.get(id)?.name ?? id);
    const listed = names.length > ASSUMED_SHOWN ? `${names.slice(0, ASSUMED_SHOWN).join(', ')} and ${names.length - ASSUMED_SHOWN} more` : names.join(', ');
    // Stopped by the rule, the skills left could not change the advice; stopped by --quick's budget, they might.
    const settled = !nextStep(index, plan, this.profile(), this.skillsAsked).outOfBudget;
    const summary = !assumed.length
      ? 'Every skill that counts was asked.'
      : settled
        ? `${assumed.length} skill${assumed.length === 1 ? '' : 's'} not asked, assumed at what your role expects (±1 would not change the advice): ${listed}.`
        : `${assumed.length} skill${assumed.length === 1 ? '' : 's'} not asked (--quick), left unrated and assumed at what your role expects; answering them could change the advice: ${listed}.`;
    const choice = await this.prompter.select<string>({
      message: `Review your answers (Enter on one to change it)\n  ${summary}`,
      choices: [
        { value: 'done', name: '✔ Show the advice', short: 'Show the advice' },
        ...(sharpen.length
          ? [{ value: 'sharpen', name: `+ Answer ${sharpen.length} more question${sharpen.length === 1 ? '' : 's'} to sharpen the advice (optional)`, short: 'Sharpen the advice' }]
          : []),
        ...rows,
      ],
      default: 'done',
      topic: { kind: 'review' },
    });
    if (choice === 'done' || choice === BACK) return choice === 'done' ? 'done' : 'again';
    if (choice === 'sharpen') {
      this.extra.push(...sharpen);
      return 'again';
    }
    const [kind, id] = choice.split(':') as [string, string];
    if (kind === 'role') {
      const before = answers.role;
      await this.askItem({ kind: 'role' });
      if (answers.role !== before) this.skillsAsked = this.plan!.pool.filter((s) => Object.hasOwn(answers.ratings, s)).length;
    } else if (kind === 'preference') await this.askItem({ kind: 'preference', id });
    else if (kind === 'skill') await this.askItem({ kind: 'skill', id });
    else if (kind === 'evidence') await this.askItem({ kind: 'evidence', id });
    return 'again';
  }
}

/** The review's rows: one per answer, the question or skill beside the answer. */
function reviewRows(index: FrameworkIndex, plan: AskingPlan, answers: Answers, scale: readonly ScaleLevel[]): Choice<string>[] {
  const rows: Choice<string>[] = [{ value: 'role:', name: 'Current role', text: plan.currentRole.title, short: 'Current role' }];
  for (const q of [...plan.questions, ...plan.later]) {
    if (!Object.hasOwn(answers.preferences, q.id)) continue;
    rows.push({ value: `preference:${q.id}`, name: shorten(q.text, 30), text: preferenceLabel(q, answers.preferences[q.id]!), short: shorten(q.text, 30) });
  }
  for (const id of Object.keys(answers.ratings)) {
    const skill = index.skills.get(id);
    if (!skill) continue;
    rows.push({ value: `skill:${id}`, name: shorten(skill.name, 30), text: ratingLabel(answers.ratings[id]!, scale), short: skill.name });
    if (answers.evidence[id]) rows.push({ value: `evidence:${id}`, name: '  evidence', text: answers.evidence[id]!, short: `${skill.name}: evidence` });
  }
  return rows;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function buildProfile(
  index: FrameworkIndex,
  answers: Answers,
  base: Profile | undefined,
  options: AssessOptions,
  mode: Mode,
  incomplete: boolean,
  pool: readonly string[],
): Profile {
  // A retake keeps the earlier ratings of skills outside this questionnaire (another role's, say); the skills
  // it could have asked are this session's answers or, unasked, assumed.
  const kept: Record<string, number | null> = {};
  if (base && base.incomplete !== true) {
    for (const [id, value] of Object.entries(base.ratings)) if (!pool.includes(id)) kept[id] = value;
  }
  const profile: Profile = {
    ...(answers.name !== undefined ? { name: answers.name } : {}),
    current_role: answers.role!,
    assessed_on: options.today ?? localDate(new Date()),
    framework_version: index.framework.meta.version,
    ...(incomplete ? { incomplete: true } : {}),
    ...(mode === 'quick' ? { mode } : {}),
    ratings: { ...kept, ...answers.ratings },
  };
  if (Object.keys(answers.evidence).length) profile.evidence = answers.evidence;
  if (Object.keys(answers.preferences).length) profile.preferences = answers.preferences;
  if (base?.manager_ratings !== undefined) profile.manager_ratings = base.manager_ratings;
  if (base?.manager_assessed_on !== undefined) profile.manager_assessed_on = base.manager_assessed_on;
  if (!base) return profile;
  // A retake keeps the finished assessment it replaces in `history`; a continued one carries the history on.
  if (base.incomplete === true) return base.history ? { ...profile, history: base.history } : profile;
  return withPrevious(base, profile);
}

/**
 * Without --save, after the advice: offer to keep the answers in a file in the current folder (Enter takes the
 * name offered, "-" declines), then ask the name to put in it. Returns the file written, or undefined.
 */
export async function offerSave(prompter: Prompter, profile: Profile, options: Pick<AssessOptions, 'schemaPath' | 'now'> & { folder?: string } = {}): Promise<string | undefined> {
  const folder = options.folder ?? '.';
  const date = localDate((options.now ?? (() => new Date()))());
  let offered = join(folder, `rungs-${profile.current_role}-${date}.yaml`);
  for (let n = 2; existsSync(offered); n++) offered = join(folder, `rungs-${profile.current_role}-${date}-${n}.yaml`);
  const answer = (
    await prompter.input({
      message: `Save your answers, to see this advice again or retake it later? File name (Enter for ${offered}, - for no)`,
      topic: { kind: 'save' },
    })
  ).trim();
  if (answer === '-') return undefined;
  const target = answer || offered;
  checkTarget(target, false);
  const named = { ...profile };
  if (named.name === undefined) {
    const name = (await prompter.input({ message: 'Your name, saved with your answers (optional: Enter to skip)', topic: { kind: 'name' } })).trim();
    if (name) named.name = name;
  }
  const io = await import('../io/profile.js');
  const yaml = io.profileToYaml(named, options.schemaPath ?? schemaPathFor(target, 'profile.schema.json'));
  writeFileAtomic(target, yaml, { noClobber: true });
  return target;
}

/** The command that continues or retakes a saved questionnaire, in full. */
export function resumeCommand(file: string, profile: Profile | undefined): string {
  return `rungs assess --resume ${shellQuote(file)}${profile?.mode === 'quick' ? ' --quick' : ''}`;
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
