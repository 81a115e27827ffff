// How many columns text takes in a terminal: string-width's rule (grapheme clusters; marks, joiners and other
// default-ignorable characters take none; emoji sequences and East Asian wide characters take two), which is
// also what cli-table3 measures with in the bundle (src/build/build.mjs points its string-width here). A team's
// table measures some 200,000 cell lines, so the common case skips that rule (string-width.ts: an Intl.Segmenter
// pass and several Unicode-property regexes): text of characters that always take one column on their own and never join
// a neighbour into one cluster is as wide as it is long. A unit test checks every character of that class
// against string-width.
import { stringWidth } from './string-width.js';

/** Characters one column wide that never cluster with a neighbour: Latin, Greek, Cyrillic, punctuation, arrows, box lines, ✔ ✘ ★ ⚠. */
export const NARROW_CLASS =
  '\\u0020-\\u007e\\u00a0-\\u00ac\\u00ae-\\u02ff\\u0370-\\u0482\\u048a-\\u052f\\u1e00-\\u1fff\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u2319\\u2500-\\u25fc\\u2605\\u26a0\\u2714\\u2718';
const NOT_NARROW = new RegExp(`[^${NARROW_CLASS}]`);
// The colour codes chalk writes (SGR: ESC [ digits and semicolons m). string-width strips these same spans.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a one-line string takes in a terminal (string-width's rule). */
export function displayWidth(text: string): number {
  return NOT_NARROW.test(text) ? lineWidth(text) : text.length;
}

/** displayWidth of a line that holds some character outside the narrow class. */
function lineWidth(line: string): number {
  if (line.includes('\u001b')) {
    // Once chalk's codes are gone, what is left is often narrow. Any other escape left over (or one the stripping
    // made by joining two halves) goes to string-width whole, which strips as it does.
    const plain = line.replace(SGR, '');
    if (!NOT_NARROW.test(plain)) return plain.length;
  }
  return stringWidth(line);
}

/** A growing list of widths (small integers), without the boxing of a plain array. */
export class Widths {
  private data: Int32Array;
  length = 0;

  /** `expected`: how many values there will likely be, to avoid growing. */
  constructor(expected = 0) {
    this.data = new Int32Array(Math.max(expected, 1024));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index]!;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }
}

/** Appends the width of each of the text's lines ("\n"-separated) to `into`, in order; returns the widest. */
export function pushLineWidths(text: string, into: Widths): number {
  // "\n" is outside the narrow class, so one search tells a one-line narrow cell, the most common kind.
  if (!NOT_NARROW.test(text)) {
    into.push(text.length);
    return text.length;
  }
  let widest = 0;
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const line = nl < 0 ? (start === 0 ? text : text.slice(start)) : text.slice(start, nl);
    const width = displayWidth(line);
    into.push(width);
    if (width > widest) widest = width;
    if (nl < 0) return widest;
    start = nl + 1;
  }
}

// What cli-table3 strips before it measures (its utils.codeRegex): colour codes of up to six parameters.
// eslint-disable-next-line no-control-regex
const TABLE_CODES = /\u001b\[(?:\d*;){0,5}\d*m/g;

/**
 * cli-table3's strlen() with this file's rule, for the bundle (src/build/build.mjs): its colour codes stripped,
 * then the widest line. The same steps, without a new RegExp per call.
 */
export function tableTextWidth(text: string): number {
  const stripped = text.includes('\u001b') ? text.replace(TABLE_CODES, '') : text;
  if (!NOT_NARROW.test(stripped)) return stripped.length;
  let widest = 0;
  for (const line of stripped.split('\n')) {
    const width = displayWidth(line);
    if (width > widest) widest = width;
  }
  return widest;
}
