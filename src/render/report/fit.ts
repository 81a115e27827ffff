// Fitting the terminal report into the terminal's width (issue 13): breaking long names, and the last resort for any line still too wide (a name longer than the terminal): cut, with "…".
import { displayWidth } from '../width.js';

// eslint-disable-next-line no-control-regex
const SGR = /^\u001b\[[0-9;]*m/;

/** Each line of `text` no wider than `width` columns: a wider one is cut to width - 1 and ends with "…". */
export function cutLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (displayWidth(line) <= width ? line : cut(line, width)))
    .join('\n');
}

function cut(line: string, width: number): string {
  let out = '';
  let coloured = false;
  for (let i = 0; i < line.length; ) {
    const code = SGR.exec(line.slice(i, i + 16));
    if (code) {
      out += code[0];
      coloured = true;
      i += code[0].length;
      continue;
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    // Measured with what comes before it: a joiner or a variation selector can widen the character before.
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
    i += ch.length;
  }
  return `${out}…${coloured ? '\u001b[0m' : ''}`;
}

/** Lines of plain text (no colour codes) wider than `width` broken into pieces of at most `width` columns. */
export function breakLines(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let piece = '';
    let used = 0;
    for (const ch of line) {
      const w = displayWidth(ch);
      if (used + w > width && piece) {
        out.push(piece);
        piece = '';
        used = 0;
      }
      piece += ch;
      used += w;
    }
    out.push(piece);
  }
  return out.join('\n');
}
