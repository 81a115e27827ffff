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
import type { FormatOf, Formatter, RenderContext, View } from './formats.js';

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

export type FormatterSet<V extends View> = { [F in FormatOf<V>]: Formatter<ViewData[V]> };

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
  const formatters = await REGISTRY[view]();
  const color = context.color && !MACHINE.has(format);
  return formatters[format](data, { ...context, color });
}
