// Writing output files so that nothing is ever half-written or lost: a temporary file beside the real target,
// renamed over it (atomic on the same file system). What -o does with what it finds (README, "Options"):
// - a symbolic link: written through, to the file it points at (created if the link dangles), beside that file;
// - a FIFO or a character device (a terminal, /dev/null, /dev/stdout -> /proc/self/fd/1): written directly;
// - any other special file (a socket, a block device) and a folder: refused, one line;
// - an input of the same command (the same file: device and inode, so a link or another spelling is caught), a
//   data file of the framework being read, a file the same report's folders or globs would read back: refused;
// - a read-only file: refused unless --force; a replaced file keeps its mode, and its owner where rungs may set it.
import { accessSync, chownSync, closeSync, constants, fchmodSync, fstatSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { EXIT, errnoMessage, RungsError } from '../errors.js';

export interface WriteOptions {
  /** Refuse to replace an existing file (the caller offers --force). */
  noClobber?: boolean;
  /** Files that must not be overwritten (e.g. the inputs of the same command). */
  protect?: readonly string[];
  /** Folders whose data files (.yaml, .yml, .json) must not be overwritten: the framework being read. */
  protectDirs?: readonly string[];
  /** The input that would read this (real) file back next time (a folder or glob of a report), if any. */
  readsBack?: (real: string) => string | undefined;
  /** Replace a read-only file (--force). */
  force?: boolean;
  /** How to name the file in messages. */
  display?: string;
}

/** Where the bytes go: a regular file (replaced atomically), or a FIFO or character device (written directly). */
export type Destination = { kind: 'file'; path: string; stat?: Stats } | { kind: 'direct'; path: string } | { kind: 'fd'; fd: number };

const DATA_FILE = /\.(ya?ml|json)$/i;

/**
 * Throws if `target` may not be written, else says where the bytes will go. Commands that work long before they
 * write (a team report) call it first, so a bad -o fails before the work, not after.
 */
export function assertWritable(target: string, options: WriteOptions = {}): Destination {
  const abs = resolve(target);
  const shown = options.display ?? target;
  if (/[\\/]$/.test(target) && !isDirectory(abs)) {
    throw new RungsError(`${shown}: ends in /, so it names a folder, and there is no such folder; give a file name`, EXIT.usage);
  }
  let stat: Stats | undefined;
  try {
    stat = statSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
  if (stat?.isDirectory()) throw new RungsError(`${shown}: is a folder, not a file`, EXIT.usage);
  // This process's own stdout or stderr (/dev/stdout, /proc/self/fd/1), whatever it is: written to as it is.
  const own = stat && [1, 2].find((fd) => sameAsFd(fd, stat));
  if (own) return { kind: 'fd', fd: own };
  if (stat && (stat.isFIFO() || stat.isCharacterDevice())) return { kind: 'direct', path: abs };
  if (stat && !stat.isFile()) throw new RungsError(`${shown}: is ${specialKind(stat)}, not a file; rungs writes only to files, FIFOs and character devices`, EXIT.usage);

  // The real file: links followed (a dangling link to the file it would create), folders' links resolved.
  const real = stat ? realOrSelf(abs) : danglingTarget(abs, shown);
  if (stat && options.protect?.some((p) => sameFile(p, stat))) {
    throw new RungsError(`${shown}: is also an input; refusing to overwrite it`, EXIT.usage);
  }
  const framework = options.protectDirs?.find((d) => isInside(real, realOrSelf(resolve(d))));
  if (framework !== undefined && DATA_FILE.test(real) && stat) {
    throw new RungsError(`${shown}: is a file of the framework in ${framework}; refusing to overwrite it`, EXIT.usage);
  }
  const reader = options.readsBack?.(real);
  if (reader !== undefined) {
    throw new RungsError(`${shown}: the input ${reader} includes it: the next report would read it as a profile`, EXIT.usage, 'write it outside the folders read, or under a name they do not match');
  }
  const dir = dirname(real);
  try {
    if (!statSync(dir).isDirectory()) throw new RungsError(`${shown}: ${dirname(shown)} is not a folder`, EXIT.usage);
  } catch (error) {
    if (error instanceof RungsError) throw error;
    throw new RungsError(`${shown}: the folder ${dirname(shown) || '.'} does not exist`, EXIT.usage);
  }
  if (stat && !options.force && !options.noClobber && readOnly(real, stat)) {
    throw new RungsError(`${shown}: is read-only; refusing to overwrite it`, EXIT.usage, 'use --force to replace it');
  }
  return { kind: 'file', path: real, ...(stat ? { stat } : {}) };
}

/** The whole output, or a function that writes it in pieces (synchronously: a team report of any size). */
export type Content = string | ((write: (piece: string) => void) => void);

export function writeFileAtomic(target: string, content: Content, options: WriteOptions = {}): void {
  const destination = assertWritable(target, options);
  const shown = options.display ?? target;
  if (destination.kind === 'fd') return writeOwn(destination.fd, content, shown);
  if (destination.kind === 'direct') return writeDirect(destination.path, content, shown);
  const { path, stat } = destination;
  if (stat && options.noClobber) {
    throw new RungsError(`${shown}: already exists; refusing to overwrite it`, EXIT.usage, 'use --force to replace it, or --resume to continue it');
  }
  // A short name: the target's own name may already be as long as the file system allows.
  const temp = join(dirname(path), `.rungs-${process.pid}-${(++sequence).toString(36)}.tmp`);
  let fd: number | undefined;
  const release = holdSignals();
  try {
    // 'wx': never follow or reuse an existing temp file.
    fd = openSync(temp, 'wx', 0o644);
    if (stat) keepModeAndOwner(fd, temp, stat);
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.noClobber && exists(path)) {
      // The target appeared while we were working (another process, another questionnaire): keep theirs.
      throw new RungsError(`${shown}: appeared while rungs was running; refusing to overwrite it`, EXIT.usage);
    }
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if (error instanceof RungsError) throw error;
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  } finally {
    release();
  }
}

let sequence = 0;

function writeDirect(path: string, content: Content, shown: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'w');
    writeAll(fd, content);
  } catch (error) {
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function writeOwn(fd: number, content: Content, shown: string): void {
  try {
    writeAll(fd, content);
  } catch (error) {
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
}

function sameAsFd(fd: number, stat: Stats): boolean {
  try {
    const other = fstatSync(fd);
    return other.dev === stat.dev && other.ino === stat.ino && !other.isFile();
  } catch {
    return false;
  }
}

function writeAll(fd: number, content: Content): void {
  const write = (piece: string) => {
    const bytes = Buffer.from(piece);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
  };
  if (typeof content === 'string') write(content);
  else content(write);
}

/** The replaced file's permission bits exactly (the umask does not apply), and its owner where allowed. */
function keepModeAndOwner(fd: number, temp: string, stat: Stats): void {
  fchmodSync(fd, stat.mode & 0o7777);
  if (stat.uid === process.getuid?.() && stat.gid === process.getgid?.()) return;
  try {
    chownSync(temp, stat.uid, stat.gid);
    fchmodSync(fd, stat.mode & 0o7777); // chown clears set-id bits
  } catch {
    // Only root may give a file away: an ordinary user's replacement is theirs (README, "Options").
  }
}

/**
 * While the temporary file exists, a catchable signal (Ctrl-C, kill) must not end the process and leave it
 * behind: where nobody else listens for it, a listener holds it off until the file is renamed or removed. (The
 * write is synchronous, so a signal that arrives during it is spent once the listener goes: the output is whole.)
 */
function holdSignals(): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
  const hold = () => {};
  const held = signals.filter((s) => process.listenerCount(s) === 0);
  for (const s of held) process.on(s, hold);
  return () => {
    for (const s of held) process.removeListener(s, hold);
  };
}

function readOnly(path: string, stat: Stats): boolean {
  // Root may write anything: the file's own bits say whether it was meant to be kept.
  if (process.getuid?.() === 0) return (stat.mode & 0o222) === 0;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function specialKind(stat: Stats): string {
  if (stat.isSocket()) return 'a socket';
  if (stat.isBlockDevice()) return 'a block device';
  return 'a special file';
}

function sameFile(path: string, stat: Stats): boolean {
  try {
    const other = statSync(path);
    return other.dev === stat.dev && other.ino === stat.ino;
  } catch {
    return false;
  }
}

/** Where a dangling symbolic link points (the file writing to it creates); the path itself if it is no link. */
function danglingTarget(abs: string, shown: string): string {
  let path = abs;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(path).isSymbolicLink()) return canonical(path);
      link = readlinkSync(path);
    } catch {
      return canonical(path);
    }
    path = resolve(dirname(path), link);
  }
  throw new RungsError(`${shown}: too many levels of symbolic links (a link loop?)`, EXIT.usage);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
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

function realOrSelf(abs: string): string {
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
