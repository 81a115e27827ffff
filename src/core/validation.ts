// The result of `rungs validate` over one or more framework folders.
import { summarise, type Problem, type ProblemSummary } from './problems.js';

export interface ValidationReport {
  frameworks: { dir: string; files: number; errors: number; warnings: number }[];
  problems: Problem[];
  summary: ProblemSummary & { frameworks: number };
  /** --strict: warnings fail too. */
  strict: boolean;
  ok: boolean;
  /** How long the check took, when the caller timed it (JUnit's time attribute). */
  seconds?: number;
}

export function validationReport(results: { dir: string; files: number; problems: Problem[] }[], strict: boolean): ValidationReport {
  const problems = results.flatMap((r) => r.problems);
  const files = results.reduce((n, r) => n + r.files, 0);
  const summary = { ...summarise(problems, files), frameworks: results.length };
  return {
    frameworks: results.map((r) => ({ dir: r.dir, files: r.files, ...pick(summarise(r.problems, r.files)) })),
    problems,
    summary,
    strict,
    ok: summary.errors === 0 && (!strict || summary.warnings === 0),
  };
}

function pick(s: ProblemSummary) {
  return { errors: s.errors, warnings: s.warnings };
}
