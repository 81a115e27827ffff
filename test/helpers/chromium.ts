// Headless Chromium (Debian's `chromium` package) for browser tests, with the network unreachable. Tests that
// need it skip, saying why, where it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tempDir } from './fixtures.js';

const CANDIDATES = [process.env.RUNGS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
export const browser = CANDIDATES.find((p) => existsSync(p));
export const noBrowserReason = `no Chromium binary found (looked for ${CANDIDATES.join(', ')}); install Debian's chromium package to run it`;

/** Headless, no background traffic, a fresh profile per run (the DevTools driver in cdp.ts uses them too). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  // Any request that tried to leave the machine would fail to resolve, not reach the network.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

export function chromium(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const profile = tempDir('rungs-chromium-');
  const result = spawnSync(browser!, [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
