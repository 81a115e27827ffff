// PLACEHOLDER
import type { FormatterSet } from '../registry.js';
import { toJson } from '../json.js';
export const reportFormatters: FormatterSet<'report'> = { table: toJson, json: toJson, csv: toJson, markdown: toJson, html: toJson };
