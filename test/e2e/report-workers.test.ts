// Large batches are parsed on worker threads: the report must be the same, bad files included.
import { describe, expect, it } from 'vitest';
import { rungs } from '../helpers/run.js';

const args = ['report', 'test/fixtures/team', 'test/fixtures/team-bad', '-f', 'json'];

describe('rungs report on parse workers', () => {
  it('gives the same report, errors and exit code as the single-threaded path', () => {
    const single = rungs(args, { env: { RUNGS_PARSE_WORKERS: '0' } });
    const parallel = rungs(args, { env: { RUNGS_PARSE_WORKERS: '2' } });
    expect(single.code).toBe(1);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(single.stdout);
    const report = JSON.parse(parallel.stdout) as { summary: { read: number; used: number; rejected: number }; errors: { file: string; line: number }[] };
    expect(report.summary.rejected).toBe(1);
    expect(report.summary.used).toBe(report.summary.read - 1);
    expect(report.errors[0]!.file).toMatch(/team-bad\//);
    expect(report.errors[0]!.line).toBeGreaterThan(0);
    // The same stderr lines, in a stable order.
    expect(parallel.stderr.split('\n').sort()).toEqual(single.stderr.split('\n').sort());
  });

  it('works with more workers than files', () => {
    const r = rungs(['report', 'test/fixtures/team', '-f', 'csv'], { env: { RUNGS_PARSE_WORKERS: '8' } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n').filter(Boolean)).toHaveLength(7);
  });
});
