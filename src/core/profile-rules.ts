// The checks a profile needs beyond its schema: every id it uses must exist in the framework, and every
// preference answer must fit its question. The scoring engine ignores what fails here, so these
// problems are the only place a typo shows up.
import { isValidAnswer } from './fit.js';
import type { FrameworkIndex } from './index-framework.js';
import type { PathProblem, Severity } from './problems.js';
import { didYouMean as suggest, quoteId } from './suggest.js';
import type { HistoryEntry, Profile, Question } from './types.js';

const SKILL_FIELDS = ['ratings', 'manager_ratings', 'evidence'] as const;

export function checkProfile(index: FrameworkIndex, profile: Profile, file: string): PathProblem[] {
  return checkProfileListed(index, profile, file, Infinity).listed;
}

/** Problems past the listed ones, counted by severity and rule in order of first appearance. */
export interface UnlistedProblems {
  severity: Severity;
  rule: string;
  count: number;
}

/**
 * checkProfile for a profile that may hold any number of problems (60,000 unknown keys): the first `limit` are
 * described (with their closest ids, which cost an edit distance per candidate), the rest only counted.
 * `limit` 0 answers "is the profile clean?" without building a message.
 */
export function checkProfileListed(index: FrameworkIndex, profile: Profile, file: string, limit: number): { listed: PathProblem[]; unlisted: UnlistedProblems[] } {
  const problems: PathProblem[] = [];
  const unlisted = new Map<string, UnlistedProblems>();
  const add: Add = (path, severity, rule, message, atKey = false) => {
    if (problems.length < limit) {
      problems.push({ file, path, severity, rule, message: message(), ...(atKey ? { atKey } : {}) });
      return;
    }
    const key = `${severity} ${rule}`;
    const group = unlisted.get(key);
    if (group) group.count++;
    else unlisted.set(key, { severity, rule, count: 1 });
  };
  const error = (path: PathProblem['path'], rule: string, message: () => string, atKey = false) => add(path, 'error', rule, message, atKey);

  if (!index.roles.has(profile.current_role)) {
    error(['current_role'], 'unknown-reference', () => `unknown role ${quoteId(profile.current_role)}${suggest(profile.current_role, index.roleIds)}`);
  }

  for (const field of SKILL_FIELDS) {
    for (const id of Object.keys(profile[field] ?? {})) {
      if (!index.skills.has(id)) error([field, id], 'unknown-reference', () => `unknown skill ${quoteId(id)}${suggest(id, index.skillIds)}`, true);
    }
  }

  for (const [id, answer] of Object.entries(profile.preferences ?? {})) {
    const question = index.questions.get(id);
    if (!question) error(['preferences', id], 'unknown-reference', () => `unknown question ${quoteId(id)}${suggest(id, index.questionIds)}`, true);
    else if (!isValidAnswer(question, answer)) error(['preferences', id], 'invalid-answer', () => invalidAnswer(question, answer));
  }

  profile.history?.forEach((entry, i) => checkHistoryEntry(index, entry, i, add));

  for (const message of frameworkVersionWarning(index, profile)) add(['framework_version'], 'warning', 'framework-version', () => message);
  return { listed: problems, unlisted: [...unlisted.values()] };
}

/** Records a problem; the message is built only if the problem is listed. */
type Add = (path: PathProblem['path'], severity: Severity, rule: string, message: () => string, atKey?: boolean) => void;

/** The profile was answered against another version of the framework: one warning, for stderr and the advice's `warnings`. */
export function frameworkVersionWarning(index: FrameworkIndex, profile: Pick<Profile, 'framework_version'>): string[] {
  const version = index.framework.meta.version;
  if (profile.framework_version === undefined || profile.framework_version === version) return [];
  return [`answered against framework version ${profile.framework_version}, but the framework is now ${version}: skills and questions may have changed since, so check the ratings and answers`];
}

// A past assessment was answered against the framework of its day: a skill, role or question dropped since is
// a warning (the entry is kept as it was, and progress ignores what it cannot compare), never an error that
// would make the whole profile unreadable.
function checkHistoryEntry(index: FrameworkIndex, entry: HistoryEntry, i: number, add: Add): void {
  const when = `the assessment of ${entry.assessed_on} (history[${i}])`;
  const warn = (path: PathProblem['path'], message: () => string, atKey = false) => add(['history', i, ...path], 'warning', 'history-reference', message, atKey);
  if (!index.roles.has(entry.current_role)) warn(['current_role'], () => `${when} names role ${quoteId(entry.current_role)}, which the framework no longer has`);
  for (const field of SKILL_FIELDS) {
    for (const id of Object.keys(entry[field] ?? {})) {
      if (!index.skills.has(id)) warn([field, id], () => `${when} rates skill ${quoteId(id)}, which the framework no longer has; it is left out of comparisons`, true);
    }
  }
  for (const [id, answer] of Object.entries(entry.preferences ?? {})) {
    const question = index.questions.get(id);
    if (!question) warn(['preferences', id], () => `${when} answers question ${quoteId(id)}, which the framework no longer has`, true);
    else if (!isValidAnswer(question, answer)) warn(['preferences', id], () => `${when}: ${invalidAnswer(question, answer)}`);
  }
}

function invalidAnswer(question: Question, answer: unknown): string {
  const shown = JSON.stringify(answer);
  if (question.type === 'agree') {
    return `answer ${shown} to "${question.id}" must be a whole number from 1 (strongly disagree) to 5 (strongly agree)`;
  }
  const options = question.options.map((o) => o.id);
  const hint = typeof answer === 'string' ? suggest(answer, options) : '';
  return `answer ${shown} to "${question.id}" is not one of its options${hint}; the options are ${options.map((o) => `"${o}"`).join(', ')}`;
}
