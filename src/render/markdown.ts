import type { Lines } from './lines.js';
import { neutralise } from './neutral.js';

// GitHub-flavoured Markdown helpers: everything from a data file is escaped, so a name cannot break a
// table or inject HTML into a wiki page.
export function mdEscape(text: string | number | undefined | null): string {
  return neutralise(String(text ?? ''))
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

export function mdTable(head: string[], rows: (string | number)[][]): string {
  const lines: string[] = [];
  mdTableInto(lines, head, rows);
  return lines.join('\n');
}

/** mdTable's lines, appended one row at a time: a team's tables run to 100,000 rows, made as they are read. */
export function mdTableInto(out: Lines, head: string[], rows: Iterable<readonly (string | number)[]>): void {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((c) => mdEscape(c)).join(' | ')} |`;
  out.push(line(head), `|${head.map(() => ' --- ').join('|')}|`);
  for (const row of rows) out.push(line(row));
}
