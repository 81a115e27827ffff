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

/** A person's change since the previous assessment: "+12 pts since 2025-11-20", "ready now", or "". */
export function changeText(p: TeamReport['people'][number]): string {
  const c = p.change;
  if (!c) return '';
  const delta = Math.round(c.readiness_after * 100) - Math.round(c.readiness_before * 100);
  const moved = delta === 0 ? '±0 pts' : `${delta > 0 ? '+' : '−'}${Math.abs(delta)} pts`;
  return `${moved} since ${c.since}${c.became_ready ? ', ready now' : ''}${c.role_changed ? ', new role' : ''}`;
}

/** The team's "moved since last time" in a sentence, or undefined when nobody could be compared and nobody left. */
export function movedText(report: TeamReport): string | undefined {
  const m = report.team.moved;
  if (m.compared === 0 && m.left.length === 0) return undefined;
  const parts = [`${plural(m.compared, 'person', 'people')} compared with their previous assessment`];
  if (m.compared) {
    parts.push(`readiness up for ${m.readiness_up}, down for ${m.readiness_down} (mean ${signedPoints(m.mean_change)})`);
    if (m.became_ready) parts.push(`${m.became_ready} newly ready`);
    if (m.role_changed) parts.push(`${m.role_changed} in a new role`);
    parts.push(`${plural(m.gaps_closed, 'gap')} closed`);
  }
  if (m.first_assessment) parts.push(`${m.first_assessment} with nothing earlier to compare`);
  if (m.left.length) parts.push(`${m.left.length} in the earlier snapshot only: ${m.left.map(who).join(', ')}`);
  return `${parts.join('; ')}.`;
}

/** "+4 pts", "−2 pts", "±0 pts" for a readiness change (a share). */
export function signedPoints(x: number): string {
  const n = Math.round(x * 100);
  return n === 0 ? '±0 pts' : `${n > 0 ? '+' : '−'}${Math.abs(n)} pts`;
}
