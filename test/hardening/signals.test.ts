// Every catchable termination sent to `rungs assess --save` mid-questionnaire saves the answers so far (issue
// 14, case 4): the built CLI runs in a real pseudo-terminal (util-linux `script`), the role is chosen, and once
// the first numbered question is on screen the node process gets the signal, as `kill -<SIG> <pid>` would send it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { BIN } from './helpers.js';

afterAll(cleanTempDirs);

const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
const NO_SCRIPT = 'util-linux script (a pseudo-terminal for the questionnaire) is not installed';

interface Run {
  status: number | null;
  screen: string;
  dir: string;
}

async function interrupt(signal: NodeJS.Signals): Promise<Run> {
  const dir = tempDir('rungs-signal-');
  const command = `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} assess --quick --save me.yaml`;
  const child = spawn(SCRIPT!, ['-qfec', command, '/dev/null'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', COLUMNS: '100', LINES: '40' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  child.stdout.on('data', (c: Buffer) => (screen += c.toString()));
  child.stderr.on('data', (c: Buffer) => (screen += c.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const waitFor = async (what: RegExp, from = 0) => {
    for (let t = 0; t < 300 && !what.test(screen.slice(from)); t++) await new Promise((r) => setTimeout(r, 50));
    if (!what.test(screen.slice(from))) throw new Error(`never saw ${what}:\n${screen}`);
  };
  await waitFor(/current role/i);
  const mark = screen.length;
  child.stdin.write('\r'); // the first role in the list
  await waitFor(/Your name/, mark); // asked when saving
  const named = screen.length;
  child.stdin.write('\r'); // no name
  await waitFor(/\[1 of about \d+\]/, named); // the first numbered question
  const pid = Number(execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n')[0]);
  process.kill(pid, signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const status = await done;
  clearTimeout(timer);
  return { status, screen, dir };
}

describe.skipIf(!SCRIPT)('a signal during assess --save', () => {
  if (!SCRIPT) it.skip(NO_SCRIPT, () => {});
  it.each(['SIGINT', 'SIGTERM', 'SIGQUIT', 'SIGHUP'] as const)('%s: the answers so far are saved, marked incomplete', async (signal) => {
    const r = await interrupt(signal);
    const context = `--- status ${r.status}\n--- screen:\n${r.screen.slice(-1500)}`;
    expect(readdirSync(r.dir), context).toEqual(['me.yaml']); // and no temporary file
    const saved = readFileSync(join(r.dir, 'me.yaml'), 'utf8');
    expect(saved, context).toMatch(/^current_role: \S+$/m);
    expect(saved, context).toMatch(/^incomplete: true$/m);
    expect(r.screen, context).toMatch(/answers so far saved to me\.yaml/);
    // The process still ends by the signal: 128 + its number, as the shell reports it (script passes it on).
    const number = { SIGINT: 2, SIGTERM: 15, SIGQUIT: 3, SIGHUP: 1 }[signal];
    expect(r.status, context).toBe(128 + number);
  }, 30_000);
});
