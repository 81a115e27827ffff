// A large team's rows and waiting profiles are kept in a temporary file (src/io/spill.ts) and every report
// format is written in pieces: the output must be the same, byte for byte, as the all-in-memory path, and
// nothing may be left in the temporary folder. RUNGS_SPILL_MIN=0 takes the disk path on a small team.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rungs } from '../helpers/run.js';

const FORMATS = ['table', 'json', 'csv', 'markdown', 'html'];
// Two files of one person (merged), a bad profile (rejected), manager ratings (calibration), a JSON profile.
const INPUTS = ['test/fixtures/team', 'test/fixtures/history', 'test/fixtures/team-bad'];
const temp = mkdtempSync(join(tmpdir(), 'rungs-spill-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const run = (args: string[], disk: boolean, extra: { input?: string; env?: Record<string, string> } = {}) =>
  rungs(args, { ...(extra.input === undefined ? {} : { input: extra.input }), env: { RUNGS_SPILL_MIN: disk ? '0' : '1000000', TMPDIR: temp, ...extra.env } });

describe('rungs report: rows on disk, output in pieces', () => {
  for (const format of FORMATS) {
    it(`-f ${format}: the same bytes, exit code and stderr from disk as from memory`, () => {
      const args = ['report', ...INPUTS, '-f', format];
      const memory = run(args, false);
      const disk = run(args, true);
      expect(memory.code).toBe(1);
      expect(memory.stdout.length).toBeGreaterThan(500);
      expect(disk.code).toBe(memory.code);
      expect(disk.stdout).toBe(memory.stdout);
      expect(disk.stderr).toBe(memory.stderr);
      expect(disk.stderr).toMatch(/another assessment of someone already read \(same name\)/);
      expect(readdirSync(temp)).toEqual([]);
    });
  }

  it('the same with a terminal width (the table is cut and fitted in pieces), on parse workers, and with --since', () => {
    for (const env of [{ COLUMNS: '80' }, { RUNGS_PARSE_WORKERS: '2' }] as Record<string, string>[]) {
      const args = ['report', ...INPUTS];
      expect(run(args, true, { env }).stdout).toBe(run(args, false, { env }).stdout);
    }
    const since = ['report', ...INPUTS, '--since', '2025-06-01', '-f', 'json'];
    const memory = run(since, false);
    expect(JSON.parse(memory.stdout).team.moved.compared).toBeGreaterThan(0);
    expect(run(since, true).stdout).toBe(memory.stdout);
  });

  it('the same from NDJSON on standard input, and into an -o file', () => {
    const ndjson = readFileSync('test/fixtures/team/dev-patel.json', 'utf8').replace(/\n\s*/g, '') + '\n';
    const twice = ndjson + ndjson.replace('"name":"', '"name":"Other ');
    const memory = run(['report', '-', '-f', 'json'], false, { input: twice });
    expect(memory.code).toBe(0);
    expect(run(['report', '-', '-f', 'json'], true, { input: twice }).stdout).toBe(memory.stdout);
    const out = join(temp, '..', `rungs-spill-e2e-out-${process.pid}.json`);
    try {
      expect(run(['report', ...INPUTS, '-f', 'json', '-o', out], true).code).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe(run(['report', ...INPUTS, '-f', 'json'], false).stdout);
    } finally {
      rmSync(out, { force: true });
    }
  });
});
