// The inputs of a batch command (`rungs report`): files, folders (recursive), quoted globs that rungs expands
// itself (so they work the same on every shell, and Node 20 has no fs.glob), and `-` for profiles on stdin,
// as JSON lines or as a YAML stream.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import * as nodePath from 'node:path';
import { isAbsolute, join, relative, resolve, sep, type PlatformPath } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { FrameworkIndex } from '../core/index-framework.js';
import type { Problem } from '../core/problems.js';
import { EXIT, errnoMessage, RungsError } from '../errors.js';
import { displayPath } from './paths.js';
import { checkParsed, type ProfileResult } from './profile.js';
import { scanProfile } from './profile-scan.js';
import { STDIN } from './stdin.js';
import { aliasMessage, locate, offsetToLineColumn, parseJsonText, plainYamlMessage, type ParsedFile } from './yaml.js';
import { beforeParse, COLLECTION_KEY, collectionKeys, duplicateKeys, unsupportedTag } from './yaml-guards.js';

/** The files of a folder that are read as profiles. */
export const PROFILE_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?{]/;

export interface ExpandedInputs {
  /** Absolute paths, each file once (by real path), in the order found: folders and globs sorted. */
  files: string[];
  /** `-` was among the inputs. */
  stdin: boolean;
  /**
   * The input (as written) that would read this file, if the same command ran again: a named folder holding it,
   * or a glob matching it. An output written there would come back as an input.
   */
  readsBack(abs: string): string | undefined;
  /** Subfolders that could not be read (skipped): each a problem, and the batch's exit code 1. */
  problems: Problem[];
  /** Lines for stderr: links to folders outside an input folder, not followed. */
  notices: string[];
}

export interface ExpandOptions {
  cwd?: string;
  /** Refuse more files than this (exit 2). */
  maxFiles?: number;
}

/**
 * Turns the command-line inputs into files. A missing file or folder, a folder without profiles, or a
 * glob that matches nothing is a usage error (exit 2) naming it: a typo must not shrink the team silently.
 */
export function expandInputs(inputs: readonly string[], options: ExpandOptions = {}): ExpandedInputs {
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const seen = new Set<string>();
  const readers: { input: string; reads: (abs: string) => boolean }[] = [];
  const notes: WalkNotes = { problems: [], notices: [] };
  let stdin = false;
  const add = (abs: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seen.has(real)) return;
    seen.add(real);
    files.push(abs);
    if (options.maxFiles !== undefined && files.length > options.maxFiles) throw tooMany(options.maxFiles);
  };

  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, input);
    const stat = statOrUndefined(abs);
    if (stat?.isDirectory()) {
      readers.push({ input, reads: (file) => PROFILE_FILE.test(file) && isBelow(realOrSelf(abs), file) });
      const found = walk(abs, () => true, cwd, notes);
      if (found.length === 0) throw new RungsError(`${input}: no .yaml, .yml or .json files in this folder`, EXIT.usage);
      found.forEach(add);
    } else if (stat) {
      add(abs);
    } else if (GLOB_CHARS.test(input)) {
      readers.push({ input, reads: (file) => PROFILE_FILE.test(file) && globReads(input, cwd, file) });
      const found = expandGlob(input, cwd, notes);
      if (found.length === 0) {
        throw new RungsError(`${input}: the pattern matches no .yaml, .yml or .json file`, EXIT.usage, 'patterns are relative to the current folder; ** matches any number of folders');
      }
      found.forEach(add);
    } else {
      throw new RungsError(errnoMessage(statError(abs), input), EXIT.usage);
    }
  }
  const readsBack = (file: string) => readers.find((r) => r.reads(file))?.input;
  return { files, stdin, readsBack, ...notes };
}

function isBelow(dir: string, file: string, hiddenToo = false): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && (hiddenToo || !rel.split(sep).some((s) => s.startsWith('.')));
}

function realOrSelf(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** Whether the glob, expanded again, would match this (real) file. */
function globReads(pattern: string, cwd: string, file: string): boolean {
  const { base, rest } = globBase(pattern, cwd);
  const rel = relative(realOrSelf(base), file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return globRegExp(rest.join('/')).test(rel.split(sep).join('/'));
}

export function tooMany(max: number): RungsError {
  return new RungsError(`more than ${max} profiles in this batch`, EXIT.usage, 'raise the limit with --max-files <n>, or split the team');
}

function statOrUndefined(abs: string) {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

function statError(abs: string): unknown {
  try {
    statSync(abs);
    return new Error('unreadable');
  } catch (error) {
    return error;
  }
}

/** What a walk met besides files: folders it could not read, links to folders outside it it did not follow. */
export interface WalkNotes {
  problems: Problem[];
  notices: string[];
}

/** A walk stops here: `report '**\/*'` from / must end, and say why, instead of reading the whole disk. */
export const MAX_FOLDERS = 20_000;

/**
 * Profile files below a folder, recursively, sorted by name at each level. Hidden entries (.git, editor
 * backups) are skipped; a symbolic link back into the tree is followed once (real paths guard the loop), a link
 * to a folder outside the tree is not followed (one notice per walk). A subfolder that cannot be read is a
 * problem and the walk goes on; the root itself unreadable is a usage error. `keep` filters by the path
 * relative to the root, with / separators.
 */
function walk(root: string, keep: (rel: string) => boolean, cwd: string, notes: WalkNotes, descend: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const outside: string[] = [];
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch (error) {
    throw new RungsError(errnoMessage(error, displayPath(root, cwd)), EXIT.usage);
  }
  const unreadable = (dir: string, error: unknown) => {
    const file = displayPath(dir, cwd);
    notes.problems.push({ file, line: 0, column: 0, severity: 'error', rule: 'unreadable', message: `${errnoMessage(error, file).replace(/^[^:]*: /, '')}: the folder was skipped` });
  };
  // Iterative, depth first, in name order (a subfolder's files where the folder sorts, as a recursive walk
  // would give them): a deep tree must not exhaust the stack.
  const open = (dir: string, rel: string, known?: string): { dir: string; rel: string; entries: Dirent[]; next: number } | undefined => {
    let real: string;
    try {
      real = known ?? realpathSync(dir);
    } catch (error) {
      unreadable(dir, error);
      return undefined;
    }
    if (seen.has(real)) return undefined;
    seen.add(real);
    if (seen.size > MAX_FOLDERS) {
      throw new RungsError(`${displayPath(root, cwd)}: more than ${MAX_FOLDERS.toLocaleString('en-US')} folders below it; stopped reading`, EXIT.usage, 'name the team folder itself, not a folder above it');
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (rel === '') throw new RungsError(errnoMessage(error, displayPath(dir, cwd)), EXIT.usage);
      unreadable(dir, error);
      return undefined;
    }
    return { dir, rel, entries: entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), next: 0 };
  };
  const stack = [open(root, '', rootReal)!];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.entries.length) {
      stack.pop();
      continue;
    }
    const entry = frame.entries[frame.next++]!;
    const { dir, rel } = frame;
    if (entry.name.startsWith('.')) continue;
    const abs = join(dir, entry.name);
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let linkedReal: string | undefined;
    if (entry.isSymbolicLink()) {
      const s = statOrUndefined(abs);
      if (!s) {
        // A dangling link is not a profile; a link loop named like one is a broken profile: it is read, and
        // reading it reports the loop, rather than the team shrinking silently.
        if (PROFILE_FILE.test(entry.name) && keep(relPath) && (statError(abs) as NodeJS.ErrnoException).code === 'ELOOP') out.push(abs);
        continue;
      }
      isDir = s.isDirectory();
      if (isDir) {
        linkedReal = realOrSelf(abs);
        if (linkedReal !== rootReal && !isBelow(rootReal, linkedReal, true)) {
          outside.push(displayPath(abs, cwd));
          continue;
        }
      }
    }
    if (isDir) {
      if (descend(relPath)) {
        const child = open(abs, relPath, linkedReal);
        if (child) stack.push(child);
      }
    } else if (PROFILE_FILE.test(entry.name) && keep(relPath)) out.push(abs); // a FIFO or device named so: rejected when read, not skipped
  }
  if (outside.length > 0) {
    const root_ = displayPath(root, cwd);
    notes.notices.push(`${root_}: ${outside.length === 1 ? 'a link' : `${outside.length} links`} to a folder outside ${root_} not followed (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', ...' : ''})`);
  }
  return out;
}

/**
 * A glob: `*` and `?` within one path segment, `**` across any number of folders, `{a,b}` alternatives.
 * Wildcards do not match names starting with a dot, as in shells. The walk starts at the pattern's literal
 * base folder, so `team/**` never looks outside team/.
 */
export function expandGlob(pattern: string, cwd: string, notes: WalkNotes = { problems: [], notices: [] }): string[] {
  const { base, rest } = globBase(pattern, cwd);
  if (!statOrUndefined(base)?.isDirectory()) return [];
  const glob = rest.join('/');
  const regex = globRegExp(glob);
  const deep = /\*\*|\{[^}]*\/[^}]*\}/.test(glob);
  // Without ** the pattern has a fixed depth: no need to walk below it.
  const depth = rest.length;
  return walk(base, (rel) => regex.test(rel), cwd, notes, (rel) => deep || rel.split('/').length < depth);
}

/**
 * Where a glob's walk starts (its literal leading folders, resolved) and the wildcard segments after it. On
 * Windows `\` separates folders as `/` does, and the base may be a drive (`C:\team\*.yaml`) or a network
 * share (`\\server\share\team\**`): the old code rebuilt absolute bases from `/`, losing both.
 */
export function globBase(pattern: string, cwd: string, path: PlatformPath = nodePath): { base: string; rest: string[] } {
  const segments = pattern.split(path.sep).join('/').split('/');
  let baseCount = 0;
  while (baseCount < segments.length - 1 && !GLOB_CHARS.test(segments[baseCount]!)) baseCount++;
  let literal = segments.slice(0, baseCount).join('/');
  // `/x`: the root; `C:/x`: the drive's root (a bare `C:` would be the drive's current folder).
  if (literal === '' && baseCount > 0) literal = '/';
  else if (/^[A-Za-z]:$/.test(literal) && baseCount > 0) literal += '/';
  return { base: path.resolve(cwd, literal || '.'), rest: segments.slice(baseCount).filter((s) => s !== '') };
}

/** A glob (relative, / separated) as an anchored regular expression over relative paths. */
export function globRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob, glob, 0)}$`);
}

/** `{a,{b,c}}` nests 2 deep; each level is a call of translate, and tens of thousands overflowed the stack. */
const MAX_BRACE_DEPTH = 100;

function translate(glob: string, whole: string, depth: number): string {
  let out = '';
  let segmentStart = true;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*' && segmentStart && (glob[i + 2] === '/' || i + 2 === glob.length)) {
        // `**/` any number of (non-hidden) folders, `**` at the end anything below.
        if (glob[i + 2] === '/') {
          out += '(?:(?!\\.)[^/]*/)*';
          i += 2;
          segmentStart = true;
        } else {
          out += '(?:(?!\\.)[^/]*)(?:/(?!\\.)[^/]*)*';
          i += 1;
          segmentStart = false;
        }
        continue;
      }
      while (glob[i + 1] === '*') i++; // a ** inside a segment is just *
      out += `${segmentStart ? '(?!\\.)' : ''}[^/]*`;
      segmentStart = false;
    } else if (c === '?') {
      out += `${segmentStart ? '(?!\\.)' : ''}[^/]`;
      segmentStart = false;
    } else if (c === '{') {
      const close = matchingBrace(glob, i);
      if (close < 0) {
        out += '\\{';
        segmentStart = false;
        continue;
      }
      if (depth === MAX_BRACE_DEPTH) {
        const shown = whole.length > 60 ? `${whole.slice(0, 60)}...` : whole;
        throw new RungsError(`${shown}: the pattern nests {...} more than ${MAX_BRACE_DEPTH} deep`, EXIT.usage);
      }
      const alternatives = splitTopLevel(glob.slice(i + 1, close));
      const inner = (a: string) => translate(a, whole, depth + 1);
      out += `(?:${alternatives.map((a) => (segmentStart ? inner(a) : inner(a).replace(/^\(\?!\\\.\)/, ''))).join('|')})`;
      i = close;
      segmentStart = false;
    } else if (c === '/') {
      out += '/';
      segmentStart = true;
    } else {
      out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
      segmentStart = false;
    }
  }
  return out;
}

function matchingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of body) {
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') depth--;
    current += c;
  }
  parts.push(current);
  return parts;
}

// ---------------------------------------------------------------------------------------------------------
// Standard input: several profiles in one stream.

export interface StdinProfile {
  /** The profile's name in the report: `<stdin>#N`, N counting profiles from 1. */
  name: string;
  /** Parsed with positions as `<stdin>:line:col` over the whole stream. */
  parsed: ParsedFile;
}

/**
 * Splits stdin into profiles. JSON lines when the first non-space character is `{` (one object per line;
 * a single pretty-printed JSON object is accepted too); otherwise a YAML stream of `---`-separated documents.
 * Blank lines and empty documents are not profiles.
 */
export function splitStdin(text: string, maxAliasCount = 100): StdinProfile[] {
  const split = splitSource(text, maxAliasCount);
  if ('profiles' in split) return split.profiles;
  const { source, lines } = split;
  return Array.from({ length: lines.count }, (_, k) => ({ name: `${STDIN}#${k + 1}`, parsed: parseJsonLine(source, lines, k) }));
}

/** Standard input's profiles, read and checked one at a time as they are taken. */
export interface StdinProfiles {
  /** How many there are, known before any is read (for --max-files and the progress line). */
  count: number;
  /** Reads each profile in order and hands it over, named `<stdin>#N`; nothing is kept once handed over. */
  forEach(take: (result: ProfileResult, name: string) => void): void;
  /** Reads profile k (from 0) again, as forEach read it. */
  at(k: number): { result: ProfileResult; name: string };
}

/**
 * Standard input as profiles, split as splitStdin splits it, each checked as checkParsed checks it. A JSON
 * line that the scan finds clean is taken as it is (see profile-scan.ts); any other line, and a YAML stream,
 * go the full way, with the same problems at the same `<stdin>:line:col`.
 */
export function stdinProfiles(text: string, index: FrameworkIndex, maxAliasCount = 100): StdinProfiles {
  const split = splitSource(text, maxAliasCount);
  if ('profiles' in split) {
    const { profiles } = split;
    const at = (k: number) => ({ result: checkParsed(profiles[k]!.parsed, index), name: profiles[k]!.name });
    return { count: profiles.length, forEach: (take) => profiles.forEach((_, k) => { const r = at(k); take(r.result, r.name); }), at };
  }
  const { source, lines } = split;
  const at = (k: number): { result: ProfileResult; name: string } => {
    const ratings = new Array<number>(index.skillIds.length).fill(Number.NaN);
    const profile = scanProfile(source, lines.start[k]!, lines.end[k]!, index, ratings);
    return { result: profile ? { ok: true, profile, file: STDIN, warnings: [], ratings } : checkParsed(parseJsonLine(source, lines, k), index), name: `${STDIN}#${k + 1}` };
  };
  return {
    count: lines.count,
    forEach(take) {
      for (let k = 0; k < lines.count; k++) {
        const r = at(k);
        take(r.result, r.name);
      }
    },
    at,
  };
}

/**
 * JSON lines when the first non-space character is `{` (one object per line; a single pretty-printed JSON
 * object is accepted too), left unparsed; otherwise a YAML stream of `---`-separated documents, parsed.
 */
function splitSource(text: string, maxAliasCount: number): { profiles: StdinProfile[] } | { source: string; lines: Lines } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*\{/.test(source)) {
    const whole = wholeJsonObject(source);
    return whole ? { profiles: [whole] } : { source, lines: jsonLines(source) };
  }
  return { profiles: splitYamlStream(source, maxAliasCount) };
}

/** One pretty-printed object (what `jq .` prints) is a stream of one. */
function wholeJsonObject(source: string): StdinProfile | undefined {
  // JSON lines: a first line that is a value of its own, with more after it, means the whole text is not one
  // value. Said without parsing all of it, which cost ~20 ms for 10,000 lines only to fail.
  const nl = source.indexOf('\n');
  if (nl >= 0 && source.slice(nl + 1).trim() !== '' && parsesAlone(source.slice(0, nl))) return undefined;
  try {
    const whole: unknown = JSON.parse(source);
    if (whole !== null && typeof whole === 'object' && !Array.isArray(whole)) {
      return { name: `${STDIN}#1`, parsed: parseJsonText(source, STDIN) };
    }
  } catch {
    // JSON lines, then
  }
  return undefined;
}

function parsesAlone(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The non-blank lines of a text: where each starts and ends (before `\r\n` or `\n`), and its index in the text. */
interface Lines {
  count: number;
  start: number[];
  end: number[];
  line: number[];
}

function jsonLines(source: string): Lines {
  const lines: Lines = { count: 0, start: [], end: [], line: [] };
  for (let from = 0, i = 0; ; i++) {
    const nl = source.indexOf('\n', from);
    const stop = nl < 0 ? source.length : nl;
    const to = stop > from && source.charCodeAt(stop - 1) === 0x0d ? stop - 1 : stop;
    // Most lines start with `{`: only the others are sliced to see whether they are blank.
    if (source.charCodeAt(from) === 0x7b || source.slice(from, to).trim() !== '') {
      lines.start.push(from);
      lines.end.push(to);
      lines.line.push(i);
      lines.count++;
    }
    if (nl < 0) return lines;
    from = nl + 1;
  }
}

function parseJsonLine(source: string, lines: Lines, k: number): ParsedFile {
  return shiftLines(parseJsonText(source.slice(lines.start[k]!, lines.end[k]!), STDIN), lines.line[k]!);
}

/** A line's parse result with its positions moved down to where the line sits in the stream. */
function shiftLines(parsed: ParsedFile, offset: number): ParsedFile {
  if (offset === 0) return parsed;
  const move = (p: Problem): Problem => (p.line > 0 ? { ...p, line: p.line + offset } : p);
  return {
    file: parsed.file,
    data: parsed.data,
    problems: parsed.problems.map(move),
    locate: (path, atKey) => {
      const pos = parsed.locate(path, atKey);
      return { ...pos, line: pos.line > 0 ? pos.line + offset : pos.line };
    },
  };
}

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: a key may appear only once in a mapping',
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML; indent with spaces',
};

function splitYamlStream(source: string, maxAliasCount: number): StdinProfile[] {
  // Control characters or nesting deep enough to exhaust the stack: the stream is refused as a whole, unparsed.
  const guard = beforeParse(source);
  if (guard) {
    const { line, column } = offsetToLineColumn(source, guard.offset);
    const problem: Problem = { file: STDIN, line, column, severity: 'error', rule: 'yaml-syntax', message: guard.message };
    return [{ name: `${STDIN}#1`, parsed: { file: STDIN, data: undefined, problems: [problem], locate: () => ({ line, column }) } }];
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(source, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, schema: 'core', resolveKnownTags: false, logLevel: 'error' });
  const out: StdinProfile[] = [];
  for (const doc of docs) {
    const problems: Problem[] = [...doc.errors, ...doc.warnings.filter((w) => unsupportedTag(w))].map((error) => {
      const pos = lineCounter.linePos(error.pos[0]);
      return {
        file: STDIN,
        line: pos.line,
        column: pos.col,
        severity: 'error' as const,
        rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : error.code === 'TAG_RESOLVE_FAILED' ? 'unsupported-tag' : 'yaml-syntax',
        message: YAML_MESSAGES[error.code] ?? unsupportedTag(error) ?? plainYamlMessage(error.message),
      };
    });
    for (const offset of duplicateKeys(doc)) {
      const pos = lineCounter.linePos(offset);
      problems.push({ file: STDIN, line: pos.line, column: pos.col, severity: 'error', rule: 'duplicate-key', message: YAML_MESSAGES.DUPLICATE_KEY! });
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.length === 0) {
      for (const offset of collectionKeys(doc, source)) {
        const pos = lineCounter.linePos(offset);
        problems.push({ file: STDIN, line: pos.line, column: pos.col, severity: 'error', rule: 'yaml-syntax', message: COLLECTION_KEY });
      }
    }
    let data: unknown;
    if (problems.length === 0) {
      try {
        data = doc.toJS({ maxAliasCount });
      } catch (error) {
        const pos = lineCounter.linePos(doc.range?.[0] ?? 0);
        problems.push({ file: STDIN, line: pos.line, column: pos.col, severity: 'error', rule: 'yaml-syntax', message: aliasMessage((error as Error).message, maxAliasCount) });
      }
      // An empty document (a `---` at the end, or between two) holds no profile.
      if (problems.length === 0 && (data === null || data === undefined)) continue;
    }
    out.push({
      name: `${STDIN}#${out.length + 1}`,
      parsed: { file: STDIN, data, problems, locate: (path, atKey) => locate(doc, lineCounter, source, path, atKey) },
    });
  }
  return out;
}

