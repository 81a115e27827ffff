// `--help` and `--version` are answered from text commander rendered at build time: it must be exactly
// what commander prints (the same call with --verbose goes through commander itself).
import { describe, expect, it } from 'vitest';
import { rungs } from '../helpers/run.js';

const commands = ['roles', 'role', 'skills', 'paths', 'compare', 'init', 'validate', 'assess', 'recommend', 'plan', 'report'];

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
