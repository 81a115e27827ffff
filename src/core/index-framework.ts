// Lookups over a framework, built once and shared by every profile scored against it: a team report
// scores thousands of profiles, so nothing here may be rebuilt per profile.
//
// Everything that is iterated is kept in a canonical order (by id), so that the order of the files,
// of a role's requirements or of its edges never changes a sum or a tie-break downstream.
import type { Edge, Framework, Question, Requirement, Role, Skill, Track } from './types.js';

/** An edge seen from its target: the role it leaves from, the move it is. */
export interface IncomingEdge extends Edge {
  from: string;
}

export interface FrameworkIndex {
  framework: Framework;
  skills: Map<string, Skill>;
  roles: Map<string, Role>;
  questions: Map<string, Question>;
  tracks: Map<string, Track>;
  /** role id -> the edges arriving at it (every role has an entry, possibly empty), sorted by `from`. */
  incoming: Map<string, IncomingEdge[]>;
  /** role id -> its next edges to known roles, one per target (a promotion wins over a lateral), by target id. */
  outgoing: Map<string, Edge[]>;
  /** role id -> its requirements sorted by skill id, so readiness sums in the same order every time. */
  requirements: Map<string, Requirement[]>;
  /** question id -> track id -> the largest |contribution| the question can make to that track. */
  maxWeight: Map<string, Map<string, number>>;
  /** skill id -> its position in skillIds: profiles' ratings are read into arrays in that order. */
  skillSlot: Map<string, number>;
  /** role id -> its requirements as arrays, for scoring thousands of people against it. */
  rolePlans: Map<string, RolePlan>;
  /** Each question's pull on each track as arrays, in questionIds order: for the fit of thousands of people. */
  questionPlans: QuestionPlan[];
  /** Sorted ids: the iteration order for scoring and the candidates for "did you mean". */
  skillIds: string[];
  roleIds: string[];
  questionIds: string[];
  trackIds: string[];
}

/** A role's requirements (in `requirements` order) as parallel arrays. */
export interface RolePlan {
  reqs: Requirement[];
  /** The skill's slot in skillIds (-1: a skill the framework does not have). */
  slots: Int32Array;
  levels: Float64Array;
  importance: Float64Array;
}

/** Tracks the framework does not declare are left out (the rules report them). */
export interface QuestionPlan {
  question: Question;
  /** Positions in trackIds of the tracks the question can move. */
  tracks: number[];
  /** The largest pull on each of those tracks (maxWeight). */
  max: number[];
  /** Agree questions: the weight on each of those tracks. */
  agree: number[];
  /** Choice questions: option id -> the weight on each of those tracks (the first option of an id wins, as in find()). */
  options: Map<string, number[]>;
}

export function indexFramework(framework: Framework): FrameworkIndex {
  const skills = byId(framework.skills);
  const roles = byId(framework.roles);
  const questions = byId(framework.questions);
  const tracks = byId(framework.meta.tracks);

  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, IncomingEdge[]>();
  const requirements = new Map<string, Requirement[]>();
  for (const id of roles.keys()) incoming.set(id, []);
  for (const role of roles.values()) {
    const edges = nextEdges(role, roles);
    outgoing.set(role.id, edges);
    for (const edge of edges) incoming.get(edge.role)?.push({ ...edge, from: role.id });
    requirements.set(role.id, [...role.skills].sort((a, b) => compareIds(a.skill, b.skill)));
  }
  for (const list of incoming.values()) list.sort((a, b) => compareIds(a.from, b.from));

  const maxWeight = new Map<string, Map<string, number>>();
  for (const question of questions.values()) maxWeight.set(question.id, questionMaxWeight(question));

  const skillIds = sortedKeys(skills);
  const skillSlot = new Map(skillIds.map((id, i) => [id, i]));
  const rolePlans = new Map<string, RolePlan>();
  for (const [id, reqs] of requirements) {
    rolePlans.set(id, {
      reqs,
      slots: Int32Array.from(reqs, (r) => skillSlot.get(r.skill) ?? -1),
      levels: Float64Array.from(reqs, (r) => r.level),
      importance: Float64Array.from(reqs, (r) => r.importance),
    });
  }

  const trackIds = sortedKeys(tracks);
  const questionIds = sortedKeys(questions);
  const trackPosition = new Map(trackIds.map((id, i) => [id, i]));
  const questionPlans = questionIds.map((id) => questionPlan(questions.get(id)!, maxWeight.get(id)!, trackPosition));

  return {
    framework,
    skills,
    roles,
    questions,
    tracks,
    incoming,
    outgoing,
    requirements,
    maxWeight,
    skillSlot,
    rolePlans,
    questionPlans,
    skillIds,
    roleIds: sortedKeys(roles),
    questionIds,
    trackIds,
  };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An own property of a record, or undefined: ids such as "constructor" must not reach Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

// First one wins on a duplicate id: the rules report duplicates, the engine just needs to be deterministic.
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of [...items].sort((a, b) => compareIds(a.id, b.id))) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function sortedKeys(map: Map<string, unknown>): string[] {
  return [...map.keys()].sort(compareIds);
}

// Edges to unknown roles are left out (the rules report them); two edges to the same role collapse to one.
function nextEdges(role: Role, roles: Map<string, Role>): Edge[] {
  const byTarget = new Map<string, Edge>();
  for (const edge of role.next ?? []) {
    if (!roles.has(edge.role) || edge.role === role.id) continue;
    const seen = byTarget.get(edge.role);
    if (!seen || (seen.type === 'lateral' && edge.type === 'promotion')) byTarget.set(edge.role, edge);
  }
  return [...byTarget.values()].sort((a, b) => compareIds(a.role, b.role));
}

function questionMaxWeight(question: Question): Map<string, number> {
  const max = new Map<string, number>();
  const add = (weights: Record<string, number>) => {
    for (const [track, weight] of Object.entries(weights)) max.set(track, Math.max(max.get(track) ?? 0, Math.abs(weight)));
  };
  if (question.type === 'agree') add(question.weights);
  else for (const option of question.options) add(option.weights);
  return max;
}

function questionPlan(question: Question, maxWeight: Map<string, number>, trackPosition: Map<string, number>): QuestionPlan {
  const entries = [...maxWeight].filter(([track]) => trackPosition.has(track));
  const weightsOf = (weights: Record<string, number> | undefined) => entries.map(([track]) => own(weights, track) ?? 0);
  const options = new Map<string, number[]>();
  if (question.type === 'choice') for (const o of question.options) if (!options.has(o.id)) options.set(o.id, weightsOf(o.weights));
  return {
    question,
    tracks: entries.map(([track]) => trackPosition.get(track)!),
    max: entries.map(([, max]) => max),
    agree: question.type === 'agree' ? weightsOf(question.weights) : [],
    options,
  };
}
