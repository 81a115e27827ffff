// A profile's problems past its schema (ids the framework does not know), as the reader lists them: the first
// MAX_PROBLEMS_PER_FILE at their line and column, the rest counted in one line per severity and rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFramework, type FrameworkIndex } from '../../src/core/index-framework.js';
import { loadFramework } from '../../src/io/load-framework.js';
import { parseProfile } from '../../src/io/profile.js';
import { MAX_PROBLEMS_PER_FILE } from '../../src/io/schema-check.js';
import { DATA } from '../helpers/fixtures.js';

let index: FrameworkIndex;
beforeAll(() => {
  index = indexFramework(loadFramework(DATA).framework!);
});

const keys = (n: number, indent: string, from = 0) => Array.from({ length: n }, (_, i) => `${indent}k${from + i}: 1\n`).join('');

describe('a profile with more problems than are listed', () => {
  it('lists the first at their lines, in order, and counts the rest of each rule and severity', () => {
    const text = `current_role: support-technician\nratings:\n${keys(70, '  ')}manager_ratings:\n${keys(60, '  ', 70)}history:\n  - assessed_on: "2026-01-01"\n    current_role: support-technician\n    ratings:\n${keys(30, '      ')}`;
    const result = parseProfile(text, 'me.yaml', index);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE + 2);
    expect(problems[0]).toEqual({ file: 'me.yaml', line: 3, column: 3, severity: 'error', rule: 'unknown-reference', message: 'unknown skill "k0"' });
    // ratings k0..k69 on lines 3-72, manager_ratings k70.. from line 74: the 100th listed is k99 on line 103.
    expect(problems[MAX_PROBLEMS_PER_FILE - 1]).toMatchObject({ line: 103, column: 3, message: 'unknown skill "k99"' });
    expect(problems.slice(MAX_PROBLEMS_PER_FILE)).toEqual([
      { file: 'me.yaml', line: 0, column: 0, severity: 'error', rule: 'unknown-reference', message: '+30 more problems in this file, not listed' },
      { file: 'me.yaml', line: 0, column: 0, severity: 'warning', rule: 'history-reference', message: '+30 more problems in this file, not listed' },
    ]);
  });

  it('keeps a profile with only warnings usable: the advice goes on, the warnings capped', () => {
    const text = `current_role: support-technician\nhistory:\n  - assessed_on: "2026-01-01"\n    current_role: support-technician\n    ratings:\n${keys(150, '      ')}`;
    const result = parseProfile(text, 'me.yaml', index);
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(warnings.at(-1)).toEqual({ file: 'me.yaml', line: 0, column: 0, severity: 'warning', rule: 'history-reference', message: '+50 more problems in this file, not listed' });
  });

  it('lists every problem, with no count line, up to the cap (a JSON profile too)', () => {
    const ratings = Object.fromEntries(Array.from({ length: MAX_PROBLEMS_PER_FILE }, (_, i) => [`k${i}`, 1]));
    const result = parseProfile(JSON.stringify({ current_role: 'support-technician', ratings }), 'me.json', index);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(MAX_PROBLEMS_PER_FILE);
    expect(problems.every((p) => p.line === 1 && p.column > 1 && p.rule === 'unknown-reference')).toBe(true);
  });
});
