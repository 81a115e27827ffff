// CSV for spreadsheets (RFC 4180): a header row, CRLF line ends, fields with a comma, quote, CR or LF quoted
// and inner quotes doubled. One row per person. A text cell that a spreadsheet would run as a formula
// (starting with = + - @, a tab or CR) is prefixed with ' so it stays text: names come from files. Ids sit
// beside titles (a sheet joins on ids; titles change), booleans are true/false. Excel's BOM: `--bom` (report).
import type { TeamReport } from '../../core/team.js';
import type { StreamFormatter } from '../formats.js';
import { neutralise } from '../neutral.js';
import { gapLong } from './common.js';

export const CSV_COLUMNS = [
  'file', 'name', 'current_role_id', 'current_role', 'next_role_id', 'next_role', 'readiness', 'fit', 'ready',
  'top_gap_1_skill', 'top_gap_1', 'top_gap_2_skill', 'top_gap_2', 'top_gap_3_skill', 'top_gap_3', 'warnings',
  'previous_assessment', 'readiness_before', 'merged_from',
] as const;

type Cell = string | number;

// Every C0/C1 control character except tab, LF and CR (which the quoting and the formula guard handle).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A text cell that starts like a formula gets a leading apostrophe; numbers are written as they are. */
export function guardFormula(text: string): string {
  // The full-width forms too: some spreadsheets in CJK locales read ＝ as =.
  return /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  // Control characters (from names in files) are dropped first, so that none can hide a formula from the guard.
  const text = typeof value === 'number' ? String(value) : guardFormula(neutralise(value.replace(CONTROL, '')));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Rows are written this many at a time. */
const BATCH = 500;

export const reportCsv: StreamFormatter<TeamReport> = (report, _context, write) => {
  let batch = csvRow(CSV_COLUMNS);
  let rows = 0;
  for (const p of report.people) {
    batch += csvRow(personCells(p));
    if (++rows % BATCH === 0) {
      write(batch);
      batch = '';
    }
  }
  if (batch) write(batch);
};

function personCells(p: TeamReport['people'][number]): Cell[] {
  return [
    p.file,
    p.name ?? '',
    p.current_role.id,
    p.current_role.title,
    p.next_role?.id ?? '',
    p.next_role?.title ?? '',
    p.readiness,
    p.fit,
    String(p.ready),
    ...[0, 1, 2].flatMap((i) => {
      const gap = p.top_gaps[i];
      return gap ? [gap.skill, gapLong(gap)] : ['', ''];
    }),
    p.warnings.join(' | '),
    // Change since the previous assessment: its date and the readiness then, for the same role.
    p.change?.since ?? '',
    p.change ? p.change.readiness_before : '',
    p.merged_from.join(' | '),
  ];
}
