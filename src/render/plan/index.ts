// The plan formatters: text for people, json for scripts (the PlanResult of src/core/plan.ts, plus
// `leads_from` on an unreachable plan: see ./common.ts), markdown for documents.
import type { PlanResult } from '../../core/plan.js';
import type { Formatter } from '../formats.js';
import { toJson } from '../json.js';
import type { FormatterSet } from '../registry.js';
import { planMarkdown } from './markdown.js';
import { planText } from './text.js';

export type { LeadIn, PlanView } from './common.js';

export const planJson: Formatter<PlanResult> = (plan) => toJson(plan);

export const planFormatters: FormatterSet<'plan'> = { text: planText, json: planJson, markdown: planMarkdown };
