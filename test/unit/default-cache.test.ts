// The compiled built-in framework is used only while data/ is exactly what it was compiled from.
import { utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_FILE, readDefaultCache, stamps, type Compiled } from '../../src/io/default-cache.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { cleanTempDirs, frameworkCopy, tempDir } from '../helpers/fixtures.js';

afterAll(cleanTempDirs);

function compiledCopy() {
  const data = frameworkCopy();
  const loaded = loadFramework(data, { cwd: data });
  const cache = join(tempDir(), CACHE_FILE);
  const compiled: Compiled = { format: 1, stamps: stamps(data), files: loaded.files, problems: loaded.problems, framework: loaded.framework! };
  writeFileSync(cache, JSON.stringify(compiled));
  return { data, cache, compiled };
}

describe('readDefaultCache', () => {
  it('serves the compiled framework while nothing changed', () => {
    const { data, cache, compiled } = compiledCopy();
    expect(readDefaultCache(data, cache)?.framework).toEqual(compiled.framework);
  });

  it('still serves it when only the mtimes changed (npm pack resets them to 1985)', () => {
    const { data, cache } = compiledCopy();
    const when = new Date('1985-10-26T08:15:00Z');
    for (const s of stamps(data)) utimesSync(join(data, s.file), when, when);
    expect(readDefaultCache(data, cache)).toBeDefined();
  });

  it('ignores it when a file was edited, even to the same size', () => {
    const { data, cache } = compiledCopy();
    const file = join(data, 'roles', 'support-team-lead.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Support Team Lead', 'Support Team Leed'));
    expect(readDefaultCache(data, cache)).toBeUndefined();
  });

  it('ignores it when a file was added or removed, or the cache is missing or unreadable', () => {
    const a = compiledCopy();
    writeFileSync(join(a.data, 'roles', 'new-role.yaml'), 'id: x\n');
    expect(readDefaultCache(a.data, a.cache)).toBeUndefined();
    const b = compiledCopy();
    expect(readDefaultCache(b.data, join(tempDir(), 'missing.json'))).toBeUndefined();
    writeFileSync(b.cache, '{not json');
    expect(readDefaultCache(b.data, b.cache)).toBeUndefined();
  });
});
