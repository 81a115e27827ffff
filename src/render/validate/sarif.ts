// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF viewers.
// File paths arrive relative to the repository root with forward slashes (the validate command maps them,
// src/io/ci-paths.ts); they become relative URIs against %SRCROOT%, or file: URIs when outside it.
import pkg from '../../../package.json';
import type { Problem } from '../../core/problems.js';
import type { ValidationReport } from '../../core/validation.js';
import type { Formatter } from '../formats.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A path with forward slashes -> a URI reference: each segment percent-encoded, absolute paths as file: URIs. */
function uriOf(file: string): { uri: string; uriBaseId?: string } {
  const encoded = file
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (file.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(file)) return { uri: `file:///${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

function result(p: Problem, ruleIndex: number) {
  return {
    ruleId: p.rule,
    ruleIndex,
    level: p.severity === 'error' ? 'error' : 'warning',
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: uriOf(p.file),
          // A problem about the whole file (unreadable, missing) has no region.
          ...(p.line ? { region: { startLine: p.line, startColumn: p.column } } : {}),
        },
      },
    ],
  };
}

export const sarif: Formatter<ValidationReport> = (report) => {
  const rules: { id: string; level: string }[] = [];
  const index = new Map<string, number>();
  for (const p of report.problems) {
    if (index.has(p.rule)) continue;
    index.set(p.rule, rules.length);
    rules.push({ id: p.rule, level: p.severity === 'error' ? 'error' : 'warning' });
  }
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rungs',
            version: pkg.version,
            informationUri: 'https://www.npmjs.com/package/rungs',
            rules: rules.map((r) => ({ id: r.id, name: r.id, shortDescription: { text: `rungs validate: ${r.id}` }, defaultConfiguration: { level: r.level } })),
          },
        },
        // rungs counts columns in UTF-16 code units, as JavaScript strings and GitHub do.
        columnKind: 'utf16CodeUnits',
        results: report.problems.map((p) => result(p, index.get(p.rule)!)),
        invocations: [{ executionSuccessful: true, exitCode: report.ok ? 0 : 1 }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
