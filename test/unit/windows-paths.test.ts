// What a Windows user hits, tested here on any system: path handling through path.win32 (next to POSIX), CRLF
// line ends, and SIGHUP, which Windows cannot raise. (Annotation and SARIF paths: validate-formats.test.ts;
// the saved profile's modeline path: modeline.test.ts.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_HANGUP, raiseHangup } from '../../src/cli/commands/assess.js';
import { globBase } from '../../src/io/inputs.js';
import { repointModeline } from '../../src/io/modeline.js';
import { DATA } from '../helpers/fixtures.js';
import { rungs } from '../helpers/run.js';

describe('globs: where the walk starts', () => {
  it('Windows: backslashes, drive roots and network shares', () => {
    expect(globBase('team\\nights\\*.yaml', 'D:\\leads', win32)).toEqual({ base: 'D:\\leads\\team\\nights', rest: ['*.yaml'] });
    expect(globBase('C:\\Users\\ana\\team\\**\\*.yaml', 'D:\\leads', win32)).toEqual({ base: 'C:\\Users\\ana\\team', rest: ['**', '*.yaml'] });
    expect(globBase('C:\\*.yaml', 'D:\\leads', win32)).toEqual({ base: 'C:\\', rest: ['*.yaml'] });
    expect(globBase('\\\\fileserver\\support\\team\\*.yaml', 'D:\\leads', win32)).toEqual({ base: '\\\\fileserver\\support\\team', rest: ['*.yaml'] });
    // forward slashes work on Windows too
    expect(globBase('C:/team/{a,b}.yaml', 'D:\\leads', win32)).toEqual({ base: 'C:\\team', rest: ['{a,b}.yaml'] });
  });

  it('POSIX: relative, absolute and the root', () => {
    expect(globBase('team/**/*.yaml', '/home/lead', posix)).toEqual({ base: '/home/lead/team', rest: ['**', '*.yaml'] });
    expect(globBase('/srv/team/*.yaml', '/home/lead', posix)).toEqual({ base: '/srv/team', rest: ['*.yaml'] });
    expect(globBase('/*.yaml', '/home/lead', posix)).toEqual({ base: '/', rest: ['*.yaml'] });
    expect(globBase('*.yaml', '/home/lead', posix)).toEqual({ base: '/home/lead', rest: ['*.yaml'] });
  });
});

describe('SIGHUP', () => {
  it('raised on POSIX systems; on Windows (which cannot raise it) the same status, 129, is returned', () => {
    const sent: string[] = [];
    const kill = (_pid: number, signal: string) => sent.push(signal);
    expect(raiseHangup('linux', kill)).toBe(EXIT_HANGUP);
    expect(sent).toEqual(['SIGHUP']);
    expect(raiseHangup('win32', () => {
      throw new Error('kill ENOSYS');
    })).toBe(129);
  });
});

describe('CRLF line ends (a Windows checkout with core.autocrlf)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rungs-crlf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rungs init re-points modelines in CRLF files, keeping the line end', () => {
    const crlf = readFileSync(join(DATA, 'skills', 'coaching.yaml'), 'utf8').replace(/\n/g, '\r\n');
    const out = repointModeline(crlf, '../schemas');
    expect(out.split('\r\n')[0]).toBe('# yaml-language-server: $schema=../schemas/skill.schema.json');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out.split('\r\n').slice(1)).toEqual(crlf.split('\r\n').slice(1));
  });

  it('validate, recommend and report read CRLF files, with the same line:col as LF', () => {
    const role = readFileSync(join(DATA, 'roles', 'support-team-lead.yaml'), 'utf8').replace('skill: coaching,', 'skill: coachng,');
    const profile = 'current_role: senior-support-analyst\nratings:\n  troubleshooting: 9\n';
    writeFileSync(join(dir, 'lf.yaml'), profile);
    writeFileSync(join(dir, 'crlf.yaml'), profile.replace(/\n/g, '\r\n'));
    const lf = rungs(['recommend', 'lf.yaml'], { cwd: dir });
    const crlf = rungs(['recommend', 'crlf.yaml'], { cwd: dir });
    expect(crlf.code).toBe(1);
    expect(crlf.stderr).toBe(lf.stderr.replace('lf.yaml', 'crlf.yaml'));
    expect(crlf.stderr).toContain('crlf.yaml:3:20:');
    const fw = join(dir, 'fw');
    expect(rungs(['init', fw]).code).toBe(0);
    writeFileSync(join(fw, 'roles', 'support-team-lead.yaml'), role.replace(/\n/g, '\r\n'));
    const v = rungs(['validate', fw, '-f', 'json']);
    const found = JSON.parse(v.stdout).problems.map((p: { line: number; column: number; rule: string }) => `${p.line}:${p.column} ${p.rule}`);
    const line = role.split('\n').findIndex((l) => l.includes('coachng')) + 1;
    expect(found).toEqual([`${line}:${role.split('\n')[line - 1]!.indexOf('coachng') + 1} unknown-reference`]);
    const team = join(dir, 'team');
    rmSync(team, { recursive: true, force: true });
    writeFileSync(join(dir, 'ok.yaml'), 'current_role: senior-support-analyst\r\nratings:\r\n  troubleshooting: 4\r\n');
    const report = rungs(['report', 'ok.yaml', '-f', 'json'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).people[0].current_role.id).toBe('senior-support-analyst');
  });
});
