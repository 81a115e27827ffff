// Standard output as a destination that can fail on write (`>/dev/full`): the output would be lost, which must be
// an error (exit 2), never a quiet exit 0.
//
// A closed stdout (`rungs roles >&-`) cannot be told apart: Node reopens a closed fd 1 on /dev/null, read-write,
// before any of rungs runs, which is just how a script discards output (Python's subprocess.DEVNULL, Node's
// stdio 'ignore'). Taking that for "closed" refused those scripts (exit 2), so it is taken for /dev/null.
import { fstatSync, writeSync } from 'node:fs';
import { EXIT, RungsError } from '../errors.js';

/** A failed write to stdout or a file, said plainly: "no space left on the device". */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EDQUOT') return 'over the disk quota';
  if (code === 'EIO') return 'an input/output error';
  if (code === 'EBADF') return 'it is closed';
  return String((error as Error).message).replace(/^\w+: /, '').replace(/, write$/, '');
}

/**
 * Writes the output to stdout. A file or device (what Node writes to synchronously anyway) is written here, so a
 * failure is an error of this command, said before its summary line; a pipe or terminal goes through the stream,
 * whose failures the CLI entry turns into the same one line.
 */
export function writeStdout(text: string): void {
  let direct = false;
  try {
    const stat = fstatSync(1);
    direct = stat.isFile() || stat.isCharacterDevice() && !process.stdout.isTTY;
  } catch {
    direct = false;
  }
  if (!direct) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  try {
    for (let done = 0; done < bytes.length; ) done += writeSync(1, bytes, done, bytes.length - done);
  } catch (error) {
    throw new RungsError(`could not write the output to standard output: ${writeFailure(error)}`, EXIT.usage);
  }
}
