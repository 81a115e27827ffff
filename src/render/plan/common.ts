// What the plan formatters share: the optional "which roles lead to the target" list the plan command
// adds to an unreachable plan, and how much of each step to show.
import type { PlanResult } from '../../core/plan.js';
import type { EdgeType } from '../../core/types.js';

/** Gaps shown per step, and actions per gap: a route of five steps must stay readable. */
export const STEP_GAPS = 3;
export const STEP_ACTIONS = 2;

export interface LeadIn {
  id: string;
  title: string;
  type: EdgeType;
}

/**
 * A plan as the plan command renders it. For an unreachable target the command adds `leads_from`: the
 * roles with a move into the target, so the person sees where the target can be reached from. (Every
 * role of a valid framework is reachable from an entry role: the validator's unreachable-role rule.)
 */
export interface PlanView extends PlanResult {
  leads_from?: LeadIn[];
  /** What should make the person trust the plan less (e.g. answered against another framework version). */
  warnings?: string[];
}

export function leadsFrom(plan: PlanResult): LeadIn[] {
  return (plan as PlanView).leads_from ?? [];
}
