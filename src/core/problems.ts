// A finding about a file: produced by the parser, the schema check and the cross-file rules alike.
// The core names the place by a path into the document; the io layer turns that into a line and column.

export type Severity = 'error' | 'warning';
export type DocPath = ReadonlyArray<string | number>;

export interface Problem {
  /** The file as the user should see it (relative to the working directory where possible). */
  file: string;
  /** 1-based; 0 when the problem is about the whole file and has no position. */
  line: number;
  column: number;
  severity: Severity;
  /** A stable kebab-case rule name, e.g. unknown-reference. */
  rule: string;
  message: string;
}

/** A problem from the pure core: it knows the document path, not the line. */
export interface PathProblem {
  file: string;
  path: DocPath;
  severity: Severity;
  rule: string;
  message: string;
  /** Point at the key of the node rather than its value (e.g. an unknown property). */
  atKey?: boolean;
}

export interface ProblemSummary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarise(problems: readonly Problem[], files: number): ProblemSummary {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { files, errors, warnings: problems.length - errors };
}

/** Problems in a stable order: by file, then position, then rule and message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Appends `items` to `into` one by one. `into.push(...items)` passes every item as an argument on the call
 * stack, and a file can hold hundreds of thousands of problems: that overflowed it.
 */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
