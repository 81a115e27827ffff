// The framework as files: what the loader hands to the rules before the model is built.
import type { FrameworkMeta, Question, Role, Skill, Framework } from './types.js';

export interface SourceDoc<T> {
  file: string;
  data: T;
}

export interface FrameworkDocs {
  /** Absent when framework.yaml is missing or failed its schema check. */
  framework?: SourceDoc<FrameworkMeta>;
  skills: SourceDoc<Skill>[];
  roles: SourceDoc<Role>[];
  questions?: SourceDoc<{ questions: Question[] }>;
  /**
   * Ids declared by files that failed their schema check: references to them are not reported again
   * as unknown, so one broken file gives one problem, not a cascade.
   */
  brokenIds: { skills: string[]; roles: string[] };
}

/** The model from schema-valid documents, in a stable order (by id) whatever the order files were read in. */
export function buildFramework(docs: FrameworkDocs): Framework | undefined {
  if (!docs.framework) return undefined;
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    meta: docs.framework.data,
    skills: docs.skills.map((d) => d.data).sort(byId),
    roles: docs.roles.map((d) => d.data).sort((a, b) => a.level - b.level || byId(a, b)),
    questions: docs.questions?.data.questions ?? [],
  };
}
