// Standard input, read as a stream: readFileSync(0) throws EAGAIN on a pipe whose writer is still
// writing (`(sleep 1; cat me.yaml) | rungs recommend -`).
import { EXIT, RungsError } from '../errors.js';

export const STDIN = '<stdin>';

/** All of standard input as UTF-8 text. */
export async function readStdinStream(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new RungsError(`${STDIN}: not valid UTF-8 text`, EXIT.findings);
  }
}
