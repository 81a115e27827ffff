// The benchmark's data generator (test/bench/generate.mjs) must produce what the benchmark claims to measure:
// a framework that validates clean and profiles that parse against the default framework. This keeps it honest
// as the formats evolve. (Speed itself is never checked by a unit test: that is `npm run bench`.)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { parseProfile } from '../../src/io/profile.js';
import { cleanTempDirs, DATA, tempDir } from '../helpers/fixtures.js';
import { gen } from '../helpers/bench-generator.js';


afterAll(cleanTempDirs);

describe('the benchmark data generator', () => {
  it('is deterministic from its seed', () => {
    const a = gen.mulberry32(42);
    const b = gen.mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(gen.makeProfiles(3, { seed: 7 })).toEqual(gen.makeProfiles(3, { seed: 7 }));
  });

  it.each([
    { roles: 30, skills: 51 },
    { roles: 120, skills: 30 },
  ])('writes a framework of $roles roles and $skills skills that validates with no problems at all', ({ roles, skills }) => {
    const dir = tempDir('rungs-bench-gen-');
    const written = gen.generateFramework(dir, { roles, skills, seed: 3 });
    const loaded = loadFramework(dir, { cwd: dir });
    expect(loaded.problems).toEqual([]);
    expect(loaded.framework?.roles).toHaveLength(roles);
    expect(loaded.framework?.skills).toHaveLength(skills);
    expect(loaded.files).toBe(written.files);
    expect(readdirSync(join(dir, 'roles'))).toHaveLength(roles);
  });

  it('writes profiles, as YAML files and as NDJSON, that parse against the default framework', () => {
    const loaded = loadFramework(DATA);
    expect(loaded.problems).toEqual([]);
    const index = indexFramework(loaded.framework!);
    const dir = tempDir('rungs-bench-gen-');
    const profiles = gen.makeProfiles(25, { seed: 5 });
    gen.writeProfileFolder(join(dir, 'team'), profiles);
    const ndjson = gen.writeNdjson(join(dir, 'team.ndjson'), profiles);

    const files = readdirSync(join(dir, 'team')).sort();
    expect(files).toHaveLength(25);
    for (const name of files) {
      const result = parseProfile(readFileSync(join(dir, 'team', name), 'utf8'), name, index);
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (result.ok) expect(result.warnings).toEqual([]);
    }
    const lines = readFileSync(ndjson, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(25);
    lines.forEach((line, i) => {
      const result = parseProfile(line, `line ${i + 1}`, index);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(JSON.parse(line)).toEqual(profiles[i]);
    });
  });
});

describe("the benchmark's NDJSON floor (test/bench/floor-ndjson.mjs)", () => {
  const floor = join(DATA, '..', 'test', 'bench', 'floor-ndjson.mjs');
  const run = (input: string) => spawnSync(process.execPath, [floor], { input, encoding: 'utf8' });

  it('parses every non-blank line, on one thread, and says how many', () => {
    const lines = Array.from({ length: 9 }, (_, i) => JSON.stringify({ name: `P${i}`, ratings: { a: i % 6 } }));
    const r = run(`${lines.slice(0, 4).join('\n')}\n\n${lines.slice(4).join('\r\n')}\n`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('parsed 9 lines\n');
  });

  it('fails on a line that is not JSON, so a benchmark of broken data is not timed', () => {
    const r = run('{"a":1}\n{"a":\n{"a":2}\n');
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toMatch(/parsed/);
  });
});
