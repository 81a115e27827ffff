// Validator output formats: stylish for people, json for scripts, junit for CI test reports, github for
// workflow annotations, sarif for code scanning (./sarif.ts). Each is a function from the report to a string.
import type { Problem } from '../../core/problems.js';
import type { ValidationReport } from '../../core/validation.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import type { FormatterSet } from '../registry.js';
import { clean, palette } from '../text.js';
import { sarif } from './sarif.js';

export { sarif };

const position = (p: Problem) => (p.line ? `${p.line}:${p.column}` : '');

/** One problem, one line: a line break or tab inside a quoted value is shown as its escape. */
const oneLine = (s: string) => clean(s.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t'));

function summaryLine(report: ValidationReport): string {
  const { errors, warnings, files, frameworks } = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const where = `${plural(files, 'file')}${frameworks > 1 ? ` in ${plural(frameworks, 'framework')}` : ''}`;
  if (!errors && !warnings) return `✔ ${where} checked, no problems`;
  return `${errors ? '✖' : '⚠'} ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${where}${report.strict && warnings ? ' (--strict: warnings fail)' : ''}`;
}

/** Grouped by file; each problem in the one-line shape terminals and editors can jump to. */
export const stylish: Formatter<ValidationReport> = (report, context) => {
  const c = palette(context);
  const out: string[] = [];
  let current: string | undefined;
  for (const p of report.problems) {
    if (current !== undefined && p.file !== current) out.push('');
    current = p.file;
    const where = `${oneLine(p.file)}${p.line ? `:${position(p)}` : ''}`;
    const severity = p.severity === 'error' ? c.red('error') : c.yellow('warning');
    out.push(`${c.bold(where)}: ${severity}: ${oneLine(p.message)} ${c.dim(`[${p.rule}]`)}`);
  }
  if (out.length) out.push('');
  const line = summaryLine(report);
  out.push(report.ok ? c.green(line) : report.summary.errors ? c.red.bold(line) : c.yellow.bold(line));
  return `${out.join('\n')}\n`;
};

export const json: Formatter<ValidationReport> = (report) =>
  toJson({
    ok: report.ok,
    summary: report.summary,
    frameworks: report.frameworks,
    problems: report.problems.map((p) => ({ file: p.file, line: p.line, column: p.column, severity: p.severity, rule: p.rule, message: p.message })),
  });

// Line breaks and tabs as character references: in an attribute a raw one is read back as a space (XML
// attribute-value normalisation), so a message would lose its lines.
const xml = (s: string | number) =>
  String(s)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

const seconds = (s: number | undefined) => (s ?? 0).toFixed(3);

/**
 * One test suite per file, one test case per problem. Errors are failures; warnings are failures only with
 * --strict (otherwise the run passes, and a passing case carries the warning in its system-out). Only the
 * whole run is timed: suites and cases get time="0.000".
 */
export const junit: Formatter<ValidationReport> = (report) => {
  const fails = (p: Problem) => p.severity === 'error' || report.strict;
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const suites = [...byFile].map(([file, problems]) => {
    const cases = problems.map((p) => {
      const name = `${file}:${position(p) || '0:0'} ${p.rule}`;
      const line = xml(`${file}:${position(p)}: ${p.severity}: ${p.message} [${p.rule}]`);
      const body = fails(p) ? `<failure type="${xml(p.severity)}" message="${xml(p.message)}">${line}</failure>` : `<system-out>${line}</system-out>`;
      return `    <testcase classname="${xml(file)}" name="${xml(name)}" time="0.000">\n      ${body}\n    </testcase>`;
    });
    const failures = problems.filter(fails).length;
    return `  <testsuite name="${xml(file)}" tests="${problems.length}" failures="${failures}" errors="0" skipped="0" time="0.000">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (!suites.length) {
    suites.push(`  <testsuite name="rungs validate" tests="1" failures="0" errors="0" skipped="0" time="${seconds(report.seconds)}">\n    <testcase classname="rungs" name="framework is valid" time="${seconds(report.seconds)}"/>\n  </testsuite>`);
  }
  const total = Math.max(1, report.problems.length);
  const failures = report.problems.filter(fails).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rungs validate" tests="${total}" failures="${failures}" errors="0" time="${seconds(report.seconds)}">\n${suites.join('\n')}\n</testsuites>\n`;
};

// GitHub workflow commands: data in properties and messages must be escaped as GitHub's toolkit does.
// Control characters other than CR and LF are dropped: the log would show them to people as escape sequences.
const ghData = (s: string) =>
  s
    .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Annotations, then a plain summary (GitHub shows at most 10 annotations of a kind per step). */
export const github: Formatter<ValidationReport> = (report) => {
  const lines = report.problems.map((p) => {
    const props = [`file=${ghProperty(p.file)}`, ...(p.line ? [`line=${p.line}`, `col=${p.column}`] : []), `title=${ghProperty(`rungs ${p.rule}`)}`];
    return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${ghData(`${p.message} [${p.rule}]`)}`;
  });
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
};

export const validateFormatters: FormatterSet<'validate'> = { stylish, json, junit, github, sarif };
