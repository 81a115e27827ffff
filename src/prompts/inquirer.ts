// The real prompter, over @inquirer/prompts. The only module that imports the prompt library, and it is
// loaded with import() only when `rungs assess` runs, so `rungs --help` and every other command never pay
// for it. Prompts render to stderr: stdout carries only the advice (clean for `-f json`).
import { styleText } from 'node:util';
import { input, search, select } from '@inquirer/prompts';
import { filterChoices } from '../core/questionnaire.js';
import type { InputQuestion, Prompter, SelectQuestion } from './adapter.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export function createInquirerPrompter(context: PromptContext = {}): Prompter {
  const output = (context.output ?? process.stderr) as NodeJS.WritableStream & { rows?: number; columns?: number };
  let controller = new AbortController();
  const ctx = () => ({ ...(context.input ? { input: context.input } : {}), output, signal: controller.signal });

  return {
    select<T>(q: SelectQuestion<T>): Promise<T> {
      return select<T>(
        {
          message: q.message,
          choices: q.choices,
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: q.pageSize ?? fitPage(q.choices, output, q.message),
          // The whole list stays in view; wrapping from the last choice to the first would lose the order.
          loop: false,
        },
        ctx(),
      );
    },
    search<T>(q: SelectQuestion<T>): Promise<T> {
      return search<T>(
        {
          message: q.message,
          source: (term) => filterChoices(q.choices, term),
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: q.pageSize ?? Math.max(7, Math.min(q.choices.length, (output.rows ?? 24) - 8)),
        },
        ctx(),
      );
    },
    input(q: InputQuestion): Promise<string> {
      // An earlier answer shows as the default: Enter keeps it, Tab puts it on the line to edit. (Not prefilled:
      // with `prefill: 'editable'` deleting the text and pressing Enter still returns the default.)
      return input({ message: q.message, ...(q.default ? { default: q.default } : {}) }, ctx());
    },
    note(line: string): void {
      // A header between questions: a blank line above it, bold on a colour terminal.
      const bold = (output as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
      output.write(`\n${bold ? styleText('bold', line) : line}\n`);
    },
    cancel(): void {
      controller.abort();
      controller = new AbortController();
    },
  };
}

/** A page tall enough for every choice, wrapped to the terminal's width, when the terminal allows. */
function fitPage(choices: readonly { name: string }[], output: { rows?: number; columns?: number }, message: string): number {
  const width = Math.max(20, output.columns ?? 80);
  const lines = choices.reduce((sum, c) => sum + Math.max(1, Math.ceil((c.name.length + 2) / width)), 0);
  const available = (output.rows ?? 24) - message.split('\n').length - 4; // the description and the key help
  return Math.max(7, Math.min(lines, available));
}
