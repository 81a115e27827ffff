// PLACEHOLDER
import type { FormatterSet } from '../registry.js';
import { toJson } from '../json.js';
export const planFormatters: FormatterSet<'plan'> = { text: toJson, json: toJson, markdown: toJson };
