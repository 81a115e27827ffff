// The terminal report: everyone at a glance, then what the team needs. Every value from a profile goes
// through clean(), so a name cannot carry escape sequences to the terminal.
import { BENCH_REACH, type TeamReport } from '../../core/team.js';
import type { RenderContext, StreamFormatter } from '../formats.js';
import { LineWriter, type Lines } from '../lines.js';
import { listView } from '../../core/list-view.js';
import { bar, clean, palette, wrap } from '../text.js';
import { boxInto, boxWidth } from '../box.js';
import { displayWidth } from '../width.js';
import { breakLines, cutLines } from './fit.js';
import { benchName, commonTarget, gapShort, nextRoleText, pct, plural, readyText, skillsInUse, summaryText, who } from './common.js';
import { movedLines } from './moved-text.js';

/** The terminal shows this many training needs, names per list; the other formats show everything. */
const MAX_NEEDS = 10;
const MAX_NAMES = 8;

/** `make`, remembering its result for each argument. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/** The table, appended to `out` in batches of lines: a team's table is joined once, with the whole report. */
function table(out: Lines, head: string[], rows: (string | number)[][], context: RenderContext, options: { compact?: boolean; right?: number[] } = {}): void {
  const c = palette(context);
  boxInto(out, head.map((h) => c.bold(h)), rows, { ...options, border: context.color ? c.grey : undefined });
}

/**
 * The first of the layouts (head and rows, made on demand) whose table fits in `limit` columns; the last one when
 * none does, or the first when the width is not known (a pipe, a file).
 */
function firstThatFits(limit: number | undefined, layouts: (() => { head: string[]; rows: (string | number)[][] })[]): { head: string[]; rows: (string | number)[][] } {
  for (let i = 0; i < layouts.length; i++) {
    const layout = layouts[i]!();
    if (limit === undefined || i === layouts.length - 1 || boxWidth(layout.head, layout.rows) <= limit) return layout;
  }
  throw new Error('no layout');
}

export const reportTable: StreamFormatter<TeamReport> = (report, context, write) => {
  // The last resort, for what no layout can help (a name wider than the terminal): cut, with "…". Pieces are
  // whole lines, so cutting each is cutting the whole.
  const width = context.width;
  const out = new LineWriter(width === undefined ? write : (piece) => write(cutLines(piece, Math.max(40, width))));
  drawReport(report, context, out);
  out.flush();
};

/** The report's lines, pushed to `out` (joined with "\n", they are the report). */
const drawReport = (report: TeamReport, context: RenderContext, out: Lines): void => {
  const c = palette(context);
  const limit = context.width === undefined ? undefined : Math.max(40, context.width);
  const width = Math.max(60, Math.min(context.width ?? 100, 160));
  // A note that does not fit beside its heading goes below it, wrapped.
  const heading = (text: string, note = '') =>
    out.push('', limit === undefined || text.length + 2 + note.length <= limit ? `${c.bold.underline(text)}${note ? c.dim(`  ${note}`) : ''}` : `${c.bold.underline(text)}\n${c.dim(wrap(note, limit))}`);

  out.push(c.bold(`Team report: ${clean(report.framework.name)} ${clean(report.framework.version)}`), summaryText(report));

  heading('People', `readiness for the recommended next role; ${pct(report.thresholds.ready)} counts as ready`);
  if (report.people.length === 0) out.push(c.dim('No profile could be used.'));
  else {
    // Most cells repeat across a team (a few dozen roles, readiness to a thousandth): each is made once.
    const arrow = c.dim('→');
    const roleCell = memo((now: string) => memo((next: string) => `${clean(now)}\n${arrow} ${clean(next)}`));
    const readinessCell = memo((colour: (s: string) => string) => memo((r: number) => `${colour(bar(r))} ${pct(r)}`));
    const fitCell = memo(pct);
    const readyCell = memo((text: string) => text.replace(': ', ':\n'));
    const warningsCell = memo((count: number) => (count ? c.yellow(`⚠ ${count}`) : ''));
    const gapText = memo((name: string) => memo((current: number | null) => memo((target: number) => clean(gapShort({ name, current, target })))));
    const colourOf = (p: TeamReport['people'][number]) => (p.ready ? c.green : p.readiness >= report.thresholds.close ? c.yellow : c.dim);
    const name = (p: TeamReport['people'][number]) => c.bold(clean(p.name ?? p.file.split(/[\\/]/).pop() ?? p.file));
    const gaps = (p: TeamReport['people'][number]) => p.top_gaps.map((g) => gapText(g.name)(g.current)(g.target)).join('\n') || c.dim('none');
    const ready = (p: TeamReport['people'][number]) => (p.ready ? c.green('yes') : readyCell(readyText(report, p)));
    const people = report.people;
    // Made as the table reads them (twice: measured, then drawn), not kept: 100,000 people's cells are 50 MB.
    const rowsOf = (make: (p: TeamReport['people'][number]) => string[]) => listView(people.length, (i) => make(people[i]!));
    // Too wide for the terminal: the bar goes first, then Fit, Ready and ⚠ stack into the columns beside them,
    // then each person becomes a block of lines (README: "The terminal report").
    const layout = firstThatFits(limit, [
      () => ({
        head: ['Person', 'Now → next', 'Readiness', 'Fit', 'Ready', 'Top gaps (now→target)', '⚠'],
        // The file is in every other format; here the name (or the file's own name) keeps the table narrow.
        rows: rowsOf((p) => [name(p), roleCell(p.current_role.title)(nextRoleText(p)), readinessCell(colourOf(p))(p.readiness), fitCell(p.fit), ready(p), gaps(p), warningsCell(p.warnings.length)]),
      }),
      () => ({
        head: ['Person', 'Now → next', 'Readiness', 'Fit', 'Ready', 'Top gaps (now→target)', '⚠'],
        rows: rowsOf((p) => [name(p), roleCell(p.current_role.title)(nextRoleText(p)), colourOf(p)(pct(p.readiness)), fitCell(p.fit), ready(p), gaps(p), warningsCell(p.warnings.length)]),
      }),
      () => ({
        head: ['Person', 'Now → next', 'Readiness', 'Top gaps (now→target)'],
        rows: rowsOf((p) => [
          p.warnings.length ? `${name(p)}\n${warningsCell(p.warnings.length)}` : name(p),
          roleCell(p.current_role.title)(nextRoleText(p)),
          `${colourOf(p)(pct(p.readiness))} fit ${fitCell(p.fit)}\n${p.ready ? c.green('ready') : readyCell(readyText(report, p))}`,
          gaps(p),
        ]),
      }),
      () => ({
        head: ['Person', 'Now → next', 'Readiness', 'Top gaps (now→target)'],
        rows: rowsOf((p) => [
          p.warnings.length ? `${name(p)}\n${warningsCell(p.warnings.length)}` : name(p),
          roleCell(p.current_role.title)(nextRoleText(p)),
          `${colourOf(p)(pct(p.readiness))} fit ${fitCell(p.fit)}\n${p.ready ? c.green('ready') : wrap(readyText(report, p), 12)}`,
          p.top_gaps.map((g) => wrap(gapText(g.name)(g.current)(g.target), 26, '  ', '')).join('\n') || c.dim('none'),
        ]),
      }),
      () => ({ head: [], rows: [] }),
    ]);
    if (layout.head.length) table(out, layout.head, layout.rows, context, { right: layout.head.length === 7 ? [3] : [] });
    else {
      for (const p of people) {
        out.push(wrap(`${clean(p.name ?? p.file.split(/[\\/]/).pop() ?? p.file)}: ${clean(p.current_role.title)} → ${clean(nextRoleText(p))}`, width, '    ', '• '));
        const warn = p.warnings.length ? `, ⚠ ${p.warnings.length}` : '';
        out.push(wrap(`readiness ${pct(p.readiness)}, fit ${pct(p.fit)}, ready: ${p.ready ? 'yes' : readyText(report, p)}${warn}`, width, '    ', '  '));
        if (p.top_gaps.length) out.push(wrap(`top gaps: ${p.top_gaps.map((g) => clean(gapShort({ name: g.name, current: g.current, target: g.target }))).join(', ')}`, width, '    ', '  '));
      }
    }
  }
  // One pass, keeping no one: at 100,000 people, those with warnings could be tens of thousands of rows.
  let warned = false;
  for (const p of report.people) {
    if (p.warnings.length === 0) continue;
    if (!warned) out.push('', c.yellow('⚠ Warnings'));
    warned = true;
    for (const w of p.warnings) out.push(wrap(`${who(p)}: ${w}`, width, '  ', '• '));
  }

  movedLines(out, report, context, width, heading);

  const skills = skillsInUse(report);
  heading('Skills', 'people at each self-rated level; ? not rated; needed by their next role, short of its target');
  if (skills.length) {
    const cell = (n: number) => (n === 0 ? c.dim('·') : String(n));
    // Compact: no line between rows, the category named once where its skills start; too wide for the terminal,
    // the category gets a row of its own above its skills instead of a column.
    const byColumn = () => {
      let category: string | undefined;
      const rows = skills.map((s) => {
        const row = [s.category === category ? '' : c.dim(clean(s.category_name)), ...skillCells(s)];
        category = s.category;
        return row;
      });
      return { head: ['Category', 'Skill', '0', '1', '2', '3', '4', '5', '?', 'Needed', 'Short'], rows };
    };
    const byRow = () => {
      let category: string | undefined;
      const rows: (string | number)[][] = [];
      for (const s of skills) {
        if (s.category !== category) rows.push([c.dim(clean(s.category_name)), '', '', '', '', '', '', '', '', '']);
        rows.push([`  ${clean(s.name)}`, ...skillCells(s).slice(1)]);
        category = s.category;
      }
      return { head: ['Skill', '0', '1', '2', '3', '4', '5', '?', 'Needed', 'Short'], rows };
    };
    const skillCells = (s: (typeof skills)[number]) => {
      const target = commonTarget(s.targets);
      return [
        clean(s.name),
        ...s.levels.map((n, level) => (level === target && n > 0 ? c.underline(String(n)) : cell(n))),
        cell(s.unknown),
        s.needed_by ? `${s.needed_by}${target === null ? '' : c.dim(` @${target}`)}` : c.dim('·'),
        s.short ? c.red(String(s.short)) : c.dim('·'),
      ];
    };
    // Only the skills' names wrap (plain text; wrap() drops colour codes): a category's row is coloured.
    const wrapped = () => {
      const { head, rows } = byRow();
      return { head: head.map((h) => (h === 'Needed' ? 'Need' : h)), rows: rows.map(([name, ...rest]) => [String(name).startsWith('  ') ? wrap(String(name), 22, '   ', '  ') : name!, ...rest]) };
    };
    const layout = firstThatFits(limit, [byColumn, byRow, wrapped]);
    const shift = layout.head.length === 11 ? 0 : 1;
    table(out, layout.head, layout.rows, context, { compact: true, right: [2, 3, 4, 5, 6, 7, 8, 10].map((i) => i - shift) });
  } else out.push(c.dim('Nobody rated any skill.'));

  heading('Training needs', 'skills where the most people fall short of their next role');
  const needs = report.team.training_needs;
  if (needs.length === 0) out.push(c.dim('Nobody falls short of a rated skill for their next role.'));
  needs.slice(0, MAX_NEEDS).forEach((n, i) => {
    const unrated = n.unrated ? c.dim(`, ${n.unrated} not rated`) : '';
    out.push(`${String(i + 1).padStart(2)}. ${c.bold(clean(n.name))}: ${plural(n.count, 'person', 'people')} short${unrated} ${c.dim(`(typically ${n.typical.current}→${n.typical.target})`)}`);
    const names = n.people.slice(0, MAX_NAMES).map((p) => `${clean(who(p))} ${p.current}→${p.target}`);
    if (n.people.length > MAX_NAMES) names.push(`and ${n.people.length - MAX_NAMES} more`);
    out.push(wrap(names.join(', '), width, '    '));
    for (const d of n.develop) out.push(wrap(`${d.kind}: ${d.action}`, width, '      ', '    • '));
  });
  if (needs.length > MAX_NEEDS) out.push(c.dim(`    … and ${needs.length - MAX_NEEDS} more (every need is in -f json, markdown and html)`));

  heading('Bench strength', `people up to ${BENCH_REACH} rungs below each role; ready now: ${pct(report.thresholds.ready)}+, no core skill far short, enough rated; close: ${pct(report.thresholds.close)}+`);
  if (report.team.bench.length) {
    const names = (list: { name: string | null; file: string; readiness: number; unrated: number }[]) => {
      const shown = list.slice(0, MAX_NAMES).map((p) => clean(benchName(p)));
      if (list.length > MAX_NAMES) shown.push(`+${list.length - MAX_NAMES} more`);
      return shown.join('\n');
    };
    const role = (b: (typeof report.team.bench)[number]) => `${c.bold(clean(b.role.title))}\n${c.dim(`level ${b.role.level}, ${clean(b.role.track)}`)}`;
    const holders = (b: (typeof report.team.bench)[number]) => (b.holders ? String(b.holders) : c.dim('·'));
    const readyNow = (b: (typeof report.team.bench)[number]) => (b.ready.length ? c.green(names(b.ready)) : c.dim('nobody'));
    const close = (b: (typeof report.team.bench)[number]) => (b.close.length ? names(b.close) : c.dim('nobody'));
    // Too wide for the terminal: Close stacks under Ready now.
    const layout = firstThatFits(limit, [
      () => ({ head: ['Role', 'In role', 'Ready now', 'Close'], rows: report.team.bench.map((b) => [role(b), holders(b), readyNow(b), close(b)]) }),
      () => ({ head: ['Role', 'In role', 'Ready now / close'], rows: report.team.bench.map((b) => [role(b), holders(b), `${readyNow(b)}\n${c.dim('close:')}\n${close(b)}`]) }),
      // Still too wide (long file names): each name wrapped to the room left.
      () => {
        const roleWidth = Math.max(4, ...report.team.bench.map((b) => Math.max(...role(b).split('\n').map(displayWidth))));
        const room = Math.max(12, (limit ?? 80) - roleWidth - 7 - 10);
        const fitted = (list: Parameters<typeof names>[0]) => (list.length ? names(list).split('\n').map((n) => breakLines(wrap(n, room), room)).join('\n') : 'nobody');
        return { head: ['Role', 'In role', 'Ready now / close'], rows: report.team.bench.map((b) => [role(b), holders(b), `${fitted(b.ready)}\n${c.dim('close:')}\n${fitted(b.close)}`]) };
      },
    ]);
    table(out, layout.head, layout.rows, context, { right: [1] });
  }

  heading('Calibration', `self vs manager ratings ${report.thresholds.calibration_gap}+ levels apart: read the level definitions together`);
  const cal = report.team.calibration;
  if (cal.profiles === 0) out.push(c.dim('No profile has manager_ratings, so there is nothing to calibrate.'));
  else if (cal.flagged.length === 0) out.push(`${plural(cal.profiles, 'profile')} with manager ratings, ${plural(cal.compared, 'rating')} compared: none ${report.thresholds.calibration_gap}+ levels apart.`);
  else {
    out.push(`${plural(cal.profiles, 'profile')} with manager ratings, ${plural(cal.compared, 'rating')} compared, ${cal.flagged.length} far apart:`);
    const skillCell = memo(clean);
    const differenceCell = memo((d: number) => (d > 0 ? c.yellow(`+${d}`) : c.cyan(String(d))));
    // Made as the table reads them, not kept: a large team has a flag for one person in three.
    const rows = listView(cal.flagged.length, (i) => {
      const f = cal.flagged[i]!;
      return [clean(who(f)), skillCell(f.skill_name), String(f.self), String(f.manager), differenceCell(f.difference)];
    });
    // Too wide for the terminal: shorter headings.
    const head = firstThatFits(limit, [() => ({ head: ['Person', 'Skill', 'Self', 'Manager', 'Self − manager'], rows }), () => ({ head: ['Person', 'Skill', 'Self', 'Mgr', 'Diff'], rows })]).head;
    table(out, head, rows, context, { right: [2, 3, 4] });
  }

  if (report.summary.rejected) {
    out.push('', c.red(`✖ ${plural(report.summary.rejected, 'profile')} could not be used (${plural(report.errors.length, 'error')}, listed on stderr).`));
  }
  // The final line break.
  out.push('');
};
