// The site's folder writer: all or nothing for a new folder, file by file (each atomic) over a previous site,
// leftovers of killed runs cleaned up, and only its own kind of file ever removed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RungsError } from '../../src/errors.js';
import { MANIFEST, writeSiteFolder } from '../../src/io/write-site.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';

afterAll(cleanTempDirs);

const pages = [
  { path: 'index.html', content: '<h1>a</h1>' },
  { path: 'roles/a.html', content: 'A' },
];

describe('writeSiteFolder', () => {
  it('a run that fails half-way leaves no folder and no build folder behind', () => {
    const parent = tempDir();
    const out = join(parent, 'site');
    // The third file cannot be written (the same path twice): the first two were, in the build folder.
    const broken = [...pages, { path: 'roles/a.html', content: 'again' }];
    expect(() => writeSiteFolder(out, broken, { display: 'site' })).toThrow(RungsError);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes build folders left by killed runs, and only those', () => {
    const parent = tempDir();
    mkdirSync(join(parent, '.site.rungs-999999999.tmp'));
    const running = `.site.rungs-${process.ppid}.tmp`; // a run still going on (its process is alive)
    mkdirSync(join(parent, running));
    mkdirSync(join(parent, '.other.rungs-999999999.tmp'));
    writeSiteFolder(join(parent, 'site'), pages, { display: 'site' });
    expect(readdirSync(parent).sort()).toEqual(['.other.rungs-999999999.tmp', running, 'site'].sort());
  });

  it('over a previous site: rewrites its pages, removes the ones it no longer has, never files of other kinds', () => {
    const out = join(tempDir(), 'site');
    writeSiteFolder(out, [...pages, { path: 'roles/b.html', content: 'B' }], { display: 'site' });
    writeFileSync(join(out, 'CNAME'), 'x');
    // A hand-edited manifest that lists something rungs never writes is not obeyed.
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: string[] };
    writeFileSync(join(out, MANIFEST), JSON.stringify({ ...manifest, files: [...manifest.files, 'CNAME', '../outside.html'] }));
    const result = writeSiteFolder(out, [{ path: 'index.html', content: 'new' }, pages[1]!], { display: 'site' });
    expect(result).toEqual({ how: 'updated', written: 2, removed: 1 });
    expect(existsSync(join(out, 'roles', 'b.html'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, 'CNAME'), 'utf8')).toBe('x');
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')).files).toEqual(['index.html', 'roles/a.html']);
  });

  it('refuses the framework folder and any folder inside it', () => {
    const data = tempDir();
    expect(() => writeSiteFolder(data, pages, { display: 'fw', protectDirs: [data] })).toThrow('is the framework folder being read');
    expect(() => writeSiteFolder(join(data, 'site'), pages, { display: 'fw/site', protectDirs: [data] })).toThrow('is inside the framework folder being read');
    expect(readdirSync(data)).toEqual([]);
  });
});
