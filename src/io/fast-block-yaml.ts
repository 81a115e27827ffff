// A fast path for the block YAML that framework files are: nested block mappings and sequences, one-line flow
// collections of plain scalars (`{ skill: x, level: 3 }`, `[1, 5]`), folded and literal block scalars, plain,
// simply quoted and numeric scalars, full-line comments. The `yaml` package spent some 70% of `validate`'s
// time on a framework of 2,000 roles; this reads the same files several times faster. It returns undefined
// for anything it is not sure of — anchors, aliases, tags, escapes, multi-line plain or flow scalars, comments
// after values, more-indented lines in a block scalar, duplicate keys, tabs, unusual characters, deep
// indentation — and the caller falls back to the full parser, so the data always equals what `yaml` gives.
// The caller also goes back to the full parser for every position it needs (a file with any problem).

// Keys the yaml package turns into the same string: words (not null/true/false in any of their spellings), and
// whole numbers written as JavaScript writes them (the `1:` of a skill's anchors).
const KEYWORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^-?[0-9]+\.[0-9]+$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
// Anything YAML might read as other than a plain string (numbers in their other forms, .inf/.nan) or that
// starts with an indicator character.
const NOT_PLAIN = /^(?:[-+]?(?:\.[0-9]|[0-9])|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|[-?:,[\]{}#&*!|>'"%@`])/;
// Characters YAML restricts (it rejects most C0 controls), and the line breaks it knows beyond \n.
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
// In a flow collection: only plain words, no quotes, nesting or indicators that change the meaning.
const FLOW_UNSAFE = /["'[\]{}#&*!|>%@`?]/;
/** Beyond this indentation the depth guard of the full parser may refuse the file: leave it to that parser. */
const MAX_INDENT = 64;

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

class NotSimple extends Error {}
const NO = new NotSimple();

interface Line {
  indent: number;
  text: string;
}

export function fastBlockYaml(source: string): Record<string, Value> | undefined {
  if (UNUSUAL.test(source) || source.includes('\t')) return undefined;
  const raw = source.split('\n');
  const last = raw.length - 1;
  for (let i = 0; i <= last; i++) {
    const line = raw[i]!;
    if (line.charCodeAt(line.length - 1) === 13) raw[i] = line.slice(0, -1);
    if (raw[i]!.includes('\r')) return undefined;
  }
  try {
    return new Reader(raw, source.endsWith('\n')).document();
  } catch (error) {
    if (error === NO) return undefined;
    throw error;
  }
}

class Reader {
  private i = 0;
  private seenAt = -1;
  private seen: Line | undefined;
  constructor(
    private readonly lines: string[],
    private readonly endsWithNewline: boolean,
  ) {}

  document(): Record<string, Value> | undefined {
    let first = this.peek();
    if (first && first.indent === 0 && first.text === '---') {
      this.i++;
      first = this.peek();
    }
    if (!first) return undefined;
    if (first.indent !== 0 || isDash(first.text)) return undefined;
    const out = this.mapping(0, 0);
    if (this.peek()) throw NO;
    return Object.keys(out).length ? out : undefined;
  }

  /** The next line with content (comments and blank lines skipped), not consumed. */
  private peek(): Line | undefined {
    // Each line is looked at by its container and its parent: made once.
    if (this.i === this.seenAt) return this.seen;
    const line = this.next();
    this.seenAt = this.i;
    this.seen = line;
    return line;
  }

  private next(): Line | undefined {
    const lines = this.lines;
    while (this.i < lines.length) {
      const line = lines[this.i]!;
      let lead = 0;
      while (line.charCodeAt(lead) === 32) lead++;
      if (lead === line.length || line.charCodeAt(lead) === 35 /* # */) {
        this.i++;
        continue;
      }
      if (lead > MAX_INDENT) throw NO;
      return { indent: lead, text: trimSpaces(line.slice(lead)) };
    }
    return undefined;
  }

  /** A block mapping whose keys sit at `indent`; `first`, when given, is its first entry's text (after `- `). */
  private mapping(indent: number, depth: number, first?: string): Record<string, Value> {
    if (depth > 20) throw NO;
    const out: Record<string, Value> = {};
    if (first !== undefined) this.entry(out, first, indent, depth);
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) return out;
      if (line.indent > indent) throw NO;
      if (isDash(line.text)) return out; // a sequence at the same indentation ends this mapping (or is refused above)
      this.i++;
      this.entry(out, line.text, indent, depth);
    }
  }

  private entry(out: Record<string, Value>, text: string, indent: number, depth: number): void {
    const colon = keyEnd(text, 0);
    if (colon === 0 || text.charCodeAt(colon) !== 58 /* : */) throw NO;
    const key = text.slice(0, colon);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) throw NO;
    const rest = text.slice(colon + 1);
    if (rest === '') {
      out[key] = this.child(indent, depth, true);
      return;
    }
    if (rest.charCodeAt(0) !== 32) throw NO;
    out[key] = this.inline(trimSpaces(rest), indent);
  }

  /** The block value under a `key:` or `-` with nothing after it: deeper lines, a sequence at the key's indentation, or null. */
  private child(indent: number, depth: number, inMapping: boolean): Value {
    const line = this.peek();
    if (!line) return null;
    if (line.indent > indent) return isDash(line.text) ? this.sequence(line.indent, depth + 1) : this.mapping(line.indent, depth + 1);
    if (inMapping && line.indent === indent && isDash(line.text)) return this.sequence(indent, depth + 1);
    return null;
  }

  private sequence(indent: number, depth: number): Value[] {
    if (depth > 20) throw NO;
    const out: Value[] = [];
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) return out;
      if (line.indent > indent) throw NO;
      if (!isDash(line.text)) return out;
      this.i++;
      let spaces = 1;
      while (line.text.charCodeAt(spaces) === 32) spaces++;
      const rest = line.text.slice(spaces);
      if (rest === '') {
        out.push(this.child(indent, depth, false));
        continue;
      }
      if (isDash(rest)) throw NO; // `- - x`: a sequence in a sequence on one line
      const colon = rest.indexOf(':');
      if (colon > 0 && !FLOW_START.test(rest) && (rest.length === colon + 1 || rest.charCodeAt(colon + 1) === 32)) {
        out.push(this.mapping(indent + spaces, depth + 1, rest));
      } else out.push(this.inline(rest, indent));
    }
  }

  /** A value on the line of its key or dash: a block scalar header, a flow collection or a scalar. */
  private inline(text: string, indent: number): Value {
    const c = text.charCodeAt(0);
    if (c === 62 /* > */ || c === 124 /* | */) return this.blockScalar(text, indent);
    if (c === 123 /* { */) return flowMapping(text);
    if (c === 91 /* [ */) return flowSequence(text);
    const value = scalar(text);
    if (value === undefined) throw NO;
    // A plain scalar may go on over more-indented lines: refused, since the next line is read as an entry.
    return value;
  }

  /** `>-`, `>`, `|` or `|-` and the lines under it, all at one indentation deeper than `indent`. */
  private blockScalar(header: string, indent: number): string {
    if (header !== '>' && header !== '>-' && header !== '|' && header !== '|-') throw NO;
    const lines = this.lines;
    const body: string[] = [];
    let contentIndent = -1;
    let j = this.i;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      let lead = 0;
      while (line.charCodeAt(lead) === 32) lead++;
      if (lead === line.length) {
        // An empty line: part of the scalar, unless it holds more spaces than the indentation (content then).
        if (contentIndent < 0) throw NO; // leading empty lines: left to the full parser
        if (lead > contentIndent) throw NO;
        body.push('');
        continue;
      }
      if (contentIndent < 0) {
        if (lead <= indent) throw NO; // an empty block scalar
        contentIndent = lead;
      }
      if (lead < contentIndent) break;
      if (lead > contentIndent) throw NO; // more-indented lines fold differently
      body.push(line.slice(contentIndent));
    }
    // Reaching the end of the file without a line break, the last line's chomping is left to the full parser.
    if (j >= lines.length && !this.endsWithNewline) throw NO;
    // Empty lines at the end are dropped by both chomping styles read here.
    let trailing = 0;
    while (trailing < body.length && body[body.length - 1 - trailing] === '') trailing++;
    this.i = j;
    const content = body.slice(0, body.length - trailing);
    if (content.length === 0) throw NO;
    let text: string;
    if (header[0] === '|') text = content.join('\n');
    else {
      text = content[0]!;
      let empty = 0;
      for (let k = 1; k < content.length; k++) {
        const line = content[k]!;
        if (line === '') {
          empty++;
          continue;
        }
        text += empty ? '\n'.repeat(empty) + line : ` ${line}`;
        empty = 0;
      }
    }
    return header.length === 2 ? text : `${text}\n`;
  }
}

const FLOW_START = /^[[{]/;

/** Spaces only: String.trim would also take no-break and other Unicode spaces, which YAML keeps. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isDash(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}

// Word characters of a key, and the characters a plain scalar in a flow collection may not hold.
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /[A-Za-z0-9_-]/.test(String.fromCharCode(c)) ? 1 : 0;
const FLOW_STOP = new Uint8Array(128);
for (const c of '"\'[]{}#&*!|>%@`?:') FLOW_STOP[c.charCodeAt(0)] = 1;

/**
 * The end of a key starting at `from`: a word (not null, true or false in any spelling) or a whole number
 * written as JavaScript writes it; `from` itself when there is no such key (so the caller finds no colon).
 */
function keyEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  let end = from + 1;
  if (first >= 48 && first <= 57) {
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    return (first === 48 && end > from + 1) || end - from > 9 ? from : end;
  }
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return from;
  for (let c = text.charCodeAt(end); c < 128 && WORD[c] === 1; c = text.charCodeAt(++end));
  if (end - from <= 5 && KEYWORD.test(text.slice(from, end))) return from;
  return end;
}

function flowMapping(text: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  const last = text.length - 1;
  if (text.charCodeAt(last) !== 125 /* } */) throw NO;
  let i = 1;
  while (text.charCodeAt(i) === 32) i++;
  if (i === last) return out;
  for (;;) {
    const colon = keyEnd(text, i);
    if (colon === i || text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== 32) throw NO;
    const key = text.slice(i, colon);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key)) throw NO;
    i = colon + 2;
    while (text.charCodeAt(i) === 32) i++;
    const start = i;
    let c = text.charCodeAt(i);
    while (i < last && c !== 44 /* , */) {
      if (c < 128 && FLOW_STOP[c] === 1) throw NO;
      c = text.charCodeAt(++i);
    }
    let end = i;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    if (end === start) throw NO;
    out[key] = flowScalar(text.slice(start, end));
    if (i === last) return out;
    i++;
    while (text.charCodeAt(i) === 32) i++;
    if (i === last) throw NO; // a trailing comma: left to the full parser
  }
}

function flowItems(text: string, close: string): string[] {
  if (!text.endsWith(close)) throw NO;
  const inner = text.slice(1, -1);
  if (FLOW_UNSAFE.test(inner)) throw NO;
  if (trimSpaces(inner) === '') return [];
  const items = inner.split(',');
  for (let k = 0; k < items.length; k++) {
    const item = trimSpaces(items[k]!);
    if (item === '') throw NO;
    items[k] = item;
  }
  return items;
}

function flowSequence(text: string): Value[] {
  return flowItems(text, ']').map(flowScalar);
}

function flowScalar(text: string): Value {
  if (text === '' || text.includes(':')) throw NO;
  const value = scalar(text);
  if (value === undefined) throw NO;
  return value;
}

// First characters of a plain scalar that need a closer look: indicators, and what may start a number or a
// null or boolean. Everything else starts a plain string.
const SPECIAL_START = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`+.0123456789~nNtTfF') SPECIAL_START[c.charCodeAt(0)] = 1;

function scalar(text: string): string | number | boolean | null | undefined {
  const c = text.charCodeAt(0);
  if (c < 128 && SPECIAL_START[c]) return special(text, c);
  return plain(text);
}

function plain(text: string): string | undefined {
  return text.includes(': ') || text.includes(' #') || text.charCodeAt(text.length - 1) === 58 /* : */ ? undefined : text;
}

function special(text: string, c: number): string | number | boolean | null | undefined {
  if (text.length === 1 && c >= 48 && c <= 57) return c - 48;
  if (c === 34 /* " */) {
    if (text.length < 2 || !text.endsWith('"')) return undefined;
    const inner = text.slice(1, -1);
    return inner.includes('"') || inner.includes('\\') ? undefined : inner;
  }
  if (c === 39 /* ' */) {
    if (text.length < 2 || !text.endsWith("'")) return undefined;
    const inner = text.slice(1, -1);
    return inner.includes("'") ? undefined : inner;
  }
  if (text.length <= 5) {
    if (NULL.test(text)) return null;
    if (BOOL.test(text)) return c === 116 || c === 84; // t T
  }
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return plain(text); // n N t T f F: a word
  if (INT.test(text)) {
    const n = Number.parseInt(text, 10);
    return Number.isSafeInteger(n) && !Object.is(n, -0) ? n : undefined;
  }
  if (FLOAT.test(text)) return text.length <= 15 ? Number(text) : undefined;
  return NOT_PLAIN.test(text) ? undefined : plain(text);
}
