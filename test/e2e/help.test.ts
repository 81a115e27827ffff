// `--help` and `--version` are answered from text commander rendered at build time: it must be exactly
// what commander prints (the same call with --verbose goes through commander itself).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

const commands = ['roles', 'role', 'skills', 'paths', 'compare', 'init', 'validate', 'assess', 'recommend', 'plan', 'report', 'progress', 'rate'];

describe('prebuilt help', () => {
  it('rungs --help is what commander prints', () => {
    const quick = rungs(['--help']);
    const full = rungs(['--help', '--verbose']);
    expect(quick.code).toBe(0);
    expect(quick.stdout).toBe(full.stdout);
    expect(quick.stdout).toContain('Usage: rungs');
    expect(rungs(['-h']).stdout).toBe(full.stdout);
  });

  it.each(commands)('rungs %s --help is what commander prints', (command) => {
    const quick = rungs([command, '--help']);
    expect(quick.code).toBe(0);
    expect(quick.stdout).toBe(rungs([command, '--help', '--verbose']).stdout);
    expect(quick.stdout).toContain(`Usage: rungs ${command}`);
    expect(quick.stdout).toContain('Examples:');
  });

  it('--version matches package.json', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    expect(rungs(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(rungs(['-V']).stdout).toBe(`${pkg.version}\n`);
  });

  it('anything else still goes to commander (an unknown command is a usage error)', () => {
    const r = rungs(['nope', '--help']);
    expect(r.stdout).toContain('Usage: rungs');
  });
});

describe('a checkout without a build', () => {
  afterAll(cleanTempDirs);

  it('says how to build, in one line, with exit 2', () => {
    // bin/rungs.js alone, as in a clone where `npm install` has not run: no dist/ beside it.
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'rungs.js'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'rungs.js'), 'roles'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rungs: the build is missing (dist/cli.mjs). Run `npm install` (or `npm run build`) in the rungs folder.\n');
  });
});
