// How a choice prompt fits the terminal: every choice visible at once where it can be (at 80x24 a rating's
// seven choices, "0 None" and "Not sure" included), each choice's text shortened at a word to the lines it can
// have (the full text of the highlighted one on `?`), and a list too long for the screen shown as a window
// around the cursor. Pure: lines of plain text, no colour; the prompt (choice-prompt.ts) styles them.
import { displayWidth } from '../render/width.js';

export interface LayoutChoice {
  name: string;
  text?: string;
  description?: string;
  key?: string;
}

export interface LayoutInput {
  message: string;
  choices: readonly LayoutChoice[];
  /** The highlighted choice, -1 for none. */
  active: number;
  /** `?` was pressed: the highlighted choice's text in full. */
  expanded: boolean;
  back: boolean;
  columns: number;
  rows: number;
}

export interface Layout {
  /** The lines of the prompt, top to bottom (the first starts after the "? " prefix). */
  lines: string[];
  /** For each line, the choice it belongs to (-1: message, footer or marker). */
  owner: number[];
  /** Some text was shortened: `?` shows it. */
  shortened: boolean;
  /** How many of the lines are the message. */
  messageLines: number;
}

const ELLIPSIS = '…';
/** Below this many columns for the text beside the labels, the text goes under them instead. */
const MIN_SIDE_TEXT = 24;

export function layoutSelect(input: LayoutInput): Layout {
  const width = Math.max(20, input.columns) - 1; // never the last column: some terminals wrap there on their own
  const rows = Math.max(8, input.rows);
  const message = input.message.split('\n').flatMap((line, i) => {
    const lead = /^\s*/.exec(line)![0];
    return wrap(line.slice(lead.length), width - lead.length - (i === 0 ? 2 : 0)).map((l) => lead + l);
  });

  // Labels in one column, the texts beside them (or, on a narrow terminal, under them).
  const labelWidth = Math.max(0, ...input.choices.filter((c) => c.text).map((c) => displayWidth(c.name)));
  const side = width - 2 - labelWidth - 2 >= MIN_SIDE_TEXT;
  const textWidth = side ? width - 2 - labelWidth - 2 : width - 4;
  const natural = input.choices.map((c) => (c.text ? wrap(c.text, textWidth) : []));

  let shortened = false;

  // Rows left for the choices: the message, the footer (one or two lines), the description of the highlighted
  // choice when there is room, and the line the cursor rests on.
  const footer = footerLines(input, width, true);
  const budget = rows - message.length - footer.length - 1;
  const activeDescription = input.active >= 0 ? input.choices[input.active]!.description : undefined;
  const description = activeDescription ? wrap(activeDescription, width) : [];

  // Each choice's line count: the label line (with text beside it), plus more text lines where room allows.
  const nameLines = input.choices.map((c) => (side && c.text ? 1 : wrap(c.name, width - 2).length));
  const base = input.choices.map((_, i) => nameLines[i]! + (side ? 0 : Math.min(1, natural[i]!.length)));
  const needed = base.reduce((a, b) => a + b, 0);
  let window: [number, number] = [0, input.choices.length];
  if (needed > budget) {
    // A long list (the review): a window around the cursor, with a marker line above and below when cut.
    const room = Math.max(3, budget - 2);
    const at = Math.max(0, input.active);
    const start = Math.min(Math.max(0, at - Math.floor(room / 2)), Math.max(0, input.choices.length - room));
    window = [start, Math.min(input.choices.length, start + room)];
  }
  const windowed = needed > budget;
  if (windowed) {
    // one line per choice in a window: names and texts shortened to it
    for (let i = 0; i < base.length; i++) base[i] = 1;
  }
  const allowed = base.slice();
  let left = budget - needed;
  if (needed <= budget && description.length && left >= description.length + 1) left -= description.length;
  else description.length = 0;
  if (needed <= budget) {
    // The highlighted choice first when expanded, then one more line each, round and round.
    if (input.expanded && input.active >= 0) {
      const i = input.active;
      const more = Math.max(0, natural[i]!.length - (side ? allowed[i]! : allowed[i]! - nameLines[i]!));
      const take = Math.min(more, left);
      allowed[i]! += take;
      left -= take;
    }
    let grew = true;
    while (left > 0 && grew) {
      grew = false;
      for (let i = 0; i < input.choices.length && left > 0; i++) {
        const shown = side ? allowed[i]! : allowed[i]! - nameLines[i]!;
        if (shown < natural[i]!.length) {
          allowed[i]!++;
          left--;
          grew = true;
        }
      }
    }
  }

  const lines: string[] = [...message];
  const owner: number[] = message.map(() => -1);
  if (window[0] > 0) {
    lines.push(`  ↑ ${window[0]} more`);
    owner.push(-1);
  }
  for (let i = window[0]; i < window[1]; i++) {
    const c = input.choices[i]!;
    const cursor = i === input.active ? '❯ ' : '  ';
    const textLines = natural[i]!;
    const shown = side ? allowed[i]! : allowed[i]! - nameLines[i]!;
    const cut = fitLines(textLines, shown, textWidth);
    if (cut.length < textLines.length || (cut.length && cut.at(-1)!.endsWith(ELLIPSIS) && !textLines.at(-1)!.endsWith(ELLIPSIS))) shortened = true;
    if (side && c.text) {
      lines.push(`${cursor}${pad(c.name, labelWidth)}  ${cut[0] ?? ''}`.trimEnd());
      owner.push(i);
      for (const l of cut.slice(1)) {
        lines.push(`${' '.repeat(2 + labelWidth + 2)}${l}`);
        owner.push(i);
      }
    } else if (windowed) {
      lines.push(`${cursor}${fitLine(c.name, width - 2)}`);
      owner.push(i);
    } else {
      const [first, ...rest] = wrap(c.name, width - 2);
      lines.push(`${cursor}${first ?? ''}`);
      owner.push(i);
      for (const l of rest) {
        lines.push(`    ${l}`);
        owner.push(i);
      }
      for (const l of cut) {
        lines.push(`    ${l}`);
        owner.push(i);
      }
    }
  }
  if (window[1] < input.choices.length) {
    lines.push(`  ↓ ${input.choices.length - window[1]} more`);
    owner.push(-1);
  }
  for (const l of description) {
    lines.push(l);
    owner.push(-1);
  }
  for (const l of footerLines(input, width, shortened)) {
    lines.push(l);
    owner.push(-1);
  }
  return { lines, owner, shortened, messageLines: message.length };
}

/** The keys that work here, in one or two lines. */
function footerLines(input: LayoutInput, width: number, shortened: boolean): string[] {
  const keys = input.choices.map((c) => c.key).filter((k): k is string => k !== undefined);
  const digits = keys.filter((k) => /^\d$/.test(k)).sort();
  const parts = ['↑↓ move', '⏎ choose'];
  if (digits.length) parts.push(`${digits[0]}-${digits.at(-1)} answer`);
  if (keys.includes('n')) parts.push('n not sure');
  if (shortened) parts.push('? full text');
  if (input.back) parts.push('← back');
  return wrap(parts.join(' · '), width);
}

/** Word-wraps to a width; a word longer than the width is split (it cannot fit otherwise). */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(8, width);
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (displayWidth(word) > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, max));
      word = word.slice(max);
    }
    if (!word) continue;
    if (line && displayWidth(line) + 1 + displayWidth(word) > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The first n wrapped lines; when text is left over, the last one ends at a word with "…". */
function fitLines(lines: readonly string[], n: number, width: number): string[] {
  if (lines.length <= n) return [...lines];
  if (n <= 0) return [];
  const out = lines.slice(0, n);
  const words = out[n - 1]!.split(' ');
  while (words.length > 1 && displayWidth(`${words.join(' ')}${ELLIPSIS}`) > width) words.pop();
  out[n - 1] = `${words.join(' ').replace(/[\s,.;:—-]+$/, '')}${ELLIPSIS}`;
  return out;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** One line of at most `width` columns, cut at a word with "…" when the text is longer. */
export function fitLine(text: string, width: number): string {
  const lines = wrap(text, width);
  return lines.length <= 1 ? (lines[0] ?? '') : fitLines(lines, 1, width)[0]!;
}
