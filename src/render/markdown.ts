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
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => mdEscape(c)).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
