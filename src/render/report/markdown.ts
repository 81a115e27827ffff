// The report for a wiki page: GitHub pipe tables (every cell escaped by mdTable) and a heading per section.
import { BENCH_REACH, type TeamReport } from '../../core/team.js';
import { listView } from '../../core/list-view.js';
import type { StreamFormatter } from '../formats.js';
import { LineWriter } from '../lines.js';
import { mdEscape, mdTable, mdTableInto } from '../markdown.js';
import { benchName, benchScope, changeText, commonTarget, gapShort, movedText, nextRoleText, pct, plural, readyText, signedPoints, skillsInUse, summaryText, who } from './common.js';

/** Written as it is made: the people table and the training needs' lists run to a row per person. */
export const reportMarkdown: StreamFormatter<TeamReport> = (report, _context, write) => {
  const out = new LineWriter(write);
  const { thresholds } = report;
  out.push(`# Team report`, '', `${mdEscape(report.framework.name)} ${mdEscape(report.framework.version)}: ${mdEscape(summaryText(report))}`);

  out.push('', '## People', '', `Readiness is for the recommended next role; ${pct(thresholds.ready)} counts as ready.`, '');
  const people = report.people;
  if (people.length === 0) out.push('_No profile could be used._');
  else
    mdTableInto(
      out,
      ['Person', 'File', 'Current role', 'Next role', 'Readiness', 'Fit', 'Ready', 'Top gaps', 'Warnings', 'Since last time'],
      listView(people.length, (i) => {
        const p = people[i]!;
        return [
            who(p),
            [p.file, ...p.merged_from].join(', '),
            p.current_role.title,
            nextRoleText(p),
            pct(p.readiness),
            pct(p.fit),
            readyText(report, p),
            p.top_gaps.map(gapShort).join(', '),
            p.warnings.length,
          changeText(p) || '—',
        ];
      }),
    );

  const moved = movedText(report);
  if (moved) {
    out.push('', '## Moved since last time', '', mdEscape(moved), '');
    const movers = report.team.moved.movers.filter((m) => m.change !== 0 || m.became_ready || m.role_changed);
    if (movers.length) {
      out.push(mdTable(['Person', 'Since', 'Readiness then', 'Now', 'Change', ''], movers.map((m) => [who(m), m.since, pct(m.readiness_before), pct(m.readiness_after), signedPoints(m.change), [m.became_ready ? 'newly ready' : '', m.role_changed ? 'new role' : ''].filter(Boolean).join(', ')])));
    }
  }

  // One pass, keeping no one (as in the table).
  let warned = false;
  for (const p of report.people) {
    if (p.warnings.length === 0) continue;
    if (!warned) out.push('', '### Warnings', '');
    warned = true;
    for (const w of p.warnings) out.push(`- **${mdEscape(who(p))}**: ${mdEscape(w)}`);
  }

  const skills = skillsInUse(report);
  out.push('', '## Skills', '', 'People at each self-rated level (? = not rated), how many need the skill for their next role (at the most common target), and how many are short of it.', '');
  out.push(
    skills.length
      ? mdTable(
          ['Category', 'Skill', '0', '1', '2', '3', '4', '5', '?', 'Needed', 'Short'],
          skills.map((s) => {
            const target = commonTarget(s.targets);
            return [s.category_name, s.name, ...s.levels, s.unknown, s.needed_by ? `${s.needed_by}${target === null ? '' : ` at ${target}`}` : 0, s.short];
          }),
        )
      : '_Nobody rated any skill._',
  );

  out.push('', '## Training needs', '', 'Skills where the most people fall short of the target of their recommended next role, most people first.');
  if (report.team.training_needs.length === 0) out.push('', '_Nobody falls short of a rated skill for their next role._');
  report.team.training_needs.forEach((n, i) => {
    out.push('', `### ${i + 1}. ${mdEscape(n.name)}: ${plural(n.count, 'person', 'people')} short`, '');
    out.push(`Typical gap: level ${n.typical.current} to ${n.typical.target}${n.unrated ? `; ${plural(n.unrated, 'person', 'people')} did not rate it` : ''}.`, '');
    mdTableInto(out, ['Person', 'Now', 'Target', 'Importance'], listView(n.people.length, (i) => { const p = n.people[i]!; return [who(p), p.current, p.target, p.importance]; }));
    if (n.develop.length) {
      out.push('', 'How to develop it:', '');
      for (const d of n.develop) out.push(`- ${mdEscape(d.kind)}: ${mdEscape(d.action)}`);
    }
  });

  out.push('', '## Bench strength', '', `Bench strength for ${benchScope(report)}. Everyone up to ${BENCH_REACH} rungs below one of these roles is scored against it, not only those for whom it is the next step. Ready now: ${pct(thresholds.ready)}+ with no core skill far short and enough of the role's skills rated. Close: ${pct(thresholds.close)}+ with enough rated.`, '');
  const names = (list: { name: string | null; file: string; readiness: number; unrated: number }[]) => list.map(benchName).join(', ') || '—';
  out.push(
    mdTable(
      ['Role', 'Level', 'Track', 'In role', 'Ready now', 'Close'],
      report.team.bench.map((b) => [b.role.title, b.role.level, b.role.track, b.holders, names(b.ready), names(b.close)]),
    ),
  );

  const cal = report.team.calibration;
  out.push('', '## Calibration', '');
  if (cal.profiles === 0) out.push('_No profile has manager ratings._');
  else {
    out.push(
      `${plural(cal.profiles, 'profile')} with manager ratings, ${plural(cal.compared, 'rating')} compared. Self and manager ${thresholds.calibration_gap}+ levels apart: re-read the level definitions together and agree on a rating.`,
      '',
    );
    if (cal.flagged.length === 0) out.push('_No rating is that far apart._');
    else
      mdTableInto(out, ['Person', 'Skill', 'Self', 'Manager', 'Self − manager'], listView(cal.flagged.length, (i) => {
        const f = cal.flagged[i]!;
        return [who(f), f.skill_name, f.self, f.manager, f.difference > 0 ? `+${f.difference}` : f.difference];
      }));
    out.push(
      '',
      '### By skill',
      '',
      mdTable(
        ['Skill', 'Compared', 'Far apart', 'Self higher', 'Manager higher', 'Mean self − manager'],
        cal.by_skill.map((s) => [s.name, s.compared, s.flagged, s.self_higher, s.manager_higher, s.mean_difference]),
      ),
    );
  }

  if (report.errors.length) {
    out.push('', '## Profiles not used', '', `${plural(report.summary.rejected, 'profile')} could not be used:`, '');
    out.push(mdTable(['File', 'Line', 'Column', 'Rule', 'Message'], report.errors.map((e) => [e.file, e.line, e.column, e.rule, e.message])));
  }
  // The final line break.
  out.push('');
  out.flush();
};
