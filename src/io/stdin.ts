// Standard input, read as a stream: readFileSync(0) throws EAGAIN on a pipe whose writer is still
// writing (`(sleep 1; cat me.yaml) | rungs recommend -`).
import { fstatSync, readSync } from 'node:fs';
import { EXIT, RungsError } from '../errors.js';
import { invalidUtf8Position, megabytes } from './read-text.js';

export const STDIN = '<stdin>';

/**
 * All of standard input as UTF-8 text. Past `maxBytes` it stops reading and throws (exit 1), as for a file
 * over --max-file-size: a runaway pipe must not fill the memory.
 */
async function readStdinStream(stream: NodeJS.ReadableStream = process.stdin, maxBytes = Infinity): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw overLimit(maxBytes);
    chunks.push(buffer);
  }
  return decode(Buffer.concat(chunks));
}

/** Whether standard input is a terminal, without setting up process.stdin (a stream costs start-up time). */
export function stdinIsTerminal(): boolean {
  // node:tty loaded here, not with the module: most commands that read a profile never ask.
  return process.getBuiltinModule('node:tty').isatty(0);
}

/**
 * This process's standard input as UTF-8 text, as readStdinStream. A regular file (`rungs report - < team.ndjson`)
 * is read with a few read calls instead of a stream of 64 KB chunks: a team's file is tens of megabytes.
 */
export async function readStdin(maxBytes = Infinity): Promise<string> {
  let size: number | undefined;
  try {
    const stat = fstatSync(0);
    if (stat.isFile()) size = stat.size;
  } catch {
    size = undefined;
  }
  if (size === undefined) return readStdinStream(process.stdin, maxBytes);
  // The file may be read from part-way (a caller already consumed some of it): read to its end, never past the limit.
  const cap = Math.min(size, maxBytes) + 1;
  const buffer = Buffer.allocUnsafe(cap);
  let length = 0;
  for (let n = -1; n !== 0 && length < cap; length += n) n = readSync(0, buffer, length, cap - length, null);
  if (length > maxBytes) throw overLimit(maxBytes);
  return decode(buffer.subarray(0, length));
}

function overLimit(maxBytes: number): RungsError {
  return new RungsError(`${STDIN}: more than ${megabytes(maxBytes)} on standard input, over the limit (raise it with --max-file-size)`, EXIT.findings);
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = invalidUtf8Position(bytes);
    throw new RungsError(`${STDIN}:${line}:${column}: not valid UTF-8 text`, EXIT.findings);
  }
}
