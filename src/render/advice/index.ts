// PLACEHOLDER
import type { FormatterSet } from '../registry.js';
import { toJson } from '../json.js';
export const adviceFormatters: FormatterSet<'advice'> = { text: toJson, json: toJson, markdown: toJson };
