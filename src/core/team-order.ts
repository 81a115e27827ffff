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
  if (a.named !== b.named) return a.named ? -1 : 1;
  // Files break ties only (the same name twice), so their parts are not kept for every person.
  return comparePartLists(a.folded, b.folded) || compareIds(a.text, b.text) || naturalCompare(a.file, b.file) || compareIds(a.file, b.file);
}

export function comparePeople(a: PersonRef, b: PersonRef): number {
  return compareKeys(personKey(a), personKey(b));
}

/** Sorts by `first`, then by person; returns the bare values. */
export function sortedValues<T>(list: Keyed<T>[], first: (a: T, b: T) => number = () => 0): T[] {
  return list.sort((a, b) => first(a.value, b.value) || compareKeys(a.key, b.key)).map((k) => k.value);
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
