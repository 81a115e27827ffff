// The expert-or-management fork. The SSPA's point: both paths value experience, the skills differ a lot,
// and one person finds management more rewarding while another finds the expert role more rewarding.
// So the fork is laid out side by side, with what each path rewards, rather than decided on skills alone.
import type { Candidate } from './candidates.js';
import type { FrameworkIndex } from './index-framework.js';
import type { Gap } from './readiness.js';
import type { TrackKind } from './types.js';
import { gapLabel, listing, percent, round3, roundGap } from './wording.js';

export interface ForkSide {
  role: { id: string; title: string };
  /** The side's track, by its name in the framework ("Expert path", "KCS"). */
  track: { id: string; name: string };
  readiness: number;
  fit: number;
  /** The top gaps toward that role (at most 5). */
  missing: Gap[];
  /** What people on that track find rewarding. */
  rewards: string;
}

export type Leaning = 'expert' | 'management' | 'undecided';

export interface Fork {
  expert: ForkSide;
  management: ForkSide;
  leaning: Leaning;
  explanation: string[];
}

const MAX_MISSING = 5;
/** Fit differences up to this much are too small to call a leaning. */
const LEANING_MARGIN = 0.1;

/** A fork when the next moves include both an expert-track and a management-track role (the best of each). */
export function buildFork(index: FrameworkIndex, ranked: readonly Candidate[]): Fork | null {
  const expert = bestOfKind(index, ranked, 'expert');
  const management = bestOfKind(index, ranked, 'management');
  if (!expert || !management) return null;
  const sides = { expert: side(index, expert), management: side(index, management) };
  const leaning = leaningOf(sides.expert.fit, sides.management.fit);
  return { ...sides, leaning, explanation: explain(index, expert, management, leaning) };
}

function bestOfKind(index: FrameworkIndex, ranked: readonly Candidate[], kind: TrackKind): Candidate | undefined {
  return ranked.find((c) => index.tracks.get(c.role.track)?.kind === kind);
}

function side(index: FrameworkIndex, c: Candidate): ForkSide {
  const track = index.tracks.get(c.role.track);
  return {
    role: { id: c.role.id, title: c.role.title },
    track: { id: c.role.track, name: track?.name ?? c.role.track },
    readiness: round3(c.readiness.readiness),
    fit: round3(c.fit),
    missing: c.readiness.gaps.slice(0, MAX_MISSING).map(roundGap),
    rewards: track?.rewards ?? track?.description ?? '',
  };
}

// Compared in thousandths, so the rounded fits shown to the person decide, not float noise.
function leaningOf(expertFit: number, managementFit: number): Leaning {
  const diff = Math.round(expertFit * 1000) - Math.round(managementFit * 1000);
  if (Math.abs(diff) <= LEANING_MARGIN * 1000) return 'undecided';
  return diff > 0 ? 'expert' : 'management';
}

function explain(index: FrameworkIndex, expert: Candidate, management: Candidate, leaning: Leaning): string[] {
  const lines: string[] = [];
  const name = (c: Candidate) => pathName(index.tracks.get(c.role.track)?.name ?? c.role.track);
  for (const c of [expert, management]) {
    const rewards = index.tracks.get(c.role.track)?.rewards;
    lines.push(rewards ? `The ${name(c)} (${c.role.title}) rewards ${lowerFirst(rewards)}` : `The ${name(c)} leads to ${c.role.title}.`);
  }
  for (const c of [expert, management]) lines.push(needs(c));
  const fits = `fit ${percent(expert.fit)} for the ${name(expert)}, ${percent(management.fit)} for the ${name(management)}`;
  lines.push(
    leaning === 'undecided'
      ? `Your preference answers do not clearly favour either path (${fits}).`
      : `Your preference answers lean toward the ${name(leaning === 'expert' ? expert : management)} (${fits}).`,
  );
  lines.push(
    'Both paths are real careers: the choice is about which work you find rewarding, not only about which skills you have today. One person finds management more rewarding, another the expert role; skills can be learned either way.',
  );
  return lines;
}

/** A track's name as a path: "Expert path" stays, "KCS" becomes "KCS path". */
export function pathName(name: string): string {
  const n = name.trim();
  return /\b(path|track)$/i.test(n) ? lowerFirstWord(n) : `${n} path`;
}

// "Expert path" reads as "the expert path" mid-sentence; an acronym or a proper name keeps its capitals.
function lowerFirstWord(n: string): string {
  return /^[A-Z][a-z]/.test(n) ? n.charAt(0).toLowerCase() + n.slice(1) : n;
}

function needs(c: Candidate): string {
  const missing = c.readiness.gaps.slice(0, MAX_MISSING);
  const unrated = c.readiness.unrated;
  const notRated = unrated.length
    ? `; not rated yet: ${listing([...unrated.slice(0, MAX_MISSING).map((u) => u.name), ...(unrated.length > MAX_MISSING ? [`${unrated.length - MAX_MISSING} more`] : [])])}`
    : '';
  if (missing.length === 0) return unrated.length ? `For ${c.role.title} you meet every skill you rated${notRated}.` : `For ${c.role.title} you already meet every skill requirement.`;
  const more = c.readiness.gaps.length - missing.length;
  const tail = more > 0 ? `, and ${more} more` : '';
  return `For ${c.role.title} you still lack ${listing(missing.map(gapLabel))}${tail}${notRated}.`;
}

function lowerFirst(text: string): string {
  const t = text.trim();
  const sentence = /[.!?]$/.test(t) ? t : `${t}.`;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
