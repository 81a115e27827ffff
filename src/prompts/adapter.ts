// The little the questionnaire needs from a prompt library, so that the whole flow runs in tests with
// scripted answers and the real library (src/prompts/inquirer.ts) is loaded only by `rungs assess`.
import type { Choice } from '../core/questionnaire.js';

export type { Choice };

/** What a question is about: scripted people (tests) answer by it; the terminal never shows it. */
export type Topic =
  | { kind: 'role' | 'review' | 'name' | 'save' }
  | { kind: 'preference' | 'rating' | 'evidence'; id: string };

/** The answer of a choice prompt when the person pressed ← (only where `back` is set). */
export const BACK: unique symbol = Symbol('back');
export type Back = typeof BACK;

export interface SelectQuestion<T> {
  message: string;
  choices: Choice<T>[];
  /** The value highlighted at first (an earlier answer). Without it, no choice is highlighted until a key is pressed. */
  default?: T;
  pageSize?: number;
  /** ← goes back one question: the prompt answers BACK. */
  back?: boolean;
  topic?: Topic;
}

export interface InputQuestion {
  message: string;
  /** Shown as the default: Enter keeps it (an earlier answer). */
  default?: string;
  topic?: Topic;
}

export interface Prompter {
  /** Pick one of a short list (BACK when `back` is set and the person pressed ←). */
  select<T>(question: SelectQuestion<T>): Promise<T | Back>;
  /** Pick one of a long list, narrowed by typing. */
  search<T>(question: SelectQuestion<T>): Promise<T>;
  /** One line of text. */
  input(question: InputQuestion): Promise<string>;
  /** A line of information between questions (a category header). */
  note(line: string): void;
  /** Ends the question being asked as if the person pressed Ctrl-C (the terminal went away). */
  cancel(): void;
}

/** The error a prompter throws when the person cancels; @inquirer/prompts throws errors with these names. */
export const CANCEL_ERROR_NAMES = ['ExitPromptError', 'AbortPromptError', 'CancelPromptError'] as const;

export function isCancel(error: unknown): boolean {
  return error instanceof Error && (CANCEL_ERROR_NAMES as readonly string[]).includes(error.name);
}

export class ScriptedCancel extends Error {
  constructor(message = 'User force closed the prompt with SIGINT') {
    super(message);
    this.name = 'ExitPromptError';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Scripted answers, for tests

/** What a scripted answer may be: a value, or a function of the question asked. */
export type ScriptedAnswer = unknown | ((question: AskedQuestion) => unknown);

export interface AskedQuestion {
  kind: 'select' | 'search' | 'input';
  message: string;
  topic?: Topic;
  /** ← was offered. */
  back?: boolean;
  choices?: Choice<unknown>[];
  default?: unknown;
  /** Whether a default was given at all (a default can be null: "not sure"). */
  hasDefault: boolean;
}

export interface ScriptOptions {
  /** Throw a Ctrl-C (ExitPromptError) instead of giving answer number n (0-based). */
  cancelAt?: number;
  /** Never answer question number n (0-based): it waits until cancel() is called (a SIGHUP test). */
  hangAt?: number;
  /** When the answers run out: take each question's default (else the first choice, or ''). */
  thenDefaults?: boolean;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: AskedQuestion[] = [];
  readonly notes: string[] = [];
  private readonly answers: ScriptedAnswer[];
  private pending: ((error: Error) => void) | undefined;

  constructor(answers: readonly ScriptedAnswer[], private readonly options: ScriptOptions = {}) {
    this.answers = [...answers];
  }

  select<T>(question: SelectQuestion<T>): Promise<T | Back> {
    return this.ask('select', question) as Promise<T | Back>;
  }

  search<T>(question: SelectQuestion<T>): Promise<T> {
    return this.ask('search', question) as Promise<T>;
  }

  input(question: InputQuestion): Promise<string> {
    return this.ask('input', question) as Promise<string>;
  }

  note(line: string): void {
    this.notes.push(line);
  }

  cancel(): void {
    this.pending?.(new ScriptedCancel('User force closed the prompt with SIGHUP'));
    this.pending = undefined;
  }

  private ask(kind: AskedQuestion['kind'], question: SelectQuestion<unknown> | InputQuestion): Promise<unknown> {
    const n = this.asked.length;
    const asked: AskedQuestion = {
      kind,
      message: question.message,
      ...(question.topic ? { topic: question.topic } : {}),
      ...('back' in question && question.back ? { back: true } : {}),
      ...('choices' in question ? { choices: question.choices } : {}),
      hasDefault: 'default' in question && question.default !== undefined,
      ...('default' in question && question.default !== undefined ? { default: question.default } : {}),
    };
    this.asked.push(asked);
    if (this.options.cancelAt === n) return Promise.reject(new ScriptedCancel());
    if (this.options.hangAt === n) return new Promise((_, reject) => (this.pending = reject));
    let answer: unknown;
    if (n < this.answers.length) {
      const scripted = this.answers[n];
      answer = typeof scripted === 'function' ? (scripted as (q: AskedQuestion) => unknown)(asked) : scripted;
    } else if (this.options.thenDefaults) {
      answer = asked.hasDefault ? asked.default : asked.choices ? asked.choices[0]!.value : '';
    } else {
      return Promise.reject(new Error(`scripted prompter: no answer for question ${n + 1}: ${question.message}`));
    }
    if (answer === BACK) {
      return asked.back ? Promise.resolve(BACK) : Promise.reject(new Error(`scripted prompter: ← is not offered at: ${question.message}`));
    }
    if (asked.choices && !asked.choices.some((c) => Object.is(c.value, answer))) {
      return Promise.reject(new Error(`scripted prompter: ${JSON.stringify(answer)} is not a choice of: ${question.message}`));
    }
    if (kind === 'input' && typeof answer !== 'string') {
      return Promise.reject(new Error(`scripted prompter: the answer to an input must be a string: ${question.message}`));
    }
    return Promise.resolve(answer);
  }
}
