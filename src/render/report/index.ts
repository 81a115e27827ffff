// The team report's formats, one file each; the registry loads this module only when a report renders.
import type { FormatterSet } from '../registry.js';
import { reportCsv } from './csv.js';
import { reportHtml } from './html.js';
import { reportJson } from './json.js';
import { reportMarkdown } from './markdown.js';
import { reportTable } from './table.js';

export const reportFormatters: FormatterSet<'report'> = {
  table: reportTable,
  json: reportJson,
  csv: reportCsv,
  markdown: reportMarkdown,
  html: reportHtml,
};
