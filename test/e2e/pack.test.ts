// The published package: `npm pack`, installed into an empty folder with no network and nothing else
// present, must run. Everything rungs needs is bundled into dist/, so the tarball has no dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('carries its licence and the licences of every package bundled into dist/', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listing).toContain('package/LICENSE');
    expect(listing).toContain('package/THIRD-PARTY-NOTICES.txt');
    const installed = join(app, 'node_modules', 'rungs');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).license).toBe('MIT');
    const notices = readFileSync(join(installed, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    // every package whose code is in the bundle (esbuild's own record of its inputs), with its licence text
    const sources = readdirSync(join(installed, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.map'));
    const bundled = new Set<string>();
    for (const map of sources) {
      for (const source of (JSON.parse(readFileSync(join(installed, 'dist', map), 'utf8')) as { sources: string[] }).sources) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source.replace(/.*node_modules\/(?=(?:@[^/]+\/)?[^/]+\/)/, 'node_modules/'));
        if (m) bundled.add(m[1]!);
      }
    }
    expect(bundled.size).toBeGreaterThan(10);
    for (const name of bundled) expect(notices, name).toMatch(new RegExp(`^- ${name.replace(/[/.]/g, '\\$&')} \\S+ \\((MIT|ISC|BSD-\\S+|Apache-2\\.0)\\)$`, 'm'));
    expect(notices.match(/Permission is hereby granted|Permission to use, copy, modify/g)!.length).toBeGreaterThanOrEqual(bundled.size);
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

