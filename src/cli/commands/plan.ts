// `rungs plan <profile> --to <role>`: the shortest route from the profile's current role to the target,
// with what each step needs, scored against today's ratings.
//
// Exit codes: 0 a route was printed (or the person already holds the target); 1 the target cannot be
// reached from the current role — the output still says so, with the roles that lead to the target, and
// the 1 is a finding a script can test, like a validation error; 1 also for a profile with errors
// (file:line:col); 2 an unknown --to role (with "did you mean"), a missing file, or - on a terminal.
import { indexFramework, type FrameworkIndex } from '../../core/index-framework.js';
import { planRoute, type PlanResult } from '../../core/plan.js';
import { frameworkVersionWarning } from '../../core/profile-rules.js';
import { didYouMean } from '../../core/suggest.js';
import { EXIT, RungsError } from '../../errors.js';
import type { FormatOf } from '../../render/formats.js';
import type { PlanView } from '../../render/plan/index.js';
import { render } from '../../render/registry.js';
import { activeFramework, emit, renderContext, type CommonOptions } from '../context.js';
import { loadProfile } from './recommend.js';

export interface PlanOptions extends CommonOptions {
  to?: string;
}

export async function run([path]: string[], options: PlanOptions): Promise<number> {
  const index = indexFramework(await activeFramework(options));
  const to = (options.to ?? '').trim();
  // A usage error comes before reading the profile: nothing the profile says can fix a mistyped role.
  if (!index.roles.has(to)) throw new RungsError(`unknown role "${to}"${didYouMean(to, index.roleIds)}`, EXIT.usage, 'see the role ids with: rungs roles');
  const { profile } = await loadProfile(path!, index, 'plan', options);
  const plan: PlanView = { ...withLeadIns(index, planRoute(index, profile, to)), warnings: frameworkVersionWarning(index, profile) };
  const text = await render('plan', (options.format ?? 'text') as FormatOf<'plan'>, plan, renderContext(options, Boolean(options.output)));
  emit(text, options, path === '-' ? [] : [path!]);
  return plan.reachable ? EXIT.ok : EXIT.findings;
}

/** An unreachable plan gets the roles with a move into the target, so the output can say where it is reached from. */
function withLeadIns(index: FrameworkIndex, plan: PlanResult): PlanView {
  if (plan.reachable) return plan;
  const leads_from = (index.incoming.get(plan.to.id) ?? []).map((e) => ({ id: e.from, title: index.roles.get(e.from)?.title ?? e.from, type: e.type }));
  return { ...plan, leads_from };
}
