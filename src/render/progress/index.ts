// The progress formatters: text for the terminal, json (exactly the Progress object of src/core/progress.ts),
// markdown for documents.
import type { Progress } from '../../core/progress.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import type { FormatterSet } from '../registry.js';
import { progressMarkdown } from './markdown.js';
import { progressText } from './text.js';

export const progressJson: Formatter<Progress> = (p) => toJson(p);

export const progressFormatters: FormatterSet<'progress'> = { text: progressText, json: progressJson, markdown: progressMarkdown };
