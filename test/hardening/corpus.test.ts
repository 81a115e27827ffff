// Runs every row of the adversarial corpus (corpus.ts) against the built CLI, side by side, each in its own
// temp folder, and checks what every row shares: the documented exit code, the expected line, no stack trace,
// nothing that existed before changed or removed, and no partial or temporary file left behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { CASES } from './corpus.js';
import { changes, cli, giveTo, IS_ROOT, snapshot, STACK_LINE, UNPRIVILEGED, UNPRIVILEGED_SKIP } from './helpers.js';

afterAll(cleanTempDirs);

const counts = new Map<string, number>();
for (const c of CASES) counts.set(c.class, (counts.get(c.class) ?? 0) + 1);

describe('the adversarial corpus', () => {
  it(`has ${CASES.length} cases: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`, () => expect(CASES.length).toBeGreaterThan(100));

  it('has unique names, and every failing case says what it expects to see', () => {
    expect(new Set(CASES.map((c) => `${c.class}: ${c.name}`)).size).toBe(CASES.length);
    for (const c of CASES) if (c.exit !== 0) expect(c.stdout ?? c.stderr, c.name).toBeInstanceOf(RegExp);
    // Only the documented codes: 0, 1 findings, 2 usage or fatal.
    for (const c of CASES) expect([0, 1, 2], c.name).toContain(c.exit);
  });

  it.concurrent.for(CASES.map((c) => [`${c.class}: ${c.name}`, c] as const))('%s', async ([, c], { expect, skip }) => {
    if (c.skip) skip(c.skip);
    if (c.user && IS_ROOT && !UNPRIVILEGED) skip(UNPRIVILEGED_SKIP);
    const dir = tempDir('rungs-corpus-');
    c.setup(dir);
    const user = c.user && UNPRIVILEGED ? UNPRIVILEGED : undefined;
    if (user) giveTo(dir, user);
    const before = snapshot(dir);
    const args = typeof c.args === 'function' ? c.args(dir) : c.args;
    const r = await cli(args, { cwd: dir, stdin: c.stdin, env: c.env, nodeArgs: c.nodeArgs?.(dir), timeoutMs: 30_000, ...(user ? { user } : {}), ...(c.shell ? { shell: c.shell } : {}) });
    const context = `${c.shell ? `${c.shell}; ` : ''}rungs ${args.join(' ')}\n--- exit ${r.code} in ${Math.round(r.ms)} ms\n--- stdout:\n${r.stdout.slice(0, 2000)}\n--- stderr:\n${r.stderr.slice(0, 2000)}`;

    expect(r.signal, context).toBeNull();
    expect(r.code, context).toBe(c.exit);
    if (c.stdout) expect(r.stdout, context).toMatch(c.stdout);
    if (c.stderr) expect(r.stderr, context).toMatch(c.stderr);
    if (c.absent) {
      expect(r.stdout, context).not.toMatch(c.absent);
      expect(r.stderr, context).not.toMatch(c.absent);
    }
    expect(r.stdout + r.stderr, context).not.toMatch(STACK_LINE);
    expect(r.stderr, context).not.toMatch(/unexpected error/);
    expect(r.stderr, context).not.toMatch(/^\(node:\d+\) \w*Warning/m); // a process warning is not one clear line
    expect(r.ms, context).toBeLessThan(c.maxMs ?? 15_000);

    // A fatal error (exit 2) is one line, and at most a hint.
    if (c.exit === 2 && c.stderr) {
      const lines = r.stderr.split('\n').filter(Boolean);
      const own = lines.filter((l) => l.startsWith('rungs: ') || l.startsWith('hint: '));
      if (!args.includes('report')) expect(own.length, context).toBeGreaterThan(0);
      expect(lines.filter((l) => l.startsWith('rungs: ')).length, context).toBeLessThanOrEqual(1);
      expect(lines.filter((l) => l.startsWith('hint: ')).length, context).toBeLessThanOrEqual(1);
    }

    // Nothing else touched; the outputs written complete.
    const after = snapshot(dir);
    const replaced = new Set(c.replaces ?? []);
    const changed = changes(before, after, c.creates ?? []).filter((line) => !replaced.has(line.replace(/^changed: (.*?) \(.*$/, '$1')));
    expect(changed, context).toEqual([]);
    for (const out of c.creates ?? []) {
      expect(after.has(out), `${context}\n--- ${out} was not written`).toBe(true);
      const text = readFileSync(join(dir, out), 'utf8');
      if (out.endsWith('.json')) expect(() => JSON.parse(text), `${out} is complete JSON`).not.toThrow();
      expect(text.length).toBeGreaterThan(0);
    }
    c.after?.(dir);
  });
});
