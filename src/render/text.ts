// Helpers shared by the terminal formatters.
import { Chalk, type ChalkInstance } from 'chalk';
import type { RenderContext } from './formats.js';
import { neutralise } from './neutral.js';

export function palette(context: RenderContext): ChalkInstance {
  return new Chalk({ level: context.color ? 1 : 0 });
}

// C0/C1 control characters (ANSI escape sequences start with one) from data files must never reach a
// terminal: a name could otherwise move the cursor, recolour or retitle the terminal.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// The same class without the g flag: a test first, as a report cleans some 100,000 strings that hold no control
// character, and a global replace costs more even when it finds nothing.
// eslint-disable-next-line no-control-regex
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Text for a terminal, a table cell or HTML: control characters dropped, a TAB a space, invisible characters shown (neutral.ts). */
export function clean(text: string | undefined | null): string {
  if (text == null) return '';
  const s = String(text);
  return neutralise(HAS_CONTROL.test(s) ? s.replace(CONTROL, '') : s).replaceAll('\t', ' ');
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** A bar like ███████░░░ for a value in 0..1. */
export function bar(value: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round(value * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/**
 * Word-wraps `text` (cleaned) to `width` columns: words split at whitespace, lines joined by "\n", each line
 * starting with `indent`, the first with `first` instead. A word longer than a line gets a line of its own.
 */
export function wrap(text: string, width: number, indent = '', first = indent): string {
  const s = clean(text);
  return ODD_SPACING.test(s) ? wrapWords(s, width, indent, first) : wrapSpaced(s, width, indent, first);
}

/** Whitespace other than single spaces between words. */
const ODD_SPACING = /[^\S ]| {2}|^ | $/;

/**
 * wrap() for a text whose words are one space apart, as nearly all are: a team report wraps thousands of
 * warnings. Each line is then a slice of the text, found by searching for a space, with no word split out.
 */
function wrapSpaced(s: string, width: number, indent: string, first: string): string {
  const lines: string[] = [];
  let prefix = first;
  for (let start = 0; start < s.length; prefix = indent) {
    // The line ends at the last space that leaves it short enough or, with none, after its first word.
    const room = width - prefix.length;
    let end = s.length - start <= room ? s.length : s.lastIndexOf(' ', start + room);
    if (end < start) {
      const space = s.indexOf(' ', start);
      end = space < 0 ? s.length : space;
    }
    lines.push(prefix + s.slice(start, end));
    start = end + 1;
  }
  return lines.join('\n');
}

function wrapWords(s: string, width: number, indent: string, first: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length ? indent : first;
    if (line && line.length + 1 + word.length > width - prefix.length) {
      lines.push(prefix + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push((lines.length ? indent : first) + line);
  return lines.join('\n');
}
