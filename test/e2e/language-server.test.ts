// The real yaml-language-server (what VS Code's YAML extension runs) over stdio: the shipped framework and
// every file `rungs init` writes open without a diagnostic, and a bad value gets one where rungs puts it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, DATA, tempDir } from '../helpers/fixtures.js';
import { LspClient } from '../helpers/lsp.js';
import { runAssessment } from '../../src/cli/assess-flow.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { ScriptedPrompter } from '../../src/prompts/adapter.js';
import { rungs } from '../helpers/run.js';

let server: LspClient;
beforeAll(async () => {
  server = await LspClient.yaml();
});
afterAll(async () => {
  await server?.close();
  cleanTempDirs();
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
}

async function diagnosticsOf(files: string[]): Promise<string[]> {
  // All open at once, as in an editor with the folder open: the server validates each after a short delay.
  const each = await Promise.all(
    files.map(async (file) => [
      ...(readFileSync(file, 'utf8').startsWith('# yaml-language-server: $schema=') ? [] : [`${file}: no modeline`]),
      ...(await server.diagnose(file)).map((d) => `${file}:${d.line}:${d.column}: ${d.message}`),
    ]),
  );
  return each.flat();
}

describe('yaml-language-server', () => {
  it('every shipped data file: zero diagnostics', async () => {
    const files = yamlFiles(DATA);
    expect(files.length).toBeGreaterThan(50);
    expect(await diagnosticsOf(files)).toEqual([]);
  }, 120_000);

  it('every file `rungs init` writes: zero diagnostics', async () => {
    const dir = join(tempDir(), 'framework');
    expect(rungs(['init', dir]).code).toBe(0);
    const files = yamlFiles(dir);
    expect(files.length).toBe(yamlFiles(DATA).length);
    expect(await diagnosticsOf(files)).toEqual([]);
  }, 120_000);

  it('a bad anchor value and an unknown level: one diagnostic each, at the line:col rungs validate gives', async () => {
    const dir = join(tempDir(), 'framework');
    expect(rungs(['init', dir]).code).toBe(0);
    const file = join(dir, 'skills', 'active-listening.yaml');
    const text = readFileSync(file, 'utf8')
      .replace(/^ {2}3: .*$/m, '  3: 42')
      .replace(/^( {2}5: .*)$/m, '$1\n  6: Beyond expert.');
    writeFileSync(file, text);
    const r = rungs(['validate', dir, '-f', 'json']);
    expect(r.code).toBe(1);
    const fromRungs = (JSON.parse(r.stdout).problems as { file: string; line: number; column: number }[])
      .filter((p) => p.file.endsWith('active-listening.yaml'))
      .map((p) => `${p.line}:${p.column}`)
      .sort();
    const fromServer = (await server.diagnose(file)).map((d) => `${d.line}:${d.column}`).sort();
    expect(fromRungs).toHaveLength(2);
    expect(r.stdout).toContain('unknown property \\"6\\" (allowed: 1, 2, 3, 4, 5)');
    expect(fromServer).toEqual(fromRungs);
  }, 60_000);

  it('a profile `rungs assess --save` writes into an init folder: its modeline resolves, zero diagnostics', async () => {
    const dir = join(tempDir(), 'framework');
    expect(rungs(['init', dir]).code).toBe(0);
    const index = indexFramework(loadFramework(dir).framework!);
    const target = join(dir, 'ana.yaml');
    await runAssessment(new ScriptedPrompter(['support-technician'], { thenDefaults: true }), index, { save: target, today: '2025-03-14', log: () => {} });
    expect(readFileSync(target, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/profile\.schema\.json\n/);
    expect(await server.diagnose(target)).toEqual([]);
    // and the schema is really applied: a rating out of range is flagged
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, readFileSync(target, 'utf8').replace(/^(ratings:\n {2}[\w-]+): .*$/m, '$1: 9'));
    expect((await server.diagnose(bad)).length).toBe(1);
  }, 60_000);
});
