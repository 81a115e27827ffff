// A plain box-drawing table. cli-table3 takes some 3 ms a row, so a team of 10,000 would wait half a minute
// for its people table; this draws the same borders in linear time, and keeps cli-table3 (and its ~20 ms of
// loading) out of `rungs recommend`. The browsing tables stay on cli-table3.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal: escape codes take none, East Asian wide characters and emoji two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export interface BoxOptions {
  /** No rule between body rows. */
  compact?: boolean;
  /** Colours the borders (e.g. grey); identity when colour is off. */
  border?: (s: string) => string;
  /** Columns to right-align (by index). */
  right?: readonly number[];
}

/** Cells may hold several lines ("\n"); every value must already be clean of control characters. */
export function box(head: readonly string[], rows: readonly (readonly (string | number)[])[], options: BoxOptions = {}): string {
  return boxLines(head, rows, options).join('\n');
}

/** The table as lines, for a caller that assembles a larger text: one join at the end, not one per table. */
export function boxLines(head: readonly string[], rows: readonly (readonly (string | number)[])[], options: BoxOptions = {}): string[] {
  const border = options.border ?? ((s: string) => s);
  const right = new Set(options.right ?? []);
  const split = (cell: string | number | undefined) => String(cell ?? '').split('\n');
  const cellsOf = (row: readonly (string | number)[]) => head.map((_, i) => split(row[i]));
  // Two passes (measure, then draw) rather than every row's split cells held at once: a team of 10,000 is a
  // big table. Loops, not Math.max(...): a team can have more rows than a call has room for arguments.
  const widths = head.map(() => 0);
  const measure = (row: readonly (string | number)[]) => cellsOf(row).forEach((lines, i) => lines.forEach((l) => (widths[i] = Math.max(widths[i]!, displayWidth(l)))));
  measure(head);
  for (const row of rows) measure(row);
  const rule = (l: string, m: string, r: string) => border(`${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`);
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - displayWidth(text));
    return right.has(i) ? gap + text : text + gap;
  };
  const out: string[] = [];
  const line = (cells: string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(`${border('│')} ${cells.map((c, i) => pad(c[k] ?? '', i)).join(` ${border('│')} `)} ${border('│')}`);
  };
  const between = rule('├', '┼', '┤');
  out.push(rule('┌', '┬', '┐'));
  line(cellsOf(head));
  out.push(between);
  rows.forEach((row, i) => {
    if (i > 0 && !options.compact) out.push(between);
    line(cellsOf(row));
  });
  out.push(rule('└', '┴', '┘'));
  return out;
}
