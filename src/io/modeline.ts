// Where a saved file's `# yaml-language-server: $schema=` line should point. An absolute path into the
// package (often npx's cache under the user's home folder) breaks when the file moves and shows the home
// folder to whoever reads the file; a path relative to the file, to a schema beside it, travels with it.
import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { PlatformPath } from 'node:path';

/**
 * The schema path for `file`'s modeline, relative to the file's folder, with forward slashes; undefined when
 * no copy of the schema is reachable from it. Reachable: `schemas/<name>` (a folder made by `rungs init`) or
 * `node_modules/rungs/schemas/<name>` (rungs installed in the project) in the file's folder or a folder above.
 */
export function schemaPathFor(file: string, schemaName: string, exists: (path: string) => boolean = existsSync, path: PlatformPath = nodePath): string | undefined {
  const from = path.dirname(path.resolve(file));
  for (let dir = from; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'schemas', schemaName), path.join(dir, 'node_modules', 'rungs', 'schemas', schemaName)]) {
      if (exists(candidate)) return portable(path.relative(from, candidate), path);
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** `..\schemas\x.json` -> `../schemas/x.json`; `schemas/x.json` -> `./schemas/x.json` (what editors expect). */
function portable(rel: string, path: PlatformPath): string {
  const slashed = rel.split(path.sep).join('/');
  return slashed.startsWith('.') ? slashed : `./${slashed}`;
}

const MODELINE = /^# yaml-language-server: \$schema=.*\/schemas\/([\w.-]+)(\r?)$/m;

/**
 * A data file's modeline pointed at `schemasRel` (the schemas folder, relative to the file, with `/`). The file
 * may have CRLF line ends (a Windows checkout): the line keeps its \r, and is still found.
 */
export function repointModeline(text: string, schemasRel: string): string {
  return text.replace(MODELINE, (_m, file: string, cr: string) => `# yaml-language-server: $schema=${schemasRel}/${file}${cr}`);
}
