// The `# yaml-language-server: $schema=` line of a profile `rungs assess --save` writes: relative to the saved
// file when a copy of the schema is reachable from it, else none (never an absolute path into npx's cache).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAssessment } from '../../src/cli/assess-flow.js';
import { indexFramework } from '../../src/core/index-framework.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { schemaPathFor } from '../../src/io/modeline.js';
import { packageRoot } from '../../src/io/paths.js';
import { readProfileFile } from '../../src/io/profile.js';
import { ScriptedPrompter } from '../../src/prompts/adapter.js';

const index = indexFramework(loadFramework(join(packageRoot(), 'data')).framework!);

describe('schemaPathFor (pure path handling, POSIX and Windows)', () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);

  it('POSIX: a rungs init folder above the file, the nearest copy first', () => {
    const exists = only('/work/fw/schemas/profile.schema.json', '/work/schemas/profile.schema.json');
    expect(schemaPathFor('/work/fw/people/ana.yaml', 'profile.schema.json', exists, posix)).toBe('../schemas/profile.schema.json');
    expect(schemaPathFor('/work/fw/ana.yaml', 'profile.schema.json', exists, posix)).toBe('./schemas/profile.schema.json');
  });

  it('POSIX: rungs installed in the project', () => {
    const exists = only('/proj/node_modules/rungs/schemas/profile.schema.json');
    expect(schemaPathFor('/proj/team/ana.yaml', 'profile.schema.json', exists, posix)).toBe('../node_modules/rungs/schemas/profile.schema.json');
  });

  it('POSIX: none reachable (the package in npx cache is not above the file): no path', () => {
    const exists = only('/home/ana/.npm/_npx/1f2e/node_modules/rungs/schemas/profile.schema.json');
    expect(schemaPathFor('/home/ana/me.yaml', 'profile.schema.json', exists, posix)).toBeUndefined();
  });

  it('Windows: backslashes and drive letters become a forward-slash relative path', () => {
    const exists = only('C:\\Users\\ana\\fw\\schemas\\profile.schema.json', 'D:\\proj\\node_modules\\rungs\\schemas\\profile.schema.json');
    expect(schemaPathFor('C:\\Users\\ana\\fw\\team\\nights\\me.yaml', 'profile.schema.json', exists, win32)).toBe('../../schemas/profile.schema.json');
    expect(schemaPathFor('D:\\proj\\me.yaml', 'profile.schema.json', exists, win32)).toBe('./node_modules/rungs/schemas/profile.schema.json');
    // a copy on another drive is not reachable by a relative path
    expect(schemaPathFor('E:\\me.yaml', 'profile.schema.json', exists, win32)).toBeUndefined();
  });
});

describe('rungs assess --save: the modeline written', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rungs-modeline-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function save(target: string): Promise<string> {
    const r = await runAssessment(new ScriptedPrompter(['support-technician'], { thenDefaults: true }), index, { save: target, today: '2025-03-14', log: () => {} });
    expect(r.saved).toBe(target);
    expect(readProfileFile(target, index).ok).toBe(true);
    return readFileSync(target, 'utf8');
  }

  it('inside a framework folder made by `rungs init`: relative to the saved file', async () => {
    cpSync(join(packageRoot(), 'schemas'), join(dir, 'schemas'), { recursive: true });
    mkdirSync(join(dir, 'people'));
    const text = await save(join(dir, 'people', 'ana.yaml'));
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/profile.schema.json');
  });

  it('with no schema reachable: no modeline, no absolute path, no home folder', async () => {
    const text = await save(join(dir, 'ana.yaml'));
    expect(text).not.toContain('yaml-language-server');
    expect(text).not.toContain(packageRoot());
    expect(text).not.toContain(homedir());
    expect(text.startsWith('current_role: support-technician\n')).toBe(true);
  });
});
