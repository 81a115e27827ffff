import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problems.js';
import { validationReport } from '../../src/core/validation.js';
import { github, json, junit, stylish } from '../../src/render/validate/index.js';

const problems: Problem[] = [
  { file: 'roles/a.yaml', line: 5, column: 12, severity: 'error', rule: 'unknown-reference', message: 'unknown skill "coachng" (did you mean "coaching"?)' },
  { file: 'roles/a.yaml', line: 9, column: 3, severity: 'warning', rule: 'promotion-lowers-target', message: 'lower, with 100% < 50%, "quotes" & <tags>' },
  { file: 'skills/b.yaml', line: 0, column: 0, severity: 'error', rule: 'unreadable', message: 'permission denied' },
];
const plain = { color: false };
const failing = validationReport([{ dir: 'fw', files: 3, problems }], false);
const clean = validationReport([{ dir: 'fw', files: 3, problems: [] }], false);

describe('validationReport', () => {
  it('counts and decides ok; --strict fails on warnings', () => {
    expect(failing.summary).toEqual({ files: 3, errors: 2, warnings: 1, frameworks: 1 });
    expect(failing.ok).toBe(false);
    const warnOnly = [problems[1]!];
    expect(validationReport([{ dir: 'fw', files: 1, problems: warnOnly }], false).ok).toBe(true);
    expect(validationReport([{ dir: 'fw', files: 1, problems: warnOnly }], true).ok).toBe(false);
  });
});

describe('stylish', () => {
  it('groups by file, one line per problem in the file:line:col shape, then a summary', () => {
    expect(stylish(failing, plain)).toBe(
      [
        'roles/a.yaml:5:12: error: unknown skill "coachng" (did you mean "coaching"?) [unknown-reference]',
        'roles/a.yaml:9:3: warning: lower, with 100% < 50%, "quotes" & <tags> [promotion-lowers-target]',
        '',
        'skills/b.yaml: error: permission denied [unreadable]',
        '',
        '✖ 3 problems (2 errors, 1 warning) in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report, and colours only when asked', () => {
    expect(stylish(clean, plain)).toBe('✔ 3 files checked, no problems\n');
    expect(stylish(failing, { color: true })).toMatch(/\u001b\[/);
    expect(stylish(failing, plain)).not.toMatch(/\u001b\[/);
  });
});

describe('json', () => {
  it('carries every problem and the summary', () => {
    const parsed = JSON.parse(json(failing, plain)) as { ok: boolean; problems: Problem[]; summary: unknown };
    expect(parsed.ok).toBe(false);
    expect(parsed.problems).toEqual(problems);
    expect(parsed.summary).toEqual(failing.summary);
  });
});

describe('junit', () => {
  it('one suite per file, one failure per problem, XML-escaped', () => {
    const xml = junit(failing, plain);
    expect(xml).toContain('<testsuites name="rungs validate" tests="3" failures="3">');
    expect(xml).toContain('<testsuite name="roles/a.yaml" tests="2" failures="2" errors="0">');
    expect(xml).toContain('&quot;quotes&quot; &amp; &lt;tags&gt;');
    expect(xml).not.toContain('<tags>');
  });

  it('a clean run is one passing test case', () => {
    expect(junit(clean, plain)).toContain('<testcase classname="rungs" name="framework is valid"/>');
  });
});

describe('github', () => {
  it('annotations with escaped data, then a summary line', () => {
    const lines = github(failing, plain).trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=roles/a.yaml,line=5,col=12,title=rungs unknown-reference::unknown skill "coachng" (did you mean "coaching"?) [unknown-reference]');
    expect(lines[1]).toBe('::warning file=roles/a.yaml,line=9,col=3,title=rungs promotion-lowers-target::lower, with 100%25 < 50%25, "quotes" & <tags> [promotion-lowers-target]');
    expect(lines[2]).toBe('::error file=skills/b.yaml,title=rungs unreadable::permission denied [unreadable]');
    expect(lines[3]).toBe('✖ 3 problems (2 errors, 1 warning) in 3 files');
  });
});
