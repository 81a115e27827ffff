// The one registry of formatters: view -> format -> function from data to a string. Each view's formatters
// load only when that view renders (chalk and cli-table3 stay out of machine formats and of --help), and a
// missing format is a compile error.
import type { Comparison, PathNode, RoleDetail, RoleRow, SkillRow } from '../core/browse.js';
import type { DevelopmentPlan } from '../core/dev-plan.js';
import type { PlanResult } from '../core/plan.js';
import type { Progress } from '../core/progress.js';
import type { Advice } from '../core/recommend.js';
import type { TeamReport } from '../core/team.js';
import type { ValidationReport } from '../core/validation.js';
import type { FormatOf, Formatter, RenderContext, Sink, StreamFormatter, View } from './formats.js';

export interface ViewData {
  roles: RoleRow[];
  role: RoleDetail;
  skills: SkillRow[];
  paths: PathNode[];
  compare: Comparison;
  validate: ValidationReport;
  advice: Advice;
  /** `rungs recommend`: the advice (text, json) or the development plan around it (markdown, html). */
  recommend: DevelopmentPlan;
  plan: PlanResult;
  report: TeamReport;
  progress: Progress;
}

/** The views whose output can outgrow a string: their formatters write it in pieces. */
type Streamed = 'report';

export type FormatterSet<V extends View> = { [F in FormatOf<V>]: V extends Streamed ? StreamFormatter<ViewData[V]> : Formatter<ViewData[V]> };

const REGISTRY: { [V in View]: () => Promise<FormatterSet<V>> } = {
  roles: async () => {
    const m = await import('./browse/roles.js');
    return { table: m.rolesTable, json: m.rolesJson, markdown: m.rolesMarkdown };
  },
  role: async () => {
    const m = await import('./browse/role.js');
    return { text: m.roleText, json: m.roleJson, markdown: m.roleMarkdown };
  },
  skills: async () => {
    const m = await import('./browse/skills.js');
    return { table: m.skillsTable, json: m.skillsJson, markdown: m.skillsMarkdown };
  },
  paths: async () => {
    const m = await import('./browse/paths.js');
    return { tree: m.pathsTree, json: m.pathsJson, markdown: m.pathsMarkdown };
  },
  compare: async () => {
    const m = await import('./browse/compare.js');
    return { table: m.compareTable, json: m.compareJson, markdown: m.compareMarkdown };
  },
  validate: async () => (await import('./validate/index.js')).validateFormatters,
  advice: async () => (await import('./advice/index.js')).adviceFormatters,
  recommend: async () => (await import('./advice/recommend.js')).recommendFormatters,
  plan: async () => (await import('./plan/index.js')).planFormatters,
  report: async () => (await import('./report/index.js')).reportFormatters,
  progress: async () => (await import('./progress/index.js')).progressFormatters,
};

/** Formats that are for machines: never coloured, whatever the terminal. */
const MACHINE = new Set(['json', 'junit', 'github', 'csv', 'html', 'markdown']);

export async function render<V extends View>(view: V, format: FormatOf<V>, data: ViewData[V], context: RenderContext): Promise<string> {
  const chunks: string[] = [];
  await renderTo(view, format, data, context, (chunk) => chunks.push(chunk));
  return chunks.length === 1 ? chunks[0]! : chunks.join('');
}

/** The same text as render(), written to `write` in pieces as it is made (all at once for most views). */
export async function renderTo<V extends View>(view: V, format: FormatOf<V>, data: ViewData[V], context: RenderContext, write: Sink): Promise<void> {
  (await renderer(view, format, context))(data, write);
}

/**
 * The formatter, loaded, as a synchronous function that writes its output to `write`: for a caller that must
 * not wait between opening its output and finishing it (an atomic -o file).
 */
export async function renderer<V extends View>(view: V, format: FormatOf<V>, context: RenderContext): Promise<(data: ViewData[V], write: Sink) => void> {
  const formatters = await REGISTRY[view]();
  const machine = MACHINE.has(format);
  const color = context.color && !machine;
  // Symbols are replaced one character for one: the same text whole or in pieces.
  const ascii = !machine && context.unicode === false ? (await import('./ascii.js')).asciiSymbols : undefined;
  const formatter = formatters[format] as (data: ViewData[V], context: RenderContext, write: Sink) => string | void;
  return (data, write) => {
    const out: Sink = ascii ? (piece) => write(ascii(piece)) : write;
    const text = formatter(data, { ...context, color }, out);
    if (typeof text === 'string') out(text);
  };
}
