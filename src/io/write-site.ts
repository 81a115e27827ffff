// Writing a generated folder (the static site) so that no page is ever half-written:
// - a new or empty folder is built complete in a hidden folder beside it, then renamed into place (all or nothing);
// - a folder that holds a previous site (its manifest says so), or any folder with --force, is updated file by
//   file, each file written atomically; pages the previous site had and this one does not are removed, other
//   files (a CNAME, a README) are left alone; the manifest is written last.
// Anything else that is not empty is refused: rungs does not mix its pages into a folder it did not make.
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EXIT, errnoMessage, RungsError } from '../errors.js';
import { writeFileAtomic } from './write.js';

export const MANIFEST = '.rungs-site.json';

export interface OutFile {
  /** Relative to the folder, with forward slashes. */
  path: string;
  content: string;
}

export interface FolderWriteOptions {
  force?: boolean;
  /** How to name the folder in messages. */
  display: string;
  /** Folders that must never be written into (the framework being read). */
  protectDirs?: readonly string[];
  /** Extra fields for the manifest (the framework's name and version). */
  about?: Record<string, string>;
}

export interface FolderWriteResult {
  how: 'created' | 'updated';
  written: number;
  removed: number;
}

/** Only names like the ones rungs writes are ever removed, whatever a (hand-edited) manifest lists. */
const REMOVABLE = /^(?:[a-z0-9-]+\/)?[a-z0-9.-]+\.(?:html|css|json)$/;

export function writeSiteFolder(out: string, files: readonly OutFile[], options: FolderWriteOptions): FolderWriteResult {
  const abs = resolve(out);
  const shown = options.display;
  for (const d of options.protectDirs ?? []) {
    // Inside it, the pages' .json files would become files of the framework (and trip its next validation).
    const framework = real(resolve(d));
    const target = canonical(abs);
    if (target === framework || isInside(target, framework)) {
      throw new RungsError(`${shown}: is ${target === framework ? 'the framework folder being read' : 'inside the framework folder being read'}; refusing to write the site there`, EXIT.usage, 'choose a folder outside it, e.g. -o site');
    }
  }
  const manifest = `${JSON.stringify({ generator: 'rungs', ...options.about, files: files.map((f) => f.path) }, null, 2)}\n`;
  let entries: string[] | undefined;
  try {
    if (!statSync(abs).isDirectory()) throw new RungsError(`${shown}: is a file, not a folder`, EXIT.usage);
    entries = readdirSync(abs);
  } catch (error) {
    if (error instanceof RungsError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
  if (entries === undefined || entries.length === 0) return buildBeside(abs, files, manifest, shown, entries !== undefined);
  const previous = previousSite(abs);
  if (!previous && !options.force) {
    throw new RungsError(
      `${shown}: the folder is not empty and holds no site made by rungs; refusing to write into it`,
      EXIT.usage,
      'choose a new or empty folder, or use --force to write the site into it (other files are kept)',
    );
  }
  return updateInPlace(abs, files, manifest, shown, previous ?? [], options.protectDirs ?? []);
}

function buildBeside(abs: string, files: readonly OutFile[], manifest: string, shown: string, existsEmpty: boolean): FolderWriteResult {
  const parent = dirname(abs);
  try {
    if (!statSync(parent).isDirectory()) throw new Error();
  } catch {
    throw new RungsError(`${shown}: the folder ${dirname(shown) || '.'} does not exist`, EXIT.usage);
  }
  const temp = join(parent, `.${basename(abs)}.rungs-${process.pid}.tmp`);
  removeAbandoned(parent, basename(abs));
  try {
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    for (const f of files) put(temp, f.path, f.content);
    writeFileSync(join(temp, MANIFEST), manifest);
    if (existsEmpty) {
      // rename(2) replaces an empty folder on POSIX; elsewhere, remove it first.
      try {
        renameSync(temp, abs);
      } catch {
        rmdirSync(abs);
        renameSync(temp, abs);
      }
    } else renameSync(temp, abs);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof RungsError) throw error;
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
  return { how: 'created', written: files.length, removed: 0 };
}

function updateInPlace(abs: string, files: readonly OutFile[], manifest: string, shown: string, previous: string[], protectDirs: readonly string[]): FolderWriteResult {
  const now = new Set(files.map((f) => f.path));
  let removed = 0;
  try {
    for (const f of files) {
      const target = join(abs, ...f.path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, f.content, { display: `${shown}/${f.path}`, protectDirs });
    }
    for (const old of previous) {
      if (now.has(old) || !REMOVABLE.test(old)) continue;
      try {
        unlinkSync(join(abs, ...old.split('/')));
        removed++;
      } catch {
        // already gone
      }
      const folder = dirname(join(abs, ...old.split('/')));
      if (folder !== abs) {
        try {
          rmdirSync(folder); // only when empty
        } catch {
          // still holds files
        }
      }
    }
    writeFileAtomic(join(abs, MANIFEST), manifest, { display: `${shown}/${MANIFEST}` });
  } catch (error) {
    if (error instanceof RungsError) throw error;
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
  return { how: 'updated', written: files.length, removed };
}

/** The files a previous `rungs site` wrote into the folder, or undefined when it holds no such site. */
function previousSite(abs: string): string[] | undefined {
  try {
    const data = JSON.parse(readFileSync(join(abs, MANIFEST), 'utf8')) as { generator?: unknown; files?: unknown };
    if (data.generator !== 'rungs' || !Array.isArray(data.files)) return undefined;
    return data.files.filter((f): f is string => typeof f === 'string');
  } catch {
    return undefined;
  }
}

function put(root: string, rel: string, content: string): void {
  const target = join(root, ...rel.split('/'));
  if (!target.startsWith(root + sep)) throw new Error(`refusing to write outside the site: ${rel}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content, { flag: 'wx' });
}

/** Build folders beside the target left by runs that were killed (their process is gone). */
function removeAbandoned(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.rungs-(\\d+)\\.tmp$`);
  let entries: string[] = [];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = pattern.exec(entry)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The path with its folder's symbolic links resolved (the folder itself may not exist yet). */
function canonical(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return join(real(dirname(abs)), basename(abs));
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
