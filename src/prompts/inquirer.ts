// The real prompter, over @inquirer/prompts. The only module that imports the prompt library, and it is
// loaded with import() only when `rungs assess` runs, so `rungs --help` and every other command never pay
// for it. Prompts render to stderr: stdout carries only the advice (clean for `-f json`).
import { styleText } from 'node:util';
import { input, search } from '@inquirer/prompts';
import { choicePrompt } from './choice-prompt.js';
import { filterChoices } from '../core/questionnaire.js';
import type { Back, Choice, InputQuestion, Prompter, SelectQuestion } from './adapter.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** The terminal's size, when not the output's own (tests: a virtual terminal of 80x24). */
  size?: { columns: number; rows: number };
}

export function createInquirerPrompter(context: PromptContext = {}): Prompter {
  const output = (context.output ?? process.stderr) as NodeJS.WritableStream & { rows?: number; columns?: number };
  let controller = new AbortController();
  const ctx = () => ({ ...(context.input ? { input: context.input } : {}), output, signal: controller.signal });

  return {
    select<T>(q: SelectQuestion<T>): Promise<T | Back> {
      return choicePrompt(
        {
          message: q.message,
          choices: q.choices as Choice<unknown>[],
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.back ? { back: true } : {}),
          columns: context.size?.columns ?? output.columns ?? 80,
          rows: context.size?.rows ?? output.rows ?? 24,
          colour: (output as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR,
        },
        ctx(),
      ) as Promise<T | Back>;
    },
    search<T>(q: SelectQuestion<T>): Promise<T> {
      const width = output.columns;
      const choices = q.choices.map((c) => ({ ...c, ...(c.description ? { description: wrapText(c.description, width) } : {}) }));
      return search<T>(
        {
          message: wrapMessage(q.message, width),
          source: (term) => filterChoices(choices, term),
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: q.pageSize ?? Math.max(7, Math.min(q.choices.length, (output.rows ?? 24) - 8)),
        },
        ctx(),
      );
    },
    input(q: InputQuestion): Promise<string> {
      // An earlier answer shows as the default: Enter keeps it, Tab puts it on the line to edit. (Not prefilled:
      // with `prefill: 'editable'` deleting the text and pressing Enter still returns the default.)
      return input({ message: wrapMessage(q.message, output.columns), ...(q.default ? { default: q.default } : {}) }, ctx());
    },
    note(line: string): void {
      // A header between questions: a blank line above it, bold on a colour terminal.
      const bold = (output as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
      const wrapped = wrapText(line, output.columns ?? 80);
      output.write(`\n${bold ? styleText('bold', wrapped) : wrapped}\n`);
    },
    cancel(): void {
      controller.abort();
      controller = new AbortController();
    },
  };
}

/**
 * Word-wraps text to a terminal width (the prompt library breaks long lines mid-word). `used` columns are taken
 * on the first line by what precedes the text; later lines start with `indent`. No width (not a terminal): as is.
 */
export function wrapText(text: string, width: number | undefined, used = 0, indent = ''): string {
  if (!width || width < 20) return text;
  const max = width - 1; // never fill the last column: some terminals wrap there on their own
  const lines: string[] = [];
  let line = '';
  let room = max - used;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = indent + word;
      room = max;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** A question's lines, each wrapped under its own indentation; the first follows the "? " prefix. */
function wrapMessage(message: string, width: number | undefined): string {
  return message
    .split('\n')
    .map((line, i) => {
      const lead = /^\s*/.exec(line)![0];
      return lead + wrapText(line.slice(lead.length), width, lead.length + (i === 0 ? 2 : 0), lead);
    })
    .join('\n');
}
