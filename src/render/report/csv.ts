// CSV for spreadsheets (RFC 4180): a header row, CRLF line ends, fields with a comma, quote, CR or LF quoted
// and inner quotes doubled. One row per person. A text cell that a spreadsheet would run as a formula
// (starting with = + - @, a tab or CR) is prefixed with ' so it stays text: names come from files.
import type { TeamReport } from '../../core/team.js';
import type { Formatter } from '../formats.js';
import { gapLong } from './common.js';

export const CSV_COLUMNS = [
  'file', 'name', 'current_role', 'next_role', 'readiness', 'fit', 'ready', 'top_gap_1', 'top_gap_2', 'top_gap_3', 'warnings',
] as const;

type Cell = string | number;

/** A text cell that starts like a formula gets a leading apostrophe; numbers are written as they are. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const reportCsv: Formatter<TeamReport> = (report) => {
  const rows = report.people.map((p) => [
    p.file,
    p.name ?? '',
    p.current_role.title,
    p.next_role?.title ?? '',
    p.readiness,
    p.fit,
    p.ready ? 'yes' : 'no',
    ...[0, 1, 2].map((i) => {
      const gap = p.top_gaps[i];
      return gap ? gapLong(gap) : '';
    }),
    p.warnings.join(' | '),
  ]);
  return [csvRow(CSV_COLUMNS), ...rows.map(csvRow)].join('');
};
