// What the yaml package does not refuse by itself, checked around each parse:
// - nesting deep enough to exhaust the stack: its composer recurses once per level, and near the stack limit
//   V8 can abort the whole process (a fatal "RegExpCompiler Allocation failed"), which no try/catch stops;
// - raw control characters, which YAML does not allow (a binary file is full of them);
// - tags that ask for something other than plain data (!!js/function, !!binary, !!set, a local !tag): the
//   parser keeps them as strings with a warning; rungs refuses them, so data never turns into anything else.

import { isAlias, isCollection, isNode, isScalar, Lexer, visit, type Document } from 'yaml';

/** Deeper than this, a file is refused before it is parsed. rungs' own files nest at most 6 levels. */
export const MAX_NESTING = 200;

export interface GuardFinding {
  /** Offset in the source (UTF-16 units) where the problem is. */
  offset: number;
  message: string;
}

/** A problem found before parsing (control characters, too deep), or undefined. */
export function beforeParse(source: string): GuardFinding | undefined {
  return controlCharacter(source) ?? tooDeep(source);
}

// Tab, LF and CR are allowed; the other C0 controls and DEL are not (YAML 1.2, c-printable).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function controlCharacter(source: string): GuardFinding | undefined {
  const match = CONTROL.exec(source);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return { offset: match.index, message: `control character U+${code} in the text, which YAML does not allow (is this a binary file?)` };
}

/**
 * An upper bound of the nesting depth, refused above MAX_NESTING. A cheap pass over the characters first (the
 * number of [ and { plus, per line, twice the indentation and the - ? : on it, which is never less than the
 * depth); only when that is over the limit, the yaml lexer's tokens tell brackets and indicators in text
 * apart from real ones.
 */
function tooDeep(source: string): GuardFinding | undefined {
  if (cheapBound(source) <= MAX_NESTING) return undefined;
  let flow = 0;
  let indicators = 0;
  let indent = 0;
  let lineStart = true;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    const at = offset;
    offset += token.length;
    if (token === '\n' || token === '\r\n') {
      indicators = 0;
      indent = 0;
      lineStart = true;
      continue;
    }
    if (token === '[' || token === '{') flow++;
    else if ((token === ']' || token === '}') && flow > 0) flow--;
    else if (flow === 0 && (token === '-' || token === '?' || token === ':')) indicators++;
    else if (lineStart && /^ +$/.test(token)) indent = token.length;
    lineStart = false;
    if (flow + indicators + 2 * indent > MAX_NESTING) {
      return { offset: at, message: `the data is nested more than ${MAX_NESTING} levels deep; rungs files need only a few levels` };
    }
  }
  return undefined;
}

function cheapBound(source: string): number {
  let openers = 0;
  let worstLine = 0;
  let line = 0;
  let indent = 0;
  let inIndent = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      worstLine = Math.max(worstLine, line + 2 * indent);
      line = 0;
      indent = 0;
      inIndent = true;
      continue;
    }
    if (inIndent) {
      if (c === 32) {
        indent++;
        continue;
      }
      inIndent = false;
    }
    if (c === 91 || c === 123) openers++; // [ {
    else if (c === 45 || c === 63 || c === 58) line++; // - ? :
  }
  return openers + Math.max(worstLine, line + 2 * indent);
}

/** The yaml package's warning for a tag it does not resolve, as a message for an error. */
export function unsupportedTag(warning: { code: string; message: string }): string | undefined {
  if (warning.code !== 'TAG_RESOLVE_FAILED') return undefined;
  // "Unresolved tag: tag:yaml.org,2002:js/function at line 1, ..." or "The tag ... is unavailable, ...".
  const raw = /(?:Unresolved tag:|The tag) (\S+?),?(?:\s|$)/.exec(warning.message)?.[1] ?? 'here';
  const tag = raw.replace(/^tag:yaml\.org,2002:/, '!!');
  return `the YAML tag ${tag} is not supported: rungs files hold plain data only (remove the tag)`;
}

// A key that is a list or a mapping (`? [a, b]`, `{a: 1}: x`) has no place in a plain object: the yaml package
// would turn it into text and print a process warning. Only looked for when the text could hold one.
const MAYBE_COLLECTION_KEY = /(?:^|[\s,[{])\?(?:\s|$)|[\]}]\s*:(?:\s|$)|\*\S+\s+:/m;

/** Offsets of the keys that are lists or mappings (or aliases of one). */
export function collectionKeys(doc: Document, source: string): number[] {
  if (!MAYBE_COLLECTION_KEY.test(source)) return [];
  const found: number[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      const target = isAlias(key) ? key.resolve(doc) : key;
      if (isCollection(target)) found.push((isNode(key) ? key.range?.[0] : undefined) ?? 0);
    },
  });
  return found;
}

export const COLLECTION_KEY = 'a key must be a plain value, not a list or a mapping';

/**
 * Where a mapping repeats a key (the second one's offset), in document order. The YAML library's own check
 * (uniqueKeys) compares each key with every earlier one: 20,000 keys took 11 s. This is one Set per mapping.
 */
export function duplicateKeys(doc: Document): number[] {
  const found: number[] = [];
  visit(doc, {
    Map(_, map) {
      const keys = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        const value = isScalar(key) ? key.value : key; // a collection key is refused separately (collectionKeys)
        if (keys.has(value)) found.push((isNode(key) ? key.range?.[0] : undefined) ?? 0);
        else keys.add(value);
      }
    },
  });
  return found;
}
