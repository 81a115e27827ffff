// Wording shared by the report formats: how a person, a gap and a share are written.
import type { PersonGap, PersonRef, TeamReport } from '../../core/team.js';

export function who(p: PersonRef): string {
  return p.name ?? p.file;
}

export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** "Coaching 2→4", or "Coaching ?→4" when not rated. */
export function gapShort(g: Pick<PersonGap, 'name' | 'current' | 'target'>): string {
  return `${g.name} ${g.current ?? '?'}→${g.target}`;
}

/** "Coaching (2 of 4)" or "Coaching (not rated, needs 4)": for CSV cells and sentences. */
export function gapLong(g: PersonGap): string {
  return g.current === null ? `${g.name} (not rated, needs ${g.target})` : `${g.name} (${g.current} of ${g.target})`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Skills anyone rated or anyone's next role needs: the rest of the picture is empty. */
export function skillsInUse(report: TeamReport): TeamReport['team']['skills'] {
  return report.team.skills.filter((s) => s.needed_by > 0 || s.levels.some((n) => n > 0));
}

/** The target level most of the people who need a skill need it at (the lowest on a tie), or null. */
export function commonTarget(targets: readonly number[]): number | null {
  let best: number | null = null;
  targets.forEach((n, level) => {
    if (n > 0 && (best === null || n > targets[best]!)) best = level;
  });
  return best;
}

/** One line for the top of every format. */
export function summaryText(report: TeamReport): string {
  const s = report.summary;
  const parts = [
    `${plural(s.used, 'person', 'people')} reported`,
    `${s.ready_now} ready for their next role now`,
    `${s.close} close (${pct(report.thresholds.close)}+)`,
  ];
  if (s.top_of_path) parts.push(`${s.top_of_path} at the top of their path`);
  if (s.rejected) parts.push(`${plural(s.rejected, 'profile')} rejected`);
  return `${parts.join(', ')}.`;
}

export function nextRoleText(p: TeamReport['people'][number]): string {
  return p.next_role ? p.next_role.title : '— (top of path)';
}

/** Why a person is or is not ready, in a word or three: the number alone can mislead. */
export function readyText(report: TeamReport, p: TeamReport['people'][number]): string {
  if (p.ready) return 'yes';
  if (p.blocked_by.length === 1) return `no: ${p.blocked_by[0]!.name} short`;
  if (p.blocked_by.length > 1) return `no: ${p.blocked_by.length} core skills short`;
  if (p.readiness < report.thresholds.ready) return `no: under ${pct(report.thresholds.ready)}`;
  return 'no';
}

/** "Ana Ruiz 82%", with "(3 unrated)" when readiness rests on part of the role's skills. */
export function benchName(p: { name: string | null; file: string; readiness: number; unrated: number }): string {
  return `${who(p)} ${pct(p.readiness)}${p.unrated ? ` (${p.unrated} unrated)` : ''}`;
}

/** Which roles have a bench, as the framework sets it: for captions, which must not call them "lead roles" when they are not. */
export function benchScope(report: TeamReport): string {
  return `each role at level ${report.thresholds.bench_min_level} or above off the foundation track (the framework's scoring.bench_min_level), and each role someone is recommended for`;
}
