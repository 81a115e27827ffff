// YAML (and JSON, which is YAML) parsing that keeps positions, so every problem can name a line and column.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { DocPath, PathProblem, Problem } from '../core/problems.js';
import { fastYaml } from './fast-yaml.js';
import { jsonDuplicateKey, jsonErrorOffset } from './json-position.js';
import { beforeParse, COLLECTION_KEY, collectionKeys, duplicateKeys, unsupportedTag } from './yaml-guards.js';

export interface ParsedFile {
  file: string;
  /** The plain data, or undefined when the file could not be parsed. */
  data: unknown;
  /** Problems found while parsing (syntax, duplicate keys); positions are 1-based. */
  problems: Problem[];
  /** Line and column of the node at `path` (or of its key with `atKey`); the nearest existing ancestor if absent. */
  locate(path: DocPath, atKey?: boolean): { line: number; column: number; text?: string };
}

const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: a key may appear only once in a mapping',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a second "---"); rungs expects one per file',
  TAB_AS_INDENT: 'tabs are not allowed as indentation in YAML; indent with spaces',
};

export function parseYamlText(text: string, file: string, maxAliasCount = 100): ParsedFile {
  // A UTF-8 byte order mark is invisible in editors and harmless: drop it rather than report it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Refused before the parser sees it: control characters, and nesting deep enough to exhaust the stack.
  const guard = beforeParse(source);
  if (guard) {
    const { line, column } = offsetToLineColumn(source, guard.offset);
    return { file, data: undefined, problems: [{ file, line, column, severity: 'error', rule: 'yaml-syntax', message: guard.message }], locate: () => ({ line, column }) };
  }
  const lineCounter = new LineCounter();
  // The core schema whatever a %YAML directive says, and no YAML 1.1 types (!!binary, !!set, !!timestamp...).
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, schema: 'core', resolveKnownTags: false, logLevel: 'error' });
  const problems: Problem[] = [...doc.errors, ...doc.warnings.filter((w) => unsupportedTag(w))].map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      severity: 'error',
      rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : error.code === 'TAG_RESOLVE_FAILED' ? 'unsupported-tag' : 'yaml-syntax',
      message: MESSAGES[error.code] ?? unsupportedTag(error) ?? plainYamlMessage(error.message),
    };
  });
  // Duplicate keys, found in one pass (the parser's own check is quadratic), in order among the other problems.
  const duplicates = duplicateKeys(doc);
  if (duplicates.length > 0) {
    for (const offset of duplicates) {
      const pos = lineCounter.linePos(offset);
      problems.push({ file, line: pos.line, column: pos.col, severity: 'error', rule: 'duplicate-key', message: MESSAGES.DUPLICATE_KEY! });
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  if (problems.length === 0) {
    for (const offset of collectionKeys(doc, source)) {
      const pos = lineCounter.linePos(offset);
      problems.push({ file, line: pos.line, column: pos.col, severity: 'error', rule: 'yaml-syntax', message: COLLECTION_KEY });
    }
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount });
    } catch (error) {
      // The alias limit protects against "billion laughs" documents.
      problems.push({ file, line: 1, column: 1, severity: 'error', rule: 'yaml-syntax', message: aliasMessage(String((error as Error).message), maxAliasCount) });
    }
  }
  return { file, data, problems, locate: (path, atKey) => locate(doc, lineCounter, source, path, atKey) };
}

export function aliasMessage(message: string, maxAliasCount: number): string {
  return /alias count/i.test(message)
    ? `too many aliases (*name) to expand: over the limit of ${maxAliasCount}, as in a file built to exhaust memory`
    : plainYamlMessage(message);
}

export function plainYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** The position of the node at `path` in a parsed document (also one document of a stream). */
export function locate(doc: Document, lc: LineCounter, source: string, path: DocPath, atKey = false): { line: number; column: number; text?: string } {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.value;
    keyNode = next.key;
  }
  const target = (atKey && keyNode ? keyNode : node) as Node | undefined;
  const start = target?.range?.[0] ?? doc.range?.[0] ?? 0;
  const end = target?.range?.[1] ?? start;
  const pos = lc.linePos(start);
  return { line: pos.line, column: pos.col, text: isScalar(target) ? source.slice(start, end) : undefined };
}

function child(node: unknown, segment: string | number): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
    // A key with no value (`id:`) still has a position: point at the key.
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

/**
 * JSON files: JSON.parse is some 50x faster than the YAML parser and strict about JSON (a trailing comma is an
 * error, as the file's author expects). Positions for later problems come from a YAML parse made only when asked.
 */
export function parseJsonText(text: string, file: string): ParsedFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let located: ParsedFile | undefined;
  const locateLazily: ParsedFile['locate'] = (path, atKey) => (located ??= parseYamlText(source, file)).locate(path, atKey);
  try {
    const data: unknown = JSON.parse(source);
    const duplicate = jsonDuplicateKey(source);
    if (duplicate >= 0) {
      const { line, column } = offsetToLineColumn(source, duplicate);
      return { file, data: undefined, problems: [{ file, line, column, severity: 'error', rule: 'duplicate-key', message: MESSAGES.DUPLICATE_KEY! }], locate: locateLazily };
    }
    return { file, data, problems: [], locate: locateLazily };
  } catch (error) {
    const message = String((error as Error).message);
    const named = /at position (\d+)/.exec(message)?.[1];
    const offset = named !== undefined ? Number(named) : jsonErrorOffset(source);
    const { line, column } = offsetToLineColumn(source, offset);
    const plain = message
      .replace(/^JSON\.parse: /, '')
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/ \(line \d+ column \d+\)$/, '')
      .replace(/\n/g, '\\n');
    return { file, data: undefined, problems: [{ file, line, column, severity: 'error', rule: 'json-syntax', message: `invalid JSON: ${plain}` }], locate: locateLazily };
  }
}

export function offsetToLineColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * JSON by extension, else YAML. `fast`: try the simple-YAML fast path first (profiles), or `reader`, a fast
 * path of the caller's (framework files); positions for any later problem then come from a full parse made
 * only when asked.
 */
export function parseDataText(text: string, file: string, options: { fast?: boolean; reader?: (source: string) => unknown } = {}): ParsedFile {
  if (/\.json$/i.test(file)) return parseJsonText(text, file);
  const reader = options.reader ?? (options.fast ? fastYaml : undefined);
  if (reader) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const data = reader(source);
    if (data !== undefined) {
      let located: ParsedFile | undefined;
      return { file, data, problems: [], locate: (path, atKey) => (located ??= parseYamlText(source, file)).locate(path, atKey) };
    }
  }
  return parseYamlText(text, file);
}

/** A problem from the pure core (a document path) at its line and column. */
export function locateProblem(p: PathProblem, parsed: ReadonlyMap<string, ParsedFile>): Problem {
  const pos = parsed.get(p.file)?.locate(p.path, p.atKey) ?? { line: 0, column: 0 };
  return { file: p.file, line: pos.line, column: pos.column, severity: p.severity, rule: p.rule, message: p.message };
}
