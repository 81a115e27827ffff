// `rungs assess` without a terminal: refused before any prompt library loads, with exit 2 and a hint.
// Runs the built bin (npm test builds dist first).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function assess(stdin: 'pipe' | 'ignore', args: string[] = []) {
  return spawnSync(process.execPath, ['bin/rungs.js', 'assess', ...args], {
    cwd: root,
    stdio: [stdin, 'pipe', 'pipe'],
    input: stdin === 'pipe' ? 'support-technician\n3\n' : undefined,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 20_000,
  });
}

describe('rungs assess without a terminal', () => {
  for (const stdin of ['pipe', 'ignore'] as const) {
    it(`stdin ${stdin === 'pipe' ? 'piped' : 'closed'}: exit 2, one line and a hint on stderr, nothing on stdout`, () => {
      const r = assess(stdin, ['--save', '/tmp/rungs-e2e-never-written.yaml']);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('rungs: assess needs an interactive terminal\nhint: answer in a file and run: rungs recommend <file>\n');
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('-f json changes nothing: still refused, stdout still empty', () => {
    const r = assess('pipe', ['-f', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rungs: assess needs an interactive terminal\n/);
  });
});
