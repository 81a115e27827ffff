// Limits that protect the user, beyond the corpus rows: a file is refused by its size before a byte of it is
// read, the YAML alias limit sits exactly where it says, nothing in the shipped bundle can reach the network
// or evaluate code, and the no-network preload the corpus runs under really does stop network calls.
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexFramework } from '../../src/core/index-framework.js';
import type { Problem } from '../../src/core/problems.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { readProfileFile } from '../../src/io/profile.js';
import { readText } from '../../src/io/read-text.js';
import { parseYamlText } from '../../src/io/yaml.js';
import { cleanTempDirs, tempDir } from '../helpers/fixtures.js';
import { cli, DATA, ROOT, writeMini } from './helpers.js';

afterAll(cleanTempDirs);

const GB = 1024 * 1024 * 1024;

describe('the size limit refuses a file without reading it', () => {
  // A sparse 50 GB file: stat says 50 GB at once, reading it would take minutes and all the memory.
  const sparse = (path: string) => {
    writeFileSync(path, 'id: huge\n');
    truncateSync(path, 50 * GB);
  };

  it('readText, loadFramework and readProfileFile answer at once', () => {
    const dir = writeMini(tempDir('rungs-huge-'));
    sparse(join(dir, 'skills', 'huge.yaml'));
    const started = performance.now();
    const problems: Problem[] = [];
    expect(readText(join(dir, 'skills', 'huge.yaml'), 'huge.yaml', 1024 * 1024, problems)).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ rule: 'file-too-large', message: expect.stringMatching(/the file is 51200\.0 MB, over the limit of 1\.0 MB \(raise it with --max-file-size\)/) })]);
    const loaded = loadFramework(dir, { cwd: dir });
    expect(loaded.problems).toContainEqual(expect.objectContaining({ file: join('skills', 'huge.yaml'), rule: 'file-too-large' }));
    const index = indexFramework(loadFramework(DATA).framework!);
    sparse(join(dir, 'me.yaml'));
    const profile = readProfileFile(join(dir, 'me.yaml'), index);
    expect(profile.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('through the CLI, even with --max-file-size raised to 10 GB it is refused by size', async () => {
    const dir = tempDir('rungs-huge-');
    sparse(join(dir, 'me.yaml'));
    const r = await cli(['--max-file-size', '10240', 'recommend', 'me.yaml'], { cwd: dir, timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^rungs: me\.yaml: error: the file is 51200\.0 MB, over the limit of 10240\.0 MB \(raise it with --max-file-size\) \[file-too-large\]$/m);
    expect(r.ms).toBeLessThan(10_000);
  });
});

describe('the YAML alias limit', () => {
  const withAliases = (n: number) => `x: &a 1\ny: [${Array.from({ length: n }, () => '*a').join(', ')}]\n`;

  it('expands an anchor and its 99 aliases, and refuses the 100th, as a problem at 1:1', () => {
    // the yaml package counts the anchor with its aliases: count x size > maxAliasCount (100) is refused
    expect(parseYamlText(withAliases(99), 'a.yaml').problems).toEqual([]);
    expect(parseYamlText(withAliases(100), 'a.yaml').problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, rule: 'yaml-syntax', message: expect.stringMatching(/^too many aliases \(\*name\) to expand: over the limit of 100/) }),
    ]);
  });

  it('a billion-laughs document is refused quickly, with little memory', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 20; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    const heap = process.memoryUsage().heapUsed;
    const started = performance.now();
    const parsed = parseYamlText(lines.join('\n'), 'bomb.yaml');
    expect(parsed.problems[0]?.message).toMatch(/too many aliases/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('no network, no code evaluation in the shipped bundle', () => {
  const dist = join(ROOT, 'dist');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/\.m?js$/.test(entry.name)) files.push(join(dir, entry.name));
    }
  };
  walk(dist);

  const NETWORK_MODULES = ['net', 'http', 'https', 'http2', 'dns', 'tls', 'dgram', 'undici', 'ws'];
  const FORBIDDEN: [string, RegExp][] = [
    ['fetch(', /(?<![\w$.])fetch\s*\(/],
    ['http.request / https.request / .get(url)', /\bhttps?\.(request|get)\s*\(/],
    ['net.connect / createConnection', /\bnet\.(connect|createConnection)\s*\(|\bcreateConnection\s*\(/],
    ['tls.connect', /\btls\.connect\s*\(/],
    ['dns lookups', /\bdns\.(lookup|resolve\w*)\s*\(/],
    ['WebSocket / XMLHttpRequest / EventSource', /\bnew\s+(WebSocket|XMLHttpRequest|EventSource)\b/],
    ['a network module', new RegExp(`(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)["'](?:node:)?(?:${NETWORK_MODULES.join('|')})["']`)],
    ['eval(', /(?<![\w$.])eval\s*\(/],
    ['new Function(', /\bnew\s+Function\s*\(/],
    ['the vm module', /["'](?:node:)?vm["']/],
  ];

  it('the build is there to check', () => {
    expect(files.length).toBeGreaterThan(3);
    expect(files.map((f) => relative(ROOT, f))).toContain(join('dist', 'cli.mjs'));
  });

  it.each(FORBIDDEN)('no module in dist/ contains %s', (_, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  const PRELOAD = ['--import', new URL('./no-network.mjs', import.meta.url).href];
  it.each([
    ['fetch', "await fetch('http://127.0.0.1:9/')"],
    ['an http request', "(await import('node:http')).request('http://127.0.0.1:9/')"],
    ['a socket', "(await import('node:net')).connect(9, '127.0.0.1')"],
    ['a socket, by its prototype', "new (await import('node:net')).Socket().connect(9, '127.0.0.1')"],
    ['a DNS lookup', "(await import('node:dns')).lookup('example.com', () => {})"],
    ['a DNS lookup (promises)', "await (await import('node:dns')).promises.lookup('example.com')"],
  ])('the no-network preload stops %s (the corpus rows that run under it are not vacuous)', async (_, code) => {
    const r = await cli([], { cwd: ROOT, nodeArgs: [...PRELOAD, '--input-type=module', '-e', code, '--'] });
    expect(r.stderr).toMatch(/^NETWORK ACCESS: /m);
    expect(r.code).not.toBe(0);
  });
});
