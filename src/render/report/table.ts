// The terminal report: everyone at a glance, then what the team needs. Every value from a profile goes
// through clean(), so a name cannot carry escape sequences to the terminal.
import { BENCH_REACH, type TeamReport } from '../../core/team.js';
import type { Formatter, RenderContext } from '../formats.js';
import { bar, clean, palette, wrap } from '../text.js';
import { boxInto } from '../box.js';
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
function table(out: string[], head: string[], rows: (string | number)[][], context: RenderContext, options: { compact?: boolean; right?: number[] } = {}): void {
  const c = palette(context);
  boxInto(out, head.map((h) => c.bold(h)), rows, { ...options, border: context.color ? c.grey : undefined });
}

export const reportTable: Formatter<TeamReport> = (report, context) => {
  const c = palette(context);
  const width = Math.max(60, Math.min(context.width ?? 100, 160));
  const out: string[] = [];
  const heading = (text: string, note = '') => out.push('', `${c.bold.underline(text)}${note ? c.dim(`  ${note}`) : ''}`);

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
    const rows = report.people.map((p) => {
      const colour = p.ready ? c.green : p.readiness >= report.thresholds.close ? c.yellow : c.dim;
      // The file is in every other format; here the name (or the file's own name) keeps the table narrow.
      return [
        c.bold(clean(p.name ?? p.file.split(/[\\/]/).pop() ?? p.file)),
        roleCell(p.current_role.title)(nextRoleText(p)),
        readinessCell(colour)(p.readiness),
        fitCell(p.fit),
        p.ready ? c.green('yes') : readyCell(readyText(report, p)),
        p.top_gaps.map((g) => gapText(g.name)(g.current)(g.target)).join('\n') || c.dim('none'),
        warningsCell(p.warnings.length),
      ];
    });
    table(out, ['Person', 'Now → next', 'Readiness', 'Fit', 'Ready', 'Top gaps (now→target)', '⚠'], rows, context, { right: [3] });
  }
  const warned = report.people.filter((p) => p.warnings.length);
  if (warned.length) {
    out.push('', c.yellow('⚠ Warnings'));
    for (const p of warned) for (const w of p.warnings) out.push(wrap(`${who(p)}: ${w}`, width, '  ', '• '));
  }

  movedLines(out, report, context, width, heading);

  const skills = skillsInUse(report);
  heading('Skills', 'people at each self-rated level; ? not rated; needed by their next role, short of its target');
  if (skills.length) {
    const cell = (n: number) => (n === 0 ? c.dim('·') : String(n));
    // Compact: no line between rows, the category named once where its skills start.
    let category: string | undefined;
    const rows = skills.map((s) => {
      const target = commonTarget(s.targets);
      const row = [
        s.category === category ? '' : c.dim(clean(s.category_name)),
        clean(s.name),
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
    const rows = report.team.bench.map((b) => [
      `${c.bold(clean(b.role.title))}\n${c.dim(`level ${b.role.level}, ${clean(b.role.track)}`)}`,
      b.holders ? String(b.holders) : c.dim('·'),
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
    const skillCell = memo(clean);
    const differenceCell = memo((d: number) => (d > 0 ? c.yellow(`+${d}`) : c.cyan(String(d))));
    const rows = cal.flagged.map((f) => [clean(who(f)), skillCell(f.skill_name), String(f.self), String(f.manager), differenceCell(f.difference)]);
    table(out, ['Person', 'Skill', 'Self', 'Manager', 'Self − manager'], rows, context, { right: [2, 3, 4] });
  }

  if (report.summary.rejected) {
    out.push('', c.red(`✖ ${plural(report.summary.rejected, 'profile')} could not be used (${plural(report.errors.length, 'error')}, listed on stderr).`));
  }
  // The final line break joined in, not added after: a string made by `+` would be copied whole again on output.
  out.push('');
  return out.join('\n');
};
