// The team report's formats, one file each; the registry loads this module only when a report renders. Each
// writes its output in pieces (a team of 100,000 people makes hundreds of MB); HTML, a page for a browser (made
// for teams up to HTML_MAX_PEOPLE, src/cli/commands/report.ts), is made whole and written at once.
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
  html: (report, context, write) => write(reportHtml(report, context)),
};
