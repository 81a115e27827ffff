// The order of people in a team report: by name (case-insensitively, numbers in numeric order), those
// without a name after them by file, ties by file. Never the order the profiles came in.
import { compareIds } from './index-framework.js';

export interface PersonRef {
  file: string;
  name: string | null;
}

export interface PersonKey {
  named: boolean;
  text: string;
  folded: string[];
  file: string;
}

export function personKey(p: PersonRef): PersonKey {
  const text = p.name ?? p.file;
  return { named: p.name !== null, text, folded: naturalParts(text.toLowerCase()), file: p.file };
}

export function compareKeys(a: PersonKey, b: PersonKey): number {
  if (a.named !== b.named) return a.named ? -1 : 1;
  // Files break ties only (the same name twice), so their parts are not kept for every person.
  return comparePartLists(a.folded, b.folded) || compareIds(a.text, b.text) || naturalCompare(a.file, b.file) || compareIds(a.file, b.file);
}

export function comparePeople(a: PersonRef, b: PersonRef): number {
  return compareKeys(personKey(a), personKey(b));
}

/**
 * Everyone's place in the report's order, by person number (the order they were added): a team's lists
 * (training needs, bench, calibration) hold a million entries at 100,000 people, and sorting them by name part
 * by part would dominate the report. Equal keys keep the order they came in.
 */
export function rankPeople(keys: readonly (PersonKey | undefined)[]): { order: number[]; rank: Int32Array } {
  const order: number[] = [];
  keys.forEach((key, person) => key && order.push(person));
  order.sort((a, b) => compareKeys(keys[a]!, keys[b]!) || a - b);
  // People taken out (no key) have no place: rank -1, and entryOrder leaves their entries out.
  const rank = new Int32Array(keys.length).fill(-1);
  order.forEach((person, k) => (rank[person] = k));
  return { order, rank };
}

/**
 * The order of a packed list's `n` entries: by `first` (a number, smallest first), then by their person's rank,
 * then as they were added. Returns entry numbers, leaving out the entries of people taken out (rank -1).
 */
export function entryOrder(n: number, personOf: (i: number) => number, first: (i: number) => number, rank: Int32Array): Int32Array {
  const firsts = new Float64Array(n);
  for (let i = 0; i < n; i++) firsts[i] = first(i);
  const order = byNumbers(n, personOf, firsts, rank) ?? byComparison(n, personOf, firsts, rank);
  let live = 0;
  for (let j = 0; j < order.length; j++) if (rank[personOf(order[j]!)]! >= 0) order[live++] = order[j]!;
  return live === order.length ? order : order.slice(0, live);
}

/**
 * The place of an entry's `first` among the distinct ones, its person's rank and its own place make one whole
 * number, and a Float64Array sorts those natively, with no comparison function called a million times.
 */
function byNumbers(n: number, personOf: (i: number) => number, firsts: Float64Array, rank: Int32Array): Int32Array | undefined {
  const people = rank.length;
  if (!firsts.every(Number.isFinite)) return undefined;
  const distinct = [...new Set(firsts)].sort((a, b) => a - b);
  if (distinct.length * people * n >= Number.MAX_SAFE_INTEGER) return undefined;
  const place = new Map(distinct.map((value, i) => [value, i]));
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (place.get(firsts[i]!)! * people + rank[personOf(i)]!) * n + i;
  keys.sort();
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) out[j] = keys[j]! % n;
  return out;
}

function byComparison(n: number, personOf: (i: number) => number, firsts: Float64Array, rank: Int32Array): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => firsts[a]! - firsts[b]! || rank[personOf(a)]! - rank[personOf(b)]! || a - b);
  return Int32Array.from(order);
}

/** "p2" before "p10"; otherwise code-point order (no locale: the same on every machine). */
export function naturalCompare(a: string, b: string): number {
  return comparePartLists(naturalParts(a), naturalParts(b));
}

function naturalParts(s: string): string[] {
  return s.match(/(\d+)|(\D+)/g) ?? [];
}

function comparePartLists(pa: readonly string[], pb: readonly string[]): number {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length;
    }
    return compareIds(x, y);
  }
  return pa.length - pb.length;
}
