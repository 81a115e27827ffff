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
  /** The person's place among everyone, once known (rankKeys): then comparing two keys is one subtraction. */
  rank?: number;
}

/** A value and the key of the person it belongs to: lists are sorted by person once, at the end. */
export interface Keyed<T> {
  key: PersonKey;
  value: T;
}

export function personKey(p: PersonRef): PersonKey {
  const text = p.name ?? p.file;
  return { named: p.name !== null, text, folded: naturalParts(text.toLowerCase()), file: p.file };
}

export function compareKeys(a: PersonKey, b: PersonKey): number {
  if (a.rank !== undefined && b.rank !== undefined) return a.rank - b.rank;
  if (a.named !== b.named) return a.named ? -1 : 1;
  // Files break ties only (the same name twice), so their parts are not kept for every person.
  return comparePartLists(a.folded, b.folded) || compareIds(a.text, b.text) || naturalCompare(a.file, b.file) || compareIds(a.file, b.file);
}

export function comparePeople(a: PersonRef, b: PersonRef): number {
  return compareKeys(personKey(a), personKey(b));
}

/**
 * Puts everyone in order once and numbers them: a team's lists (training needs, bench, calibration) hold
 * hundreds of thousands of entries, and sorting them by name part by part would dominate the report.
 * The sort is stable and entries are added in the order people are, so equal keys keep the same order.
 */
export function rankKeys<T>(list: Keyed<T>[]): Keyed<T>[] {
  list.sort((a, b) => compareKeys(a.key, b.key));
  list.forEach((k, i) => (k.key.rank = i));
  return list;
}

/** Sorts by `first` (a number, smallest first), then by person; returns the bare values. */
export function sortedValues<T>(list: readonly Keyed<T>[], first: (value: T) => number = () => 0): T[] {
  const firsts = list.map((k) => first(k.value));
  return byNumbers(list, firsts) ?? byComparison(list, firsts);
}

/**
 * The same order from one number per entry, when everyone is ranked (rankKeys): the place of its `first`
 * among the distinct ones, its person's rank and its own place (equal entries keep their order) make one whole
 * number, and a Float64Array sorts those natively, with no comparison function called a million times.
 */
function byNumbers<T>(list: readonly Keyed<T>[], firsts: readonly number[]): T[] | undefined {
  const n = list.length;
  let people = 0;
  for (const { key } of list) {
    if (key.rank === undefined) return undefined;
    if (key.rank >= people) people = key.rank + 1;
  }
  if (!firsts.every(Number.isFinite)) return undefined;
  const distinct = [...new Set(firsts)].sort((a, b) => a - b);
  if (distinct.length * people * n >= Number.MAX_SAFE_INTEGER) return undefined;
  const place = new Map(distinct.map((value, i) => [value, i]));
  const order = new Float64Array(n);
  for (let i = 0; i < n; i++) order[i] = (place.get(firsts[i]!)! * people + list[i]!.key.rank!) * n + i;
  order.sort();
  const out = new Array<T>(n);
  for (let j = 0; j < n; j++) out[j] = list[order[j]! % n]!.value;
  return out;
}

function byComparison<T>(list: readonly Keyed<T>[], firsts: readonly number[]): T[] {
  // Each entry's numbers worked out once, not once per comparison: these lists are long.
  const decorated = list.map((k, i) => ({ first: firsts[i]!, key: k.key, value: k.value }));
  return decorated.sort((a, b) => a.first - b.first || compareKeys(a.key, b.key)).map((d) => d.value);
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
