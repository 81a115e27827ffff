// `rungs rate` without a terminal: refused before anything is read or written (the questions themselves are
// tested through the prompt adapter in test/unit/rate-flow.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

const BEN = join(ROOT, 'test', 'fixtures', 'history', 'ben-okafor.yaml');

describe('rungs rate', () => {
  it('needs a terminal: one line, a hint, exit 2, the profile untouched', () => {
    const before = readFileSync(BEN, 'utf8');
    const r = rungs(['rate', BEN]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rungs: rate needs an interactive terminal\nhint: or add manager_ratings to the profile by hand\n');
    expect(readFileSync(BEN, 'utf8')).toBe(before);
  });
});
