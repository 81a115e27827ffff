// The published package: `npm pack`, installed into an empty folder with no network and nothing else
// present, must run. Everything rungs needs is bundled into dist/, so the tarball has no dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, ROOT, tempDir } from '../helpers/fixtures.js';

afterAll(cleanTempDirs);

let app: string;
let tarball: string;

beforeAll(() => {
  const packDir = tempDir('rungs-pack-');
  // --ignore-scripts: dist/ is already built by `npm test`; packing must not rebuild under vitest.
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(packDir, info!.filename);
  app = tempDir('rungs-app-');
  writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'ignore' });
});

const bin = () => join(app, 'node_modules', '.bin', 'rungs');
const run = (args: string[]) => spawnSync(bin(), args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the packed package', () => {
  it('holds only what users need (no sources, no tests)', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toContain('package/bin/rungs.js');
    expect(listing).toContain('package/dist/cli.mjs');
    expect(listing).toContain('package/dist/default-framework.json');
    expect(listing).toContain('package/data/framework.yaml');
    expect(listing).toContain('package/schemas/profile.schema.json');
    expect(listing.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);
  });

  it('installs with no dependencies and runs --help', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['rungs']);
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: rungs');
  });

  it('uses its built-in framework: roles and validate work', () => {
    const roles = run(['roles', '-f', 'json']);
    expect(roles.status).toBe(0);
    expect((JSON.parse(roles.stdout) as unknown[]).length).toBeGreaterThanOrEqual(18);
    const v = run(['validate']);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/no problems/);
  });

  it('init writes a framework whose copy validates', () => {
    const r = run(['init', 'fw']);
    expect(r.status).toBe(0);
    expect(existsSync(join(app, 'fw', 'schemas', 'role.schema.json'))).toBe(true);
    expect(run(['validate', 'fw']).status).toBe(0);
  });
});

