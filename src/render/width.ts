// How many columns text takes in a terminal. A team's table measures some 200,000 cell lines, so the common
// cases skip the definition (referenceWidth: a regex replace, then an iterator over code points): a text of
// one-column characters only is found by a regex search, and the rest are counted by a loop over char codes.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const ESC = /\u001b/;
// Any character that is not simply one column: the escape that starts a colour code, the zero-width marks, the
// wide ranges of isWide within the BMP, and surrogates. A unit test keeps it in step with isWide.
const NOT_NARROW_CHARS = '\\u001b\\u0300-\\u036f\\u1100-\\u115f\\u200d\\u2e80-\\u303e\\u3040-\\ua4cf\\uac00-\\ud7a3\\ud800-\\udfff\\uf900-\\ufaff\\ufe00-\\ufe0f\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const NOT_NARROW = new RegExp(`[${NOT_NARROW_CHARS}]`);
// The same or a line break: most cells have neither, and one search tells.
const NOT_NARROW_OR_BREAK = new RegExp(`[\\n${NOT_NARROW_CHARS}]`);

/** Columns a string takes in a terminal: escape codes take none, East Asian wide characters and emoji two. */
export function displayWidth(text: string): number {
  return NOT_NARROW.test(text) ? spanWidth(text, 0, text.length) : text.length;
}

/** The definition of displayWidth: strip the escape codes, then count code points. */
function referenceWidth(text: string): number {
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

/** displayWidth(text.slice(start, end)) without making the slice. */
function spanWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) {
      if (code === 0x1b) {
        const after = escapeEnd(text, i, end);
        if (after > 0) {
          i = after - 1;
          continue;
        }
      }
      width++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // Stripping an escape code can join the halves of a pair it split: only the definition gets that right.
      return referenceWidth(text.slice(start, end));
    } else if (!(code <= 0x36f || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f))) width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** Where the escape code (ESC [ digits and semicolons m) starting at `i` ends, or -1 when there is none. */
function escapeEnd(text: string, i: number, end: number): number {
  if (i + 1 >= end || text.charCodeAt(i + 1) !== 0x5b) return -1;
  let j = i + 2;
  for (; j < end; j++) {
    const code = text.charCodeAt(j);
    if (!((code >= 0x30 && code <= 0x39) || code === 0x3b)) break;
  }
  return j < end && text.charCodeAt(j) === 0x6d ? j + 1 : -1;
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
  if (text.search(NOT_NARROW_OR_BREAK) < 0) {
    into.push(text.length);
    return text.length;
  }
  // Escape codes never hold a "\n", so without them the text has the same lines, each as wide as the original
  // one. Counting the stripped text's characters is exact when it is all one-column characters: no surrogates,
  // so the stripping cannot have joined a pair either.
  let measured = text;
  let narrow = !NOT_NARROW.test(text);
  if (!narrow && ESC.test(text)) {
    const plain = text.replace(ANSI, '');
    if (!NOT_NARROW.test(plain)) {
      measured = plain;
      narrow = true;
    }
  }
  let widest = 0;
  for (let start = 0; ; ) {
    const nl = measured.indexOf('\n', start);
    const end = nl < 0 ? measured.length : nl;
    const width = narrow ? end - start : spanWidth(text, start, end);
    into.push(width);
    if (width > widest) widest = width;
    if (nl < 0) return widest;
    start = nl + 1;
  }
}
