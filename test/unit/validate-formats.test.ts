import { readFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/problems.js';
import { validationReport } from '../../src/core/validation.js';
import { ciPath } from '../../src/io/ci-paths.js';
import { github, json, junit, sarif, stylish } from '../../src/render/validate/index.js';

const problems: Problem[] = [
  { file: 'roles/a.yaml', line: 5, column: 12, severity: 'error', rule: 'unknown-reference', message: 'unknown skill "coachng" (did you mean "coaching"?)' },
  { file: 'roles/a.yaml', line: 9, column: 3, severity: 'warning', rule: 'promotion-lowers-target', message: 'lower, with 100% < 50%, "quotes" & <tags>' },
  { file: 'skills/b.yaml', line: 0, column: 0, severity: 'error', rule: 'unreadable', message: 'permission denied' },
];
const plain = { color: false };
const failing = validationReport([{ dir: 'fw', files: 3, problems }], false);
const clean = validationReport([{ dir: 'fw', files: 3, problems: [] }], false);
/** A value with a line break in it, as a double-quoted YAML string can hold ("coach\ning"). */
const multiline: Problem = { file: 'roles/c.yaml', line: 4, column: 14, severity: 'error', rule: 'unknown-reference', message: 'unknown skill "coach\ning"\r\n(did you mean "coaching"?)' };
const warningOnly = validationReport([{ dir: 'fw', files: 3, problems: [problems[1]!] }], false);

/** Parsed by a conforming XML parser (attribute values normalised as the XML spec says), failing on any error. */
function parseXml(text: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  return doc.documentElement!;
}
const all = (root: Element, tag: string) => Array.from(root.getElementsByTagName(tag));

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

  it('one problem per line always: a line break or tab inside a value is shown as \\n, \\r, \\t', () => {
    const out = stylish(validationReport([{ dir: 'fw', files: 1, problems: [{ ...multiline, file: 'roles/c\td.yaml' }] }], false), plain);
    expect(out.split('\n')[0]).toBe('roles/c\\td.yaml:4:14: error: unknown skill "coach\\ning"\\r\\n(did you mean "coaching"?) [unknown-reference]');
    expect(out.split('\n')).toHaveLength(4); // the problem, a blank line, the summary, the final newline
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
  it('one suite per file, one case per problem, XML-escaped; errors are failures, warnings are not (without --strict)', () => {
    const xml = junit(failing, plain);
    expect(xml).toMatch(/<testsuites name="rungs validate" tests="3" failures="2" errors="0" time="\d+\.\d{3}">/);
    expect(xml).toContain('<testsuite name="roles/a.yaml" tests="2" failures="1" errors="0" skipped="0" time="0.000">');
    expect(xml).toContain('&quot;quotes&quot; &amp; &lt;tags&gt;');
    expect(xml).not.toContain('<tags>');
  });

  it('read back by an XML parser: counts, time attributes, warnings as passing cases unless --strict, line breaks kept', () => {
    const report = { ...validationReport([{ dir: 'fw', files: 3, problems: [...problems, multiline] }], false), seconds: 0.25 };
    const root = parseXml(junit(report, plain));
    expect(root.getAttribute('tests')).toBe('4');
    expect(root.getAttribute('failures')).toBe('3');
    expect(root.getAttribute('time')).toBe('0.250');
    for (const el of [...all(root, 'testsuite'), ...all(root, 'testcase')]) expect(el.getAttribute('time')).toMatch(/^\d+\.\d{3}$/);
    const failures = all(root, 'failure');
    expect(failures.map((f) => f.getAttribute('type'))).toEqual(['error', 'error', 'error']);
    // the message attribute comes back with its line break, not a space
    expect(failures.map((f) => f.getAttribute('message'))).toContain(multiline.message);
    expect(failures.some((f) => f.textContent!.includes('unknown skill "coach\ning"\r\n(did'))).toBe(true);
    // the warning: a passing case that still says what it is
    const warningCase = all(root, 'testcase').find((c) => c.getAttribute('name')!.includes('promotion-lowers-target'))!;
    expect(all(warningCase, 'failure')).toHaveLength(0);
    expect(all(warningCase, 'system-out')[0]!.textContent).toContain('warning: lower, with 100% < 50%, "quotes" & <tags>');

    const strict = parseXml(junit(validationReport([{ dir: 'fw', files: 3, problems }], true), plain));
    expect(strict.getAttribute('failures')).toBe('3');
    expect(all(strict, 'failure').map((f) => f.getAttribute('type'))).toEqual(['error', 'warning', 'error']);
  });

  it('a run with only warnings reports no failures (its exit code is 0)', () => {
    expect(warningOnly.ok).toBe(true);
    const root = parseXml(junit(warningOnly, plain));
    expect(root.getAttribute('failures')).toBe('0');
    expect(all(root, 'failure')).toHaveLength(0);
  });

  it('a clean run is one passing test case', () => {
    expect(junit(clean, plain)).toContain('<testcase classname="rungs" name="framework is valid" time="0.000"/>');
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

describe('sarif', () => {
  // The SARIF 2.1.0 JSON schema (draft-04), vendored: see test/fixtures/sarif/README.md.
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  // unicodeRegExp off: one pattern of the schema (language tags) is not valid as a unicode RegExp.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const valid = (text: string) => {
    const ok = validate(JSON.parse(text));
    return ok ? [] : validate.errors;
  };

  it('validates against the official SARIF 2.1.0 schema, with problems, without, and with odd paths', () => {
    const odd: Problem = { ...problems[0]!, file: 'team a/ro%les/ä #1.yaml' };
    const outside: Problem = { ...problems[0]!, file: '/srv/other/roles/x.yaml' };
    const windows: Problem = { ...problems[0]!, file: 'C:/work/fw/roles/x.yaml' };
    for (const report of [failing, clean, validationReport([{ dir: 'fw', files: 3, problems: [odd, outside, windows, multiline] }], true)]) {
      expect(valid(sarif(report, plain))).toEqual([]);
    }
  });

  it('one result per problem: rule, level, message, file and region; a rule list the results index into', () => {
    const log = JSON.parse(sarif(failing, plain));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('rungs');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['unknown-reference', 'promotion-lowers-target', 'unreadable']);
    expect(run.results).toHaveLength(3);
    expect(run.results[1]).toEqual({
      ruleId: 'promotion-lowers-target',
      ruleIndex: 1,
      level: 'warning',
      message: { text: problems[1]!.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'roles/a.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 3 } } }],
    });
    // a problem about the whole file: a location without a region
    expect(run.results[2].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'skills/b.yaml', uriBaseId: '%SRCROOT%' } });
    expect(run.results[0].ruleIndex).toBe(0);
  });

  it('paths become URI references: segments percent-encoded, absolute paths as file: URIs', () => {
    const at = (file: string) => JSON.parse(sarif(validationReport([{ dir: 'fw', files: 1, problems: [{ ...problems[0]!, file }] }], false), plain)).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(at('team a/ä #1.yaml')).toEqual({ uri: 'team%20a/%C3%A4%20%231.yaml', uriBaseId: '%SRCROOT%' });
    expect(at('/srv/fw/x.yaml')).toEqual({ uri: 'file:///srv/fw/x.yaml' });
    expect(at('C:/fw/x.yaml')).toEqual({ uri: 'file:///C:/fw/x.yaml' });
  });

  it('the check is real: a malformed log fails the schema', () => {
    const log = JSON.parse(sarif(failing, plain));
    log.runs[0].results[0].level = 'fatal';
    expect(valid(JSON.stringify(log))).not.toEqual([]);
  });
});

describe('ciPath (annotation and SARIF paths, POSIX and Windows)', () => {
  it('POSIX: relative to GITHUB_WORKSPACE when set, else to the working directory', () => {
    expect(ciPath('roles/a.yaml', '/repo/framework', '/repo', posix)).toBe('framework/roles/a.yaml');
    expect(ciPath('roles/a.yaml', '/repo/framework', undefined, posix)).toBe('roles/a.yaml');
    expect(ciPath('/repo/framework/roles/a.yaml', '/elsewhere', '/repo', posix)).toBe('framework/roles/a.yaml');
    expect(ciPath('../x.yaml', '/repo', '/repo', posix)).toBe('/x.yaml');
  });

  it('Windows: backslashes become slashes; another drive stays absolute', () => {
    expect(ciPath('roles\\a.yaml', 'D:\\a\\repo\\framework', 'D:\\a\\repo', win32)).toBe('framework/roles/a.yaml');
    expect(ciPath('roles\\a.yaml', 'D:\\a\\repo', undefined, win32)).toBe('roles/a.yaml');
    expect(ciPath('C:\\tmp\\fw\\roles\\a.yaml', 'D:\\a\\repo', 'D:\\a\\repo', win32)).toBe('C:/tmp/fw/roles/a.yaml');
  });
});
