// "Did you mean ...?": the closest known ids to a mistyped one. Pure, reused wherever an id is looked up.

/** At most this many suggestions. */
const MAX_SUGGESTIONS = 3;
/** A candidate contained in the input (or the input in it) must be at least this long to count. */
const MIN_CONTAINED = 3;

/**
 * Edit distance with adjacent transpositions (optimal string alignment Damerau-Levenshtein):
 * insertions, deletions, substitutions and swaps of two neighbouring characters each cost 1.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // rows[i][j] = distance between a[0..i) and b[0..j); three rows are enough for the transposition step.
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidates closest to `id`, best first (up to 3): those within a small edit distance
 * (at most max(2, a third of the id's length), and never a complete rewrite), plus those that contain
 * the id or are contained in it. Case-insensitive; ties are broken alphabetically, so the answer is
 * the same whatever the order of the candidates.
 */
export function closest(id: string, candidates: readonly string[]): string[] {
  const input = id.trim().toLowerCase();
  if (input.length === 0) return [];
  const limit = Math.max(2, Math.floor(input.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const other = candidate.toLowerCase();
    if (other.length === 0) continue;
    const contained =
      (other.length >= MIN_CONTAINED && input.includes(other)) ||
      (input.length >= MIN_CONTAINED && other.includes(input));
    // The distance is never less than the difference in length, and exactly that when one contains the
    // other: the quadratic computation is needed only when it can matter (a 10,000-character id stays fast).
    const diff = Math.abs(input.length - other.length);
    const distance = contained ? diff : diff > limit ? diff : editDistance(input, other);
    const near = distance <= limit && distance < Math.max(input.length, other.length);
    if (near || contained) scored.push({ candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.candidate);
}

/** ` (did you mean "a", "b" or "c"?)`, or '' when there is nothing close: ready to append to a message. */
export function didYouMean(id: string, candidates: readonly string[]): string {
  const found = closest(id, candidates).map((c) => `"${c}"`);
  if (found.length === 0) return '';
  const list = found.length === 1 ? found[0]! : `${found.slice(0, -1).join(', ')} or ${found[found.length - 1]!}`;
  return ` (did you mean ${list}?)`;
}

/** An id quoted for a message; a very long one is cut (a 10,000-character id must not make a 10,000-character line). */
export function quoteId(id: string, max = 64): string {
  return id.length <= max ? `"${id}"` : `"${id.slice(0, max)}…" (${id.length} characters)`;
}
