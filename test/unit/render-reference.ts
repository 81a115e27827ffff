// The terminal rendering as it was before it was made fast for big teams, kept verbatim as the definition the
// fast code must match byte for byte (see render-speed.test.ts): display width, box tables, word wrap and the
// team report's table format.
import stringWidth from 'string-width';
import { BENCH_REACH, type TeamReport } from '../../src/core/team.js';
import type { Formatter, RenderContext } from '../../src/render/formats.js';
import { benchName, commonTarget, gapShort, nextRoleText, pct, plural, readyText, skillsInUse, summaryText, who } from '../../src/render/report/common.js';
import { bar, palette } from '../../src/render/text.js';
import { neutralise } from '../../src/render/neutral.js';

/** The definition of a terminal width (issue 15: one rule): the string-width package itself. */
export function displayWidthReference(text: string): number {
  return stringWidth(text);
}

export interface BoxOptions {
  compact?: boolean;
  border?: (s: string) => string;
  right?: readonly number[];
}

export function boxReference(head: readonly string[], rows: readonly (readonly (string | number)[])[], options: BoxOptions = {}): string {
  const border = options.border ?? ((s: string) => s);
  const right = new Set(options.right ?? []);
  const split = (cell: string | number | undefined) => String(cell ?? '').split('\n');
  const cellsOf = (row: readonly (string | number)[]) => head.map((_, i) => split(row[i]));
  const widths = head.map(() => 0);
  const measure = (row: readonly (string | number)[]) => cellsOf(row).forEach((lines, i) => lines.forEach((l) => (widths[i] = Math.max(widths[i]!, displayWidthReference(l)))));
  measure(head);
  for (const row of rows) measure(row);
  const rule = (l: string, m: string, r: string) => border(`${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`);
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(widths[i]! - displayWidthReference(text));
    return right.has(i) ? gap + text : text + gap;
  };
  const out: string[] = [];
  const line = (cells: string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(`${border('│')} ${cells.map((c, i) => pad(c[k] ?? '', i)).join(` ${border('│')} `)} ${border('│')}`);
  };
  const between = rule('├', '┼', '┤');
  out.push(rule('┌', '┬', '┐'));
  line(cellsOf(head));
  out.push(between);
  rows.forEach((row, i) => {
    if (i > 0 && !options.compact) out.push(between);
    line(cellsOf(row));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

// Since issue 14 (case 16) the cleaning also shows invisible characters as \u202E and a TAB as a space: the
// same rule here (from its one place, neutral.ts), so that the comparison is of the table code, not of it.
function cleanReference(text: string | undefined | null): string {
  return text == null ? '' : neutralise(String(text).replace(CONTROL, '')).replaceAll('\t', ' ');
}

export function wrapReference(text: string, width: number, indent = ''): string {
  const words = cleanReference(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** The terminal shows this many training needs, names per list; the other formats show everything. */
const MAX_NEEDS = 10;
const MAX_NAMES = 8;

function table(out: string[], head: string[], rows: (string | number)[][], context: RenderContext, options: { compact?: boolean; right?: number[] } = {}): void {
  const c = palette(context);
  out.push(boxReference(head.map((h) => c.bold(h)), rows, { ...options, border: context.color ? c.grey : undefined }));
}

export const reportTableReference: Formatter<TeamReport> = (report, context) => {
  const c = palette(context);
  const width = Math.max(60, Math.min(context.width ?? 100, 160));
  const out: string[] = [];
  const heading = (text: string, note = '') => out.push('', `${c.bold.underline(text)}${note ? c.dim(`  ${note}`) : ''}`);

  out.push(c.bold(`Team report: ${cleanReference(report.framework.name)} ${cleanReference(report.framework.version)}`), summaryText(report));

  heading('People', `readiness for the recommended next role; ${pct(report.thresholds.ready)} counts as ready`);
  if (report.people.length === 0) out.push(c.dim('No profile could be used.'));
  else {
    const rows = report.people.map((p) => {
      const colour = p.ready ? c.green : p.readiness >= report.thresholds.close ? c.yellow : c.dim;
      // The file is in every other format; here the name (or the file's own name) keeps the table narrow.
      return [
        c.bold(cleanReference(p.name ?? p.file.split(/[\\/]/).pop() ?? p.file)),
        `${cleanReference(p.current_role.title)}\n${c.dim('→')} ${cleanReference(nextRoleText(p))}`,
        `${colour(bar(p.readiness))} ${pct(p.readiness)}`,
        pct(p.fit),
        p.ready ? c.green('yes') : readyText(report, p).replace(': ', ':\n'),
        p.top_gaps.map((g) => cleanReference(gapShort(g))).join('\n') || c.dim('none'),
        p.warnings.length ? c.yellow(`⚠ ${p.warnings.length}`) : '',
      ];
    });
    table(out, ['Person', 'Now → next', 'Readiness', 'Fit', 'Ready', 'Top gaps (now→target)', '⚠'], rows, context, { right: [3] });
  }
  const warned = report.people.filter((p) => p.warnings.length);
  if (warned.length) {
    out.push('', c.yellow('⚠ Warnings'));
    for (const p of warned) for (const w of p.warnings) out.push(wrapReference(`${who(p)}: ${w}`, width, '  ').replace(/^ {2}/, '• ').replace(/\n {2}/g, '\n  '));
  }

  const skills = skillsInUse(report);
  heading('Skills', 'people at each self-rated level; ? not rated; needed by their next role, short of its target');
  if (skills.length) {
    const cell = (n: number) => (n === 0 ? c.dim('·') : String(n));
    // Compact: no line between rows, the category named once where its skills start.
    let category: string | undefined;
    const rows = skills.map((s) => {
      const target = commonTarget(s.targets);
      const row = [
        s.category === category ? '' : c.dim(cleanReference(s.category_name)),
        cleanReference(s.name),
        ...s.levels.map((n, level) => (level === target && n > 0 ? c.underline(String(n)) : cell(n))),
        cell(s.unknown),
        s.needed_by ? `${s.needed_by}${target === null ? '' : c.dim(` @${target}`)}` : c.dim('·'),
        s.short ? c.red(String(s.short)) : c.dim('·'),
      ];
      category = s.category;
      return row;
    });
    table(out, ['Category', 'Skill', '0', '1', '2', '3', '4', '5', '?', 'Needed', 'Short'], rows, context, { compact: true, right: [2, 3, 4, 5, 6, 7, 8, 10] });
  } else out.push(c.dim('Nobody rated any skill.'));

  heading('Training needs', 'skills where the most people fall short of their next role');
  const needs = report.team.training_needs;
  if (needs.length === 0) out.push(c.dim('Nobody falls short of a rated skill for their next role.'));
  needs.slice(0, MAX_NEEDS).forEach((n, i) => {
    const unrated = n.unrated ? c.dim(`, ${n.unrated} not rated`) : '';
    out.push(`${String(i + 1).padStart(2)}. ${c.bold(cleanReference(n.name))}: ${plural(n.count, 'person', 'people')} short${unrated} ${c.dim(`(typically ${n.typical.current}→${n.typical.target})`)}`);
    const names = n.people.slice(0, MAX_NAMES).map((p) => `${cleanReference(who(p))} ${p.current}→${p.target}`);
    if (n.people.length > MAX_NAMES) names.push(`and ${n.people.length - MAX_NAMES} more`);
    out.push(wrapReference(names.join(', '), width, '    '));
    for (const d of n.develop) out.push(wrapReference(`${d.kind}: ${d.action}`, width, '    • ').replace(/\n {4}• /g, '\n      '));
  });
  if (needs.length > MAX_NEEDS) out.push(c.dim(`    … and ${needs.length - MAX_NEEDS} more (every need is in -f json, markdown and html)`));

  heading('Bench strength', `people up to ${BENCH_REACH} rungs below each role; ready now: ${pct(report.thresholds.ready)}+, no core skill far short, enough rated; close: ${pct(report.thresholds.close)}+`);
  if (report.team.bench.length) {
    const names = (list: { name: string | null; file: string; readiness: number; unrated: number }[]) => {
      const shown = list.slice(0, MAX_NAMES).map((p) => cleanReference(benchName(p)));
      if (list.length > MAX_NAMES) shown.push(`+${list.length - MAX_NAMES} more`);
      return shown.join('\n');
    };
    const rows = report.team.bench.map((b) => [
      `${c.bold(cleanReference(b.role.title))}\n${c.dim(`level ${b.role.level}, ${cleanReference(b.role.track)}`)}`,
      b.holders || c.dim('·'),
      b.ready.length ? c.green(names(b.ready)) : c.dim('nobody'),
      b.close.length ? names(b.close) : c.dim('nobody'),
    ]);
    table(out, ['Role', 'In role', 'Ready now', 'Close'], rows, context, { right: [1] });
  }

  heading('Calibration', `self vs manager ratings ${report.thresholds.calibration_gap}+ levels apart: read the level definitions together`);
  const cal = report.team.calibration;
  if (cal.profiles === 0) out.push(c.dim('No profile has manager_ratings, so there is nothing to calibrate.'));
  else if (cal.flagged.length === 0) out.push(`${plural(cal.profiles, 'profile')} with manager ratings, ${plural(cal.compared, 'rating')} compared: none ${report.thresholds.calibration_gap}+ levels apart.`);
  else {
    out.push(`${plural(cal.profiles, 'profile')} with manager ratings, ${plural(cal.compared, 'rating')} compared, ${cal.flagged.length} far apart:`);
    const rows = cal.flagged.map((f) => [cleanReference(who(f)), cleanReference(f.skill_name), f.self, f.manager, f.difference > 0 ? c.yellow(`+${f.difference}`) : c.cyan(String(f.difference))]);
    table(out, ['Person', 'Skill', 'Self', 'Manager', 'Self − manager'], rows, context, { right: [2, 3, 4] });
  }

  if (report.summary.rejected) {
    out.push('', c.red(`✖ ${plural(report.summary.rejected, 'profile')} could not be used (${plural(report.errors.length, 'error')}, listed on stderr).`));
  }
  return `${out.join('\n')}\n`;
};
