// Profiles (a person's saved answers): read with positions, checked against the schema and the framework,
// and written back as YAML with the editor schema line.
import { Document, isScalar } from 'yaml';
import type { FrameworkIndex } from '../core/index-framework.js';
import type { Problem } from '../core/problems.js';
import { checkProfileListed } from '../core/profile-rules.js';
import type { HistoryEntry, Profile } from '../core/types.js';
import { EXIT, printable, RungsError } from '../errors.js';
import { quickProfile } from './profile-quick.js';
import { readText } from './read-text.js';
import { displayPath } from './paths.js';
import { MAX_PROBLEMS_PER_FILE, notListed, schemaProblems } from './schema-check.js';
import { STDIN } from './stdin.js';
import { locateProblem, parseDataText, type ParsedFile } from './yaml.js';

export const DEFAULT_MAX_PROFILE_BYTES = 1024 * 1024;

/** `ratings`: the self ratings already read into an array by skill slot (readRatings), when the reader has them. */
export type ProfileResult = { ok: true; profile: Profile; file: string; warnings: Problem[]; ratings?: ArrayLike<number> } | { ok: false; file: string; problems: Problem[] };

/** Parses and checks one profile's text. `file` is the name shown in messages. */
export function parseProfile(text: string, file: string, index: FrameworkIndex): ProfileResult {
  const quick = quickProfile(text, file, index);
  if (quick) return { ok: true, profile: quick, file, warnings: [] };
  return checkParsed(parseDataText(text, file, { fast: true }), index);
}

export function checkParsed(parsed: ParsedFile, index: FrameworkIndex): ProfileResult {
  const { file } = parsed;
  if (parsed.problems.length) return { ok: false, file, problems: parsed.problems };
  if (parsed.data === null || parsed.data === undefined) {
    return { ok: false, file, problems: [{ file, line: 1, column: 1, severity: 'error', rule: 'empty-file', message: 'the profile is empty' }] };
  }
  const schema = schemaProblems('profile', parsed);
  if (schema.length) return { ok: false, file, problems: schema };
  const profile = parsed.data as Profile;
  // Past the first MAX_PROBLEMS_PER_FILE, problems are counted, not located (each is a search of its mapping) nor
  // described: 20,000 unknown rating keys, all of them located, took 10 s.
  const { listed, unlisted } = checkProfileListed(index, profile, file, MAX_PROBLEMS_PER_FILE);
  const files = new Map([[file, parsed]]);
  const found = listed.map((p) => locateProblem(p, files));
  for (const { severity, rule, count } of unlisted) found.push(notListed(file, count, severity, rule));
  if (found.some((p) => p.severity === 'error')) return { ok: false, file, problems: found };
  return { ok: true, profile, file, warnings: found };
}

/** Reads a profile file; a missing or unreadable file is a fatal usage error (exit 2). */
export function readProfileFile(path: string, index: FrameworkIndex, maxBytes = DEFAULT_MAX_PROFILE_BYTES): ProfileResult {
  const file = displayPath(path);
  const problems: Problem[] = [];
  const text = readText(path, file, maxBytes, problems);
  if (text === undefined) {
    const first = problems[0]!;
    // A file that is not there (or a folder) is a usage error, not a finding about its content.
    if (first.rule === 'unreadable' && !/UTF-8/.test(first.message)) throw new RungsError(`${file}: ${first.message}`, EXIT.usage);
    return { ok: false, file, problems };
  }
  return parseProfile(text, file, index);
}

/**
 * Reads a profile or throws the first problem as a one-line error (exit 1): for commands on one profile.
 * `stdinText` is standard input, already read, when the path is `-`.
 */
export function requireProfile(path: string, index: FrameworkIndex, stdinText = '', maxBytes = DEFAULT_MAX_PROFILE_BYTES): { profile: Profile; file: string; warnings: Problem[] } {
  const result = path === '-' ? parseProfile(stdinText, STDIN, index) : readProfileFile(path, index, maxBytes);
  if (!result.ok) {
    const [first, ...rest] = result.problems;
    const more = rest.filter((p) => p.severity === 'error').length;
    throw new RungsError(`${formatProblem(first!)}${more ? ` (and ${more} more)` : ''}`, EXIT.findings);
  }
  return result;
}

export function formatProblem(p: Problem): string {
  // A terminal line: control characters from the file name or the data quoted in the message are dropped.
  return printable(`${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.severity}: ${p.message} [${p.rule}]`).replace(/[\r\n\t]+/g, ' ');
}

/** YAML for a profile, keys in a fixed order, with the schema line editors use (none without a schema path). */
export function profileToYaml(profile: Profile, schemaPath: string | undefined): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ['name', 'current_role', 'assessed_on', 'framework_version', 'incomplete', 'mode', 'ratings', 'evidence', 'preferences', 'manager_ratings', 'manager_assessed_on'] as const) {
    if (profile[key] !== undefined) ordered[key] = profile[key];
  }
  if (profile.history !== undefined) ordered.history = profile.history.map(orderedEntry);
  const doc = new Document(ordered);
  // Quoted so that YAML 1.1 readers (PyYAML and friends) keep the date and version as strings.
  const quote = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
  };
  for (const key of DATED) quote([key]);
  profile.history?.forEach((_, i) => DATED.forEach((key) => quote(['history', i, key])));
  return `${schemaPath === undefined ? '' : `# yaml-language-server: $schema=${schemaPath}\n`}${doc.toString({ lineWidth: 0 })}`;
}

const DATED = ['assessed_on', 'framework_version', 'manager_assessed_on'];

function orderedEntry(entry: HistoryEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['assessed_on', 'current_role', 'framework_version', 'ratings', 'evidence', 'preferences', 'manager_ratings', 'manager_assessed_on'] as const) {
    if (entry[key] !== undefined) out[key] = entry[key];
  }
  return out;
}
