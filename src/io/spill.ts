// A temporary file for what a large team report cannot keep in memory until the end: the report rows (put in
// order only once everyone is in) and the profiles that wait for a second one of the same name. Values go in as
// JSON lines and come back by number, read from where they were written.
//
// Nothing is left behind: the file is unlinked as soon as it is open (on POSIX systems it lives on, nameless,
// until the process ends, however it ends); where that is not allowed (Windows) it is removed on close and at
// exit.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { floats, ints } from '../core/columns.js';
import { EXIT, RungsError } from '../errors.js';

export interface Spill<T> {
  /** Keeps a value; values are numbered 0, 1, 2… in the order they are put. */
  put(value: T): number;
  get(id: number): T;
  readonly count: number;
  /** Closes and removes the file. */
  close(): void;
}

/** Written out in blocks of about this many bytes. */
const BLOCK = 1 << 16;

/**
 * A spill file in the system's temporary folder (TMPDIR), or undefined where none can be made (the caller keeps
 * the values in memory then). `revive` turns a parsed line back into the value (JSON has no NaN, for one).
 */
export function openSpill<T>(revive: (parsed: unknown) => T = (v) => v as T): Spill<T> | undefined {
  let dir: string | undefined;
  let fd: number;
  try {
    dir = mkdtempSync(join(tmpdir(), 'rungs-'));
    fd = openSync(join(dir, 'rows.ndjson'), 'w+', 0o600);
  } catch {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const folder = dir;
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // Still open (Windows, at exit without close): nothing more can be done here.
    }
  };
  try {
    unlinkSync(join(folder, 'rows.ndjson'));
    remove();
  } catch {
    process.once('exit', remove);
  }

  const offsets = floats();
  const lengths = ints();
  let written = 0;
  let pending: string[] = [];
  let pendingBytes = 0;
  let scratch = Buffer.alloc(64 * 1024);
  let open = true;

  const flush = () => {
    if (pending.length === 0) return;
    const bytes = Buffer.from(pending.join(''));
    pending = [];
    pendingBytes = 0;
    try {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, written + done);
    } catch (error) {
      throw new RungsError(`could not write the report's working file in ${tmpdir()}: ${(error as Error).message}`, EXIT.usage, 'free some space there, or point TMPDIR at a folder with room');
    }
    written += bytes.length;
  };

  return {
    put(value) {
      const line = `${JSON.stringify(value)}\n`;
      const bytes = Buffer.byteLength(line);
      offsets.push(written + pendingBytes);
      lengths.push(bytes);
      pending.push(line);
      pendingBytes += bytes;
      if (pendingBytes >= BLOCK) flush();
      return offsets.length - 1;
    },
    get(id) {
      const offset = offsets.at(id);
      const length = lengths.at(id);
      if (offset + length > written) flush();
      if (scratch.length < length) scratch = Buffer.alloc(Math.max(length, scratch.length * 2));
      for (let done = 0; done < length; ) {
        const n = readSync(fd, scratch, done, length - done, offset + done);
        if (n === 0) throw new Error(`the report's working file ended early (value ${id})`);
        done += n;
      }
      return revive(JSON.parse(scratch.toString('utf8', 0, length)));
    },
    get count() {
      return offsets.length;
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      remove();
      process.removeListener('exit', remove);
    },
  };
}
