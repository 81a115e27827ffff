// `rungs recommend`: text and json are exactly the advice formats (the JSON contract does not change); markdown
// is the advice followed by the development plan's sections (for a wiki page); html is the printable plan.
import type { DevelopmentPlan } from '../../core/dev-plan.js';
import type { Formatter } from '../formats.js';
import type { FormatterSet } from '../registry.js';
import { planHtml } from './html.js';
import { adviceJson } from './index.js';
import { adviceMarkdown } from './markdown.js';
import { planMarkdownSections } from './plan-markdown.js';
import { adviceText } from './text.js';

const markdown: Formatter<DevelopmentPlan> = (plan, context) => `${adviceMarkdown(plan.advice, context)}\n${planMarkdownSections(plan)}`;

export const recommendFormatters: FormatterSet<'recommend'> = {
  text: (plan, context) => adviceText(plan.advice, context),
  json: (plan, context) => adviceJson(plan.advice, context),
  markdown,
  html: planHtml,
};
