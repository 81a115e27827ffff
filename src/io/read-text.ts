// Reading one data file as text, with every way it can fail turned into a problem (never a throw).
import { readFileSync, statSync } from 'node:fs';
import type { Problem } from '../core/problems.js';
import { errnoMessage } from '../errors.js';

/** Reads a text file; on failure records a problem and returns undefined. */
export function readText(abs: string, file: string, maxBytes: number, problems: Problem[]): string | undefined {
  try {
    const size = statSync(abs).size;
    if (size > maxBytes) {
      problems.push({
        file,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'file-too-large',
        message: `the file is ${megabytes(size)}, over the limit of ${megabytes(maxBytes)} (raise it with --max-file-size)`,
      });
      return undefined;
    }
    const buffer = readFileSync(abs);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      const { line, column } = invalidUtf8Position(buffer);
      problems.push({ file, line, column, severity: 'error', rule: 'unreadable', message: 'the file is not valid UTF-8 text' });
      return undefined;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'the file is not valid UTF-8 text' : errnoMessage(error, file).replace(/^[^:]*: /, '');
    problems.push({ file, line: 0, column: 0, severity: 'error', rule: 'unreadable', message });
    return undefined;
  }
}

/** Line and column (in characters) of the first byte that is not valid UTF-8. */
export function invalidUtf8Position(buffer: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < buffer.length) {
    const b = buffer[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > buffer.length) break;
    let valid = true;
    for (let k = 1; k < length; k++) if ((buffer[i + k]! & 0xc0) !== 0x80) valid = false;
    // Overlong forms, surrogates and code points above U+10FFFF.
    const second = buffer[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) valid = false;
    if (!valid) break;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column += length === 4 ? 2 : 1; // a character above U+FFFF is two UTF-16 units, as elsewhere
    i += length;
  }
  return { line, column };
}

/** A size as people read it: "2.0 MB", or "12 KB" under a tenth of a megabyte (where "0.0 MB" would say nothing). */
export function megabytes(bytes: number): string {
  return bytes >= 0.1 * 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
