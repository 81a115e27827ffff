// The advice as a support rep reads it after the questionnaire: where you are, the one next step with
// how ready you are and how well it fits, why, the other options, what to develop (with concrete
// actions), the expert-or-management choice when there is one, and what to trust less (warnings, last).
// Colour only through palette(context); every string that came from a data file goes through clean().
import { pathName, type Fork, type ForkSide } from '../../core/fork.js';
import { blockedText } from '../../core/reasons.js';
import type { Gap } from '../../core/readiness.js';
import type { Advice } from '../../core/recommend.js';
import type { ChalkInstance } from 'chalk';
import type { Formatter, RenderContext } from '../formats.js';
import { box } from '../box.js';
import { bar, clean, palette } from '../text.js';
import { moveDescription, dots, GAPS_IN_FULL, hasRange, levels, moveArrow, pct, pickActions, rangeText, trackLabel, verdictWhy } from './common.js';

const INDENT = '  ';
const BAR_WIDTH = 20;

export function textWidth(context: RenderContext): number {
  return Math.max(50, Math.min(context.width ?? 80, 100));
}

/**
 * Word-wraps `text` (cleaned) to `width`: the first line starts with `first`, the others with `rest`.
 * Prefixes are measured by their visible length, so they may carry colour.
 */
export function hang(text: string, width: number, first: string, rest = ' '.repeat(visible(first))): string {
  const words = clean(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let prefix = first;
  for (const word of words) {
    const room = width - visible(prefix);
    if (line && line.length + 1 + word.length > room) {
      lines.push(prefix + line);
      prefix = rest;
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(prefix + line);
  return lines.join('\n');
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
function visible(s: string): number {
  return s.replace(ANSI, '').length;
}

/** One gap with its actions: "1. Coaching  2 → 4  importance ●●●●○", then "training: ..." lines. */
export function gapBlock(gap: Gap, n: number, width: number, c: ChalkInstance, indent: string, maxActions = 3): string[] {
  const number = `${n}.`;
  const head = `${indent}${number} ${c.bold(clean(gap.name))}  ${levels(gap)}  ${c.dim('importance')} ${dots(gap.importance)}`;
  const lines = [head];
  const sub = `${indent}${' '.repeat(number.length + 1)}`;
  const actions = pickActions(gap, maxActions);
  if (actions.length === 0) lines.push(c.dim(`${sub}(the framework lists no development actions for this skill)`));
  for (const action of actions) {
    lines.push(hang(`${clean(action.action)}`, width, `${sub}${c.cyan(`${clean(action.kind)}:`)} `, `${sub}  `));
  }
  return lines;
}

/** "Also: Staffing 1 → 2, Commercial awareness 2 → 3", wrapped; empty when nothing is left over. */
export function restOfGaps(gaps: readonly Gap[], width: number, c: ChalkInstance, indent: string): string[] {
  if (gaps.length === 0) return [];
  const list = gaps.map((g) => `${clean(g.name)} ${levels(g)}`).join(', ');
  return [hang(list, width, `${indent}${c.dim(`Also (${gaps.length} more):`)} `, `${indent}  `)];
}

export const adviceText: Formatter<Advice> = (a, context) => {
  const c = palette(context);
  const width = textWidth(context);
  const out: string[] = [];
  const heading = (title: string) => out.push('', c.bold.underline(title));
  const threshold = a.threshold;

  const cur = a.current_role;
  out.push(`${c.dim('You are now')}  ${c.bold(clean(cur.title))} ${c.dim(`· level ${cur.level} · ${clean(trackLabel(cur.track_name))}`)}`);

  const readyMark = a.ready ? c.green('✔ ready') : c.yellow('✘ not ready yet');
  const colourBar = (value: number) => (a.ready ? c.green(bar(value, BAR_WIDTH)) : c.yellow(bar(value, BAR_WIDTH)));
  const rangeLine = () => {
    if (!hasRange(a.readiness_range)) return;
    out.push(hang(`some of the skills it needs are not rated yet, so their levels are assumed`, width, `${INDENT}${' '.repeat(11)}${c.yellow(`range ${rangeText(a.readiness_range)}`)}: `));
  };

  if (a.next_role && !a.top_of_path) {
    const next = a.next_role;
    heading('Your recommended next role');
    out.push(`${INDENT}${c.bold.cyan(clean(next.title))}`);
    out.push(`${INDENT}${moveArrow(next.type)} ${moveDescription(next.type, next.level, clean(next.track_name), ' · ')}`);
    out.push('');
    out.push(`${INDENT}Readiness  ${colourBar(a.readiness)}  ${pct(a.readiness).padStart(4)}  ${readyMark}`);
    rangeLine();
    if (a.blocked_by.length) out.push(c.yellow(hang(blockedText(a.blocked_by), width, `${INDENT}${' '.repeat(11)}✘ `)));
    out.push(`${INDENT}Fit        ${c.blue(bar(a.fit, BAR_WIDTH))}  ${pct(a.fit).padStart(4)}  ${c.dim('how well it matches your answers')}`);
    out.push(`${INDENT}${c.dim(`Score ${pct(a.score)}: readiness, fit and progress combined, what the options are ranked by`)}`);
  } else {
    heading('You are at the top of this path');
    out.push(hang(`There is no next role from ${clean(cur.title)} in this framework: growth from here is about depth and influence in the role you hold.`, width, INDENT));
    out.push('');
    out.push(`${INDENT}How fully you fill it  ${colourBar(a.readiness)}  ${pct(a.readiness).padStart(4)}`);
    rangeLine();
    out.push(`${INDENT}Fit with your answers  ${c.blue(bar(a.fit, BAR_WIDTH))}  ${pct(a.fit).padStart(4)}`);
  }

  if (a.reasons.length) {
    heading('Why');
    for (const reason of a.reasons) out.push(hang(reason, width, `${INDENT}• `));
  }

  if (a.strengths.length) {
    heading('Your strengths for it');
    for (const st of a.strengths.slice(0, STRENGTHS_SHOWN)) {
      out.push(`${INDENT}${c.green('✔')} ${c.bold(clean(st.name))}  ${st.level} ${c.dim(`(needs ${st.target})`)}`);
      if (st.evidence) out.push(c.dim(hang(`“${st.evidence}”`, width, `${INDENT}    `)));
    }
    if (a.strengths.length > STRENGTHS_SHOWN) out.push(c.dim(`${INDENT}  and ${a.strengths.length - STRENGTHS_SHOWN} more`));
  }

  if (a.alternatives.length) {
    heading('Other options');
    const rows = a.alternatives.map((alt, i) => [
      `${clean(alt.title)}${i === 0 && alt.against === null ? c.dim(' (runner-up)') : ''}${alt.against !== null ? c.dim(' (you said no)') : ''}`,
      `${moveArrow(alt.type)} ${alt.type}`,
      `${bar(alt.readiness, 10)} ${pct(alt.readiness).padStart(4)} ${alt.ready ? c.green('ready') : c.dim('not yet')}`,
      pct(alt.fit),
      pct(alt.score),
    ]);
    out.push(indentBlock(compactTable(['Role', 'Move', 'Readiness', 'Fit', 'Score'], rows, c)));
    const against = a.alternatives.filter((alt) => alt.against !== null);
    for (const alt of against) out.push(c.dim(hang(`${clean(alt.title)} comes last: ${alt.against}.`, width, `${INDENT}`)));
  }

  if (a.further.length) {
    heading('Further away, closer to what you said you want');
    for (const f of a.further) {
      out.push(hang(`${clean(f.title)} · level ${f.level} · ${clean(trackLabel(f.track_name))}: ${f.moves} moves away, via ${clean(f.via.title)}; fit ${pct(f.fit)}, readiness ${pct(f.readiness)} (rungs plan --to ${f.id})`, width, `${INDENT}→ `));
    }
  }

  heading(gapsTitle(a));
  if (a.gaps.length === 0) {
    out.push(hang(gapsNone(a), width, INDENT));
  } else {
    out.push(c.dim(`${INDENT}Biggest first (importance × levels short), each with ways to close the gap:`));
    const shown = a.gaps.slice(0, GAPS_IN_FULL);
    let role = '';
    shown.forEach((g, i) => {
      if (g.role !== role && a.gaps.some((x) => x.role === cur.id) && !a.top_of_path) {
        role = g.role;
        out.push(c.dim(`${INDENT}${g.role === cur.id ? `First, in your current role (${clean(cur.title)}):` : `Then, for ${clean(a.next_role?.title ?? '')}:`}`));
      }
      out.push(...gapBlock(g, i + 1, width, c, INDENT));
    });
    out.push(...restOfGaps(a.gaps.slice(GAPS_IN_FULL), width, c, INDENT));
  }

  if (a.unrated.length) {
    heading('Rate these to sharpen the advice');
    const list = a.unrated.map((u) => `${clean(u.name)} (assumed ${u.assumed}, needs ${u.target})`).join(', ');
    out.push(hang(list, width, INDENT));
  }

  if (a.fork) out.push(...forkSection(a.fork, width, c));

  if (a.warnings.length) {
    heading('Warnings');
    for (const w of a.warnings) out.push(c.yellow(hang(w, width, `${INDENT}⚠ `)));
  }

  out.push(...summary(a, threshold, width, c));
  return `${out.join('\n')}\n`;
};

const STRENGTHS_SHOWN = 5;

// The headline again at the very end, so it is on screen when the advice finishes scrolling past.
function summary(a: Advice, threshold: number, width: number, c: ChalkInstance): string[] {
  const out = ['', c.bold.underline('In short')];
  if (a.next_role && !a.top_of_path) {
    out.push(hang(`${clean(a.next_role.title)} (${pct(a.readiness)}) — ${verdictWhy(a, threshold)}`, width, `${INDENT}Next   `, `${INDENT}       `));
  } else {
    out.push(hang(`top of the path: deepen ${clean(a.current_role.title)}`, width, `${INDENT}Next   `, `${INDENT}       `));
  }
  if (a.gaps.length) out.push(hang(a.gaps.slice(0, 3).map((g) => `${clean(g.name)} ${g.current} → ${g.target}`).join(', '), width, `${INDENT}Grow   `, `${INDENT}       `));
  if (a.unrated.length) out.push(hang(`${a.unrated.length} skill${a.unrated.length === 1 ? '' : 's'} not rated (see above)`, width, `${INDENT}Rate   `, `${INDENT}       `));
  return out;
}

function gapsTitle(a: Advice): string {
  if (a.top_of_path || !a.next_role) return 'Skills to deepen in your current role';
  const title = clean(a.next_role.title);
  return a.ready ? `Skills to develop for ${title}` : `What stands between you and ${title}`;
}

function gapsNone(a: Advice): string {
  const rated = a.unrated.length ? 'Of the skills you rated, you' : 'You';
  if (a.top_of_path) return `${rated} meet every requirement of your role.`;
  return `${rated} already meet every requirement it asks for.`;
}

function forkSection(fork: Fork, width: number, c: ChalkInstance): string[] {
  const out = ['', c.bold.underline(`The ${clean(pathName(fork.expert.track.name))} or the ${clean(pathName(fork.management.track.name))}?`)];
  out.push(
    hang(
      'Both are real careers with experience valued on each, but they ask for different skills and reward different work: one person finds management more rewarding, another the expert role. Choose by what you find rewarding, not only by the skills you have today.',
      width,
      INDENT,
    ),
  );
  const side = (label: string, s: ForkSide, leaning: boolean) => {
    out.push('');
    out.push(`${INDENT}${c.bold(clean(label))} · ${c.bold.cyan(clean(s.role.title))}${leaning ? c.green('  ← your answers lean here') : ''}`);
    out.push(`${INDENT}  ${c.dim('Readiness')} ${pct(s.readiness)}   ${c.dim('Fit')} ${pct(s.fit)}`);
    if (s.rewards) out.push(hang(s.rewards, width, `${INDENT}  ${c.dim('Rewards')}   `));
    const lacks = s.missing.length ? s.missing.map((g) => `${clean(g.name)} (${levels(g)})`).join(', ') : 'nothing: you meet every skill it asks for';
    out.push(hang(lacks, width, `${INDENT}  ${c.dim('You lack')}  `));
  };
  side(trackLabel(fork.expert.track.name), fork.expert, fork.leaning === 'expert');
  side(trackLabel(fork.management.track.name), fork.management, fork.leaning === 'management');
  out.push('');
  const fits = `fit ${pct(fork.expert.fit)} for the ${pathName(fork.expert.track.name)}, ${pct(fork.management.fit)} for the ${pathName(fork.management.track.name)}`;
  out.push(
    hang(
      fork.leaning === 'undecided'
        ? `Your preference answers do not clearly favour either path (${fits}): try both, e.g. mentor a colleague and own a hard escalation, and notice which you enjoy.`
        : `Your preference answers lean toward the ${pathName(fork[fork.leaning].track.name)} (${fits}).`,
      width,
      `${INDENT}→ `,
    ),
  );
  return out;
}

/** A table without lines between the rows: a handful of options reads better dense. */
function compactTable(head: string[], rows: string[][], c: ChalkInstance): string {
  return box(head.map((h) => c.bold(h)), rows, { compact: true });
}

function indentBlock(text: string): string {
  return text
    .split('\n')
    .map((l) => INDENT + l)
    .join('\n');
}
