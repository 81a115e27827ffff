// Reading one data file as text, with every way it can fail turned into a problem (never a throw). Only a
// regular file is read (a device would be read forever, a FIFO waited on), and never more than the limit: the
// bytes actually read are counted, since stat's size is 0 for a device or a /proc file and a file can grow.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Problem } from '../core/problems.js';
import { errnoMessage } from '../errors.js';

/** Reads a text file; on failure records a problem and returns undefined. */
export function readText(abs: string, file: string, maxBytes: number, problems: Problem[]): string | undefined {
  const problem = (rule: string, message: string) => void problems.push({ file, line: 0, column: 0, severity: 'error', rule, message });
  const tooLarge = ([size, limit]: [string, string]) => problem('file-too-large', `the file is ${size}, over the limit of ${limit} (raise it with --max-file-size)`);
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer before it can be refused.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return void problem('unreadable', notAFile(stat));
    if (stat.size > maxBytes) return void tooLarge(sizes(stat.size, maxBytes));
    const buffer = readUpTo(fd, maxBytes, stat.size);
    if (buffer === undefined) return void tooLarge([`more than ${megabytes(maxBytes)}`, megabytes(maxBytes)]);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      const { line, column } = invalidUtf8Position(buffer);
      problems.push({ file, line, column, severity: 'error', rule: 'unreadable', message: 'the file is not valid UTF-8 text' });
      return undefined;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENXIO' ? 'is a socket, not a file' : errnoMessage(error, file).replace(/^[^:]*: /, '');
    problem('unreadable', message);
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** At most maxBytes from fd, or undefined if there is more. */
function readUpTo(fd: number, maxBytes: number, expected: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes, expected) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(64 * 1024, buffer.length * 2)));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return length > maxBytes ? undefined : buffer.subarray(0, length);
}

/** What a path that is not a regular file is, as the one-line message says it. */
export function notAFile(stat: Stats): string {
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isCharacterDevice()) return 'is a character device, not a file';
  if (stat.isBlockDevice()) return 'is a block device, not a file';
  if (stat.isFIFO()) return 'is a FIFO (named pipe), not a file';
  if (stat.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
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

/** A size as people read it: "2.0 MB", or "12 KB" under a tenth of a megabyte (where "0.0 MB" would say nothing), or bytes under 1 KB. */
export function megabytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  return bytes >= 0.1 * 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Two sizes said so that they differ where the numbers do: in exact bytes when the rounded forms would match. */
export function sizes(a: number, b: number): [string, string] {
  const [x, y] = [megabytes(a), megabytes(b)];
  if (x !== y || a === b) return [x, y];
  const exact = (n: number) => `${n.toLocaleString('en-US')} byte${n === 1 ? '' : 's'}`;
  return [exact(a), exact(b)];
}
