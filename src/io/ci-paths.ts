// Paths for CI consumers (GitHub annotations, SARIF): relative to the repository root with forward slashes.
// GitHub attaches an annotation's `file=` to a file of the repository only by its path from the root, so a job
// with `working-directory:` (or rungs run from a subfolder) must not report paths relative to where it ran.
import * as nodePath from 'node:path';
import type { PlatformPath } from 'node:path';

/**
 * `file` (as shown to the user: relative to `cwd`, or absolute) relative to `root` (GITHUB_WORKSPACE when
 * set, else `cwd`), with `/` separators. Absolute, still with `/`, when it lies outside `root`.
 */
export function ciPath(file: string, cwd: string, root: string | undefined, path: PlatformPath = nodePath): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(path.resolve(cwd, root ?? cwd), abs);
  const inside = rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).join('/');
}
