// A plain box-drawing table. cli-table3 takes some 3 ms a row, so a team of 10,000 would wait half a minute
// for its people table; this draws the same borders in linear time, and keeps cli-table3 (and its ~20 ms of
// loading) out of `rungs recommend`. The browsing tables stay on cli-table3.
//
// A team's people table is some 40,000 lines, so drawing it makes as little garbage as it can: cells are never
// split into arrays, padding and borders come from a few cached strings, and lines leave in batches.
import type { Lines } from './lines.js';
import { displayWidth, pushLineWidths, Widths } from './width.js';

export { displayWidth } from './width.js';

/** The width of a box.ts table of these cells: the widest line of each column, plus borders and padding. */
export function boxWidth(head: readonly string[], rows: readonly (readonly (string | number)[])[]): number {
  const widths = head.map((h) => widest(h));
  for (const row of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, widest(String(row[i] ?? '')));
  return widths.reduce((sum, w) => sum + w + 3, 1);
}

function widest(cell: string): number {
  let max = 0;
  for (const line of cell.split('\n')) max = Math.max(max, displayWidth(line));
  return max;
}


export interface BoxOptions {
  /** No rule between body rows. */
  compact?: boolean;
  /** Colours the borders (e.g. grey); identity when colour is off. */
  border?: (s: string) => string;
  /** Columns to right-align (by index). */
  right?: readonly number[];
}

type Row = readonly (string | number)[];

/** Lines (at least) per string that boxInto appends to `out`. */
const BATCH = 1024;

/** The rules, by Table.rule()'s argument. */
const [TOP, MIDDLE, BOTTOM] = [0, 1, 2];

/** Cells may hold several lines ("\n"); every value must already be clean of control characters. */
export function box(head: readonly string[], rows: readonly Row[], options: BoxOptions = {}): string {
  const out: string[] = [];
  boxInto(out, head, rows, options);
  return out.join('\n');
}

/** Appends the table to `out`, for a caller that joins `out` with "\n": a batch of lines to an element. */
export function boxInto(out: Lines, head: readonly string[], rows: readonly Row[], options: BoxOptions = {}): void {
  const table = new Table(out, head.map((_, i) => options.right?.includes(i) ?? false), options.border ?? ((s: string) => s), rows.length);
  // Two passes, measure then draw; in between, only the lines' widths are kept, not the lines.
  table.measure(head);
  for (const row of rows) table.measure(row);
  table.prepare();
  table.rule(TOP);
  table.draw(head);
  table.rule(MIDDLE);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && !options.compact) table.rule(MIDDLE);
    table.draw(rows[i]!);
    // Here rather than in draw(): code V8 has not run yet stops the optimized code that reaches it, and this loop
    // is cheaper to optimize again than the drawing.
    if (table.full()) table.flush();
  }
  table.rule(BOTTOM);
  table.flush();
}

/**
 * One table being drawn. A class rather than closures: every table then runs the same functions, which V8 keeps
 * optimized from one table to the next, where new closures for each table would undo that.
 */
class Table {
  /** Each column's width: its widest line. */
  readonly widths: number[];
  /** Per cell, in order: its number of lines, then the width of each. */
  private readonly measured: Widths;
  private read = 0;
  // The row being drawn: its cells' text, and for each cell where its next line starts, how many lines it has
  // left and where the next one's width is in `measured`.
  private readonly texts: string[];
  private readonly next: number[];
  private readonly left: number[];
  private readonly widthAt: number[];
  /**
   * By column boundary i (before cell i; n: after the last; 0 is in `starts`) and the padding the cell before
   * owes: the text between the cells.
   */
  private borders: (string | undefined)[][] = [];
  /** Padding for right-aligned cells, by size. */
  private spaces: (string | undefined)[] = [];
  /**
   * The lines not yet appended to `out`. Built with `+=`, which V8 keeps as a tree of the pieces; each batch is
   * flattened once complete (see flush()), as thousands of trees kept alive until the caller's final join would
   * cost more in garbage collection than drawing the table.
   */
  private chunk = '';
  private batched = 0;
  /** The top, middle and bottom rules, each alone and after a "\n". */
  private rules: string[][] = [];
  /** The first border of a line, alone and after a "\n". */
  private starts: string[] = [];
  private readonly bar: string;

  constructor(
    private readonly out: Lines,
    private readonly right: readonly boolean[],
    private readonly border: (s: string) => string,
    rows: number,
  ) {
    this.bar = border('│');
    const n = right.length;
    // Per cell its number of lines and at least one width.
    this.measured = new Widths((rows + 1) * n * 2);
    this.widths = new Array<number>(n).fill(0);
    this.texts = new Array<string>(n).fill('');
    this.next = new Array<number>(n).fill(0);
    this.left = new Array<number>(n).fill(0);
    this.widthAt = new Array<number>(n).fill(0);
  }

  measure(row: Row): void {
    const { measured, widths } = this;
    for (let i = 0; i < widths.length; i++) {
      const at = measured.length;
      measured.push(0);
      const widest = pushLineWidths(cellText(row[i]), measured);
      measured.set(at, measured.length - at - 1);
      if (widest > widths[i]!) widths[i] = widest;
    }
  }

  /**
   * Once the widths are known: every border and padding the lines will need, from the measured widths. Made here,
   * not when drawing first needs them, so that drawing is only lookups: code that V8 has hardly run by the time
   * it optimizes the drawing would stop the optimized code when a later table reaches it.
   */
  prepare(): void {
    const { widths, right, measured, bar } = this;
    const n = widths.length;
    // Filled with undefined rather than left with holes: arrays of one kind for every table, for the same reason.
    const room = (size: number) => new Array<string | undefined>(size).fill(undefined);
    this.spaces = room(Math.max(0, ...widths) + 1);
    // A right-aligned cell's padding goes before it, so it owes nothing after it.
    this.borders = Array.from({ length: n + 1 }, (_, i) => room(i === 0 || right[i - 1] ? 1 : widths[i - 1]! + 1));
    this.starts = [`${bar} `, `\n${bar} `];
    this.rules = [
      ['┌', '┬', '┐'],
      ['├', '┼', '┤'],
      ['└', '┴', '┘'],
    ].map(([l, m, r]) => this.border(`${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`)).map((rule) => [rule, `\n${rule}`]);
    // The widths each column's lines have (a few, mostly), then what each needs; below a cell's last line, the
    // whole width is padding.
    const seen = widths.map((w) => new Uint8Array(w + 1));
    for (let at = 0; at < measured.length; ) {
      for (let i = 0; i < n; i++) {
        for (let count = measured.get(at++); count > 0; count--) seen[i]![measured.get(at++)] = 1;
      }
    }
    for (let i = 0; i < n; i++) {
      this.need(i, widths[i]!);
      for (let width = 0; width <= widths[i]!; width++) if (seen[i]![width]) this.need(i, widths[i]! - width);
    }
  }

  /** Makes what a line needs after cell i when the cell is `pad` short of its column's width. */
  private need(i: number, pad: number): void {
    const { bar } = this;
    const owed = this.right[i] ? 0 : pad;
    this.borders[i + 1]![owed] ??= ' '.repeat(owed) + (i === this.widths.length - 1 ? ` ${bar}` : ` ${bar} `);
    if (this.right[i]) this.spaces[pad] ??= ' '.repeat(pad);
  }

  /** Draws the row's lines: as many as its tallest cell has (none without columns), blank below a shorter cell's. */
  draw(row: Row): void {
    const { measured, widths, right, texts, next, left, widthAt, borders, spaces } = this;
    const n = widths.length;
    let height = 0;
    for (let i = 0; i < n; i++) {
      texts[i] = cellText(row[i]);
      next[i] = 0;
      const count = measured.get(this.read);
      left[i] = count;
      widthAt[i] = this.read + 1;
      this.read += count + 1;
      if (count > height) height = count;
    }
    let { chunk } = this;
    for (let k = 0; k < height; k++) {
      chunk += this.starts[this.batched++ > 0 ? 1 : 0]!;
      // What the cell before owes as padding: a left-aligned cell's padding goes after it.
      let owed = 0;
      for (let i = 0; i < n; i++) {
        let piece = '';
        let pad = widths[i]!;
        if (left[i]! > 0) {
          const text = texts[i]!;
          const start = next[i]!;
          if (--left[i]! === 0) piece = start === 0 ? text : text.slice(start);
          else {
            const nl = text.indexOf('\n', start);
            piece = text.slice(start, nl);
            next[i] = nl + 1;
          }
          pad -= measured.get(widthAt[i]!++);
        }
        if (i > 0) chunk += borders[i]![owed]!;
        if (right[i]) {
          chunk += spaces[pad]!;
          owed = 0;
        } else owed = pad;
        chunk += piece;
      }
      chunk += borders[n]![owed]!;
    }
    this.chunk = chunk;
  }

  /** Draws a rule: TOP, MIDDLE or BOTTOM. */
  rule(which: number): void {
    this.chunk += this.rules[which]![this.batched++ > 0 ? 1 : 0]!;
  }

  full(): boolean {
    return this.batched >= BATCH;
  }

  /** Appends the lines drawn so far to `out`, flattened: reading a character makes V8 flatten the tree. */
  flush(): void {
    this.chunk.charCodeAt(0);
    this.out.push(this.chunk);
    this.chunk = '';
    this.batched = 0;
  }
}

function cellText(cell: string | number | undefined): string {
  return typeof cell === 'string' ? cell : String(cell ?? '');
}
