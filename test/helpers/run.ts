// Spawns the built CLI as a user would, and returns what it printed and its exit code.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { BIN } from './fixtures.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `stdinFile`: standard input redirected from that file (`rungs ... < file`) instead of a pipe. */
export function rungs(args: string[], options: { input?: string; stdinFile?: string; cwd?: string; env?: Record<string, string | undefined> } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined, RUNGS_DATA: undefined, FORCE_COLOR: undefined, LANG: 'C.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined, COLUMNS: undefined, TERM: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const fd = options.stdinFile === undefined ? undefined : openSync(options.stdinFile, 'r');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    ...(fd === undefined ? { input: options.input ?? '' } : { stdio: [fd, 'pipe', 'pipe'] }),
    cwd: options.cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (fd !== undefined) closeSync(fd);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
