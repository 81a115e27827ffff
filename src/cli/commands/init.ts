// `rungs init <dir>`: a copy of the built-in framework to customise, with editor schema lines that point at
// a copy of the schemas inside the new folder (so completion works offline and survives package upgrades).
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXIT, errnoMessage, RungsError } from '../../errors.js';
import { repointModeline } from '../../io/modeline.js';
import { defaultDataDir, displayPath, packageRoot } from '../../io/paths.js';
import { writeFileAtomic } from '../../io/write.js';
import type { CommonOptions } from '../context.js';

export function run([dirArg]: string[], options: CommonOptions & { force?: boolean }): number {
  const target = resolve(dirArg!);
  const shown = displayPath(target);
  let entries: string[] = [];
  try {
    if (!statSync(target).isDirectory()) throw new RungsError(`${shown}: is a file, not a folder`, EXIT.usage);
    entries = readdirSync(target);
  } catch (error) {
    if (error instanceof RungsError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
  if (entries.length && !options.force) {
    throw new RungsError(`${shown}: the folder is not empty; refusing to write into it`, EXIT.usage, 'choose a new folder, or use --force to write the framework files into it');
  }
  const source = defaultDataDir();
  const files = listFiles(source);
  try {
    mkdirSync(join(target, 'schemas'), { recursive: true });
    for (const name of readdirSync(join(packageRoot(), 'schemas'))) {
      cpSync(join(packageRoot(), 'schemas', name), join(target, 'schemas', name));
    }
    for (const rel of files) {
      const dest = join(target, rel);
      mkdirSync(join(dest, '..'), { recursive: true });
      const toSchemas = relative(join(dest, '..'), join(target, 'schemas')).split('\\').join('/');
      const schemasRel = toSchemas.startsWith('.') ? toSchemas : `./${toSchemas}`;
      const text = repointModeline(readFileSync(join(source, rel), 'utf8'), schemasRel);
      writeFileAtomic(dest, text, { display: displayPath(dest) });
    }
  } catch (error) {
    if (error instanceof RungsError) throw error;
    throw new RungsError(errnoMessage(error, shown), EXIT.usage);
  }
  process.stderr.write(
    [
      `rungs: wrote the default framework (${files.length} files) to ${shown}`,
      '',
      'Next:',
      `  1. Edit ${join(shown, 'framework.yaml')}: the name, version, tracks and scoring settings.`,
      `  2. Edit or add roles in ${join(shown, 'roles')}/ and skills in ${join(shown, 'skills')}/ (one file each; the file name is the id).`,
      `  3. Check it:   rungs validate ${shown}`,
      `  4. Use it:     rungs roles --data ${shown}   (or set RUNGS_DATA=${shown})`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? listFiles(root, join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}
