// Standard output as a destination that can fail: closed by the caller (`rungs roles >&-`), or failing on write
// (`>/dev/full`). Either way the output would be lost, which must be an error (exit 2), never a quiet exit 0.
import { fstatSync, readFileSync, statSync, writeSync } from 'node:fs';
import { EXIT, RungsError } from '../errors.js';

/**
 * Whether the caller closed fd 1. Node reopens a closed fd 0-2 on /dev/null, read-write, before any of our code
 * runs; a shell's `>/dev/null` opens it write-only. So /dev/null opened read-write on fd 1 is taken for a closed
 * stdout (Linux, where /proc says how a descriptor was opened; elsewhere it is never taken as closed).
 */
export function stdoutClosed(): boolean {
  try {
    const stat = fstatSync(1);
    if (!stat.isCharacterDevice() || stat.rdev !== fstatNull()) return false;
    const flags = /^flags:\s*(\d+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}

function fstatNull(): number {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return -1;
  }
}

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
