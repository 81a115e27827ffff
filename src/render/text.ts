// Helpers shared by the terminal formatters.
import { Chalk, type ChalkInstance } from 'chalk';
import type { RenderContext } from './formats.js';

export function palette(context: RenderContext): ChalkInstance {
  return new Chalk({ level: context.color ? 1 : 0 });
}

// C0/C1 control characters (ANSI escape sequences start with one) from data files must never reach a
// terminal: a name could otherwise move the cursor, recolour or retitle the terminal.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function clean(text: string | undefined | null): string {
  return text == null ? '' : String(text).replace(CONTROL, '');
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** A bar like ███████░░░ for a value in 0..1. */
export function bar(value: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round(value * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function wrap(text: string, width: number, indent = ''): string {
  const words = clean(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
