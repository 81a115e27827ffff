// Standard input, read as a stream: readFileSync(0) throws EAGAIN on a pipe whose writer is still
// writing (`(sleep 1; cat me.yaml) | rungs recommend -`).
import { EXIT, RungsError } from '../errors.js';
import { invalidUtf8Position, megabytes } from './read-text.js';

export const STDIN = '<stdin>';

/**
 * All of standard input as UTF-8 text. Past `maxBytes` it stops reading and throws (exit 1), as for a file
 * over --max-file-size: a runaway pipe must not fill the memory.
 */
export async function readStdinStream(stream: NodeJS.ReadableStream = process.stdin, maxBytes = Infinity): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) {
      throw new RungsError(
        `${STDIN}: more than ${megabytes(maxBytes)} on standard input, over the limit (raise it with --max-file-size)`,
        EXIT.findings,
      );
    }
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = invalidUtf8Position(bytes);
    throw new RungsError(`${STDIN}:${line}:${column}: not valid UTF-8 text`, EXIT.findings);
  }
}
