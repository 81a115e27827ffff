// Validator output formats: stylish for people, json for scripts, junit for CI test reports, github for
// workflow annotations. Each is a function from the report to a string.
import type { Problem } from '../../core/problems.js';
import type { ValidationReport } from '../../core/validation.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import type { FormatterSet } from '../registry.js';
import { clean, palette } from '../text.js';

const position = (p: Problem) => (p.line ? `${p.line}:${p.column}` : '');

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
    const where = `${clean(p.file)}${p.line ? `:${position(p)}` : ''}`;
    const severity = p.severity === 'error' ? c.red('error') : c.yellow('warning');
    out.push(`${c.bold(where)}: ${severity}: ${clean(p.message)} ${c.dim(`[${p.rule}]`)}`);
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

const xml = (s: string | number) =>
  String(s)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** One test suite per file, one failing test case per problem (warnings too, marked as such). */
export const junit: Formatter<ValidationReport> = (report) => {
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const suites = [...byFile].map(([file, problems]) => {
    const cases = problems.map((p) => {
      const name = `${file}:${position(p) || '0:0'} ${p.rule}`;
      const failure = `<failure type="${xml(p.severity)}" message="${xml(p.message)}">${xml(`${file}:${position(p)}: ${p.severity}: ${p.message} [${p.rule}]`)}</failure>`;
      return `    <testcase classname="${xml(file)}" name="${xml(name)}">\n      ${failure}\n    </testcase>`;
    });
    return `  <testsuite name="${xml(file)}" tests="${problems.length}" failures="${problems.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (!suites.length) suites.push(`  <testsuite name="rungs validate" tests="1" failures="0" errors="0">\n    <testcase classname="rungs" name="framework is valid"/>\n  </testsuite>`);
  const total = Math.max(1, report.problems.length);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rungs validate" tests="${total}" failures="${report.problems.length}">\n${suites.join('\n')}\n</testsuites>\n`;
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

export const validateFormatters: FormatterSet<'validate'> = { stylish, json, junit, github };
