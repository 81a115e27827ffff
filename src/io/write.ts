// Writing output files so that nothing is ever half-written: write a temporary file beside the target, then
// rename it over the target (atomic on the same file system).
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { EXIT, errnoMessage, RungsError } from '../errors.js';

export interface WriteOptions {
  /** Refuse to replace an existing file (the caller offers --force). */
  noClobber?: boolean;
  /** Files that must not be overwritten (e.g. the inputs of the same command). */
  protect?: readonly string[];
  /** Folders whose data files (.yaml, .yml, .json) must not be overwritten: the framework being read. */
  protectDirs?: readonly string[];
  /** How to name the file in messages. */
  display?: string;
}

/**
 * Throws if `target` may not be written: an input, a framework data file, a missing folder. Commands that
 * work long before they write (a team report) call it first, so a bad -o fails before the work, not after.
 */
export function assertWritable(target: string, options: WriteOptions = {}): void {
  const abs = resolve(target);
  const shown = options.display ?? target;
  // Compared by real folder, so that another spelling of the same path (a linked folder, ./x/../) is caught.
  const real = canonical(abs);
  const name = basename(abs);
  if (options.protect?.some((p) => basename(p) === name && canonical(resolve(p)) === real)) {
    throw new RungsError(`${shown}: is also an input; refusing to overwrite it`, EXIT.usage);
  }
  const framework = options.protectDirs?.find((d) => isInside(real, realFolder(resolve(d))));
  if (framework !== undefined && /\.(ya?ml|json)$/i.test(abs) && exists(abs)) {
    throw new RungsError(`${shown}: is a file of the framework in ${framework}; refusing to overwrite it`, EXIT.usage);
  }
  const dir = dirname(abs);
  try {
    if (!statSync(dir).isDirectory()) throw new RungsError(`${shown}: ${dirname(shown)} is not a folder`, EXIT.usage);
  } catch (error) {
    if (error instanceof RungsError) throw error;
    throw new RungsError(`${shown}: the folder ${dirname(shown) || '.'} does not exist`, EXIT.usage);
  }
}

export function writeFileAtomic(target: string, content: string, options: WriteOptions = {}): void {
  assertWritable(target, options);
  const abs = resolve(target);
  const shown = options.display ?? target;
  const dir = dirname(abs);
  let existing = false;
  try {
    existing = statSync(abs).isFile() || true;
  } catch {
    existing = false;
  }
  if (existing && options.noClobber) {
    throw new RungsError(`${shown}: already exists; refusing to overwrite it`, EXIT.usage, 'use --force to replace it, or --resume to continue it');
  }
  const temp = join(dir, `.${basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    // 'wx': never follow or reuse an existing temp file.
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.noClobber && exists(abs)) {
      // The target appeared while we were working (another process, another questionnaire): keep theirs.
      throw new RungsError(`${shown}: appeared while rungs was running; refusing to overwrite it`, EXIT.usage);
    }
    renameSync(temp, abs);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if (error instanceof RungsError) throw error;
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The path with its folder's symbolic links resolved (the file itself may not exist yet). */
function canonical(abs: string): string {
  try {
    return join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return abs;
  }
}

function realFolder(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
