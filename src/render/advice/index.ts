// The advice formatters: text for people (colour, bars, tables), json (the documented contract, exactly
// the Advice object of src/core/recommend.ts), markdown for documents.
import type { Advice } from '../../core/recommend.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import type { FormatterSet } from '../registry.js';
import { adviceMarkdown } from './markdown.js';
import { adviceText } from './text.js';

export const adviceJson: Formatter<Advice> = (advice) => toJson(advice);

export const adviceFormatters: FormatterSet<'advice'> = { text: adviceText, json: adviceJson, markdown: adviceMarkdown };
