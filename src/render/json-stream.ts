// toJson's text (src/render/json.ts: JSON.stringify with two-space indent, invisible characters escaped, a final
// newline) written in pieces: a team report of 95,000 people is past the longest string V8 can make ("Invalid
// string length"), and 400,000 people make 1.7 GB. A value with more than a few hundred parts is written member by
// member; a smaller one (a person's row) is one JSON.stringify, indented to where it stands.
import type { Sink } from './formats.js';
import { escapeInvisibleJson } from './neutral.js';

/** About this many characters are written at a time. */
const PIECE = 1 << 16;
/** Items of a list of small items stringified at a time. */
const BATCH = 256;

/**
 * `items` as JSON.stringify(…, null, 2) writes them in a list whose items stand at `indent` (2 spaces or more),
 * joined with ",\n" + indent, less the first indent. The list is wrapped in one-member objects until its items
 * stand there, and the wrapping is cut off again: JSON.stringify does the indenting, not a search and replace.
 */
function itemsAt(items: readonly unknown[], indent: string): string {
  const levels = indent.length / 2 - 1;
  let wrapped: unknown = items;
  for (let j = 0; j < levels; j++) wrapped = { x: wrapped };
  const text = JSON.stringify(wrapped, null, 2);
  // Before the first item: '{\n' + 2j spaces + '"x": ' for each level j, then '[\n' and the indent. After the
  // last: '\n' + the list's indent + ']', then '\n' + 2(j - 1) spaces + '}' for each level.
  const head = 7 * levels + levels * (levels + 1) + 2 + indent.length;
  const tail = indent.length + 2 * levels + levels * (levels - 1);
  return text.slice(head, text.length - tail);
}

/** A value with at most this many parts (members and items, all the way down) is written with one JSON.stringify. */
const SMALL = 512;

export function writeJson(value: unknown, write: Sink): void {
  const out = new Pieces(write);
  const text = member(value, '', out);
  // A value JSON leaves out altogether (undefined, a function): JSON.stringify gives undefined, toJson "undefined".
  if (text === undefined) out.add('undefined');
  out.add('\n');
  out.flush();
}

class Pieces {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly write: Sink) {}
  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= PIECE) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.write(escapeInvisibleJson(this.parts.join('')));
    this.parts = [];
    this.size = 0;
  }
}

/**
 * Writes `value` as it stands at `indent`, the way JSON.stringify(…, null, 2) would; returns undefined, writing
 * nothing, for a value JSON leaves out of an object (undefined, a function, a symbol).
 */
function member(raw: unknown, indent: string, out: Pieces): '' | undefined {
  const value = typeof (raw as { toJSON?: unknown } | null)?.toJSON === 'function' ? (raw as { toJSON: () => unknown }).toJSON() : raw;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value !== 'object') {
    out.add(JSON.stringify(value));
    return '';
  }
  const inner = `${indent}  `;
  const whole = small(value);
  if (Array.isArray(value) && value.length > 0 && !whole) {
    out.add('[');
    // A list of small items (people's rows) goes BATCH at a time through one JSON.stringify, which indents them
    // natively where they stand: stringifying each and indenting it afterwards cost half as much again as all
    // the rest of the report (issue 16, measured in instructions).
    const batched = small(value[0] as object);
    for (let i = 0; i < value.length; ) {
      out.add(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (batched) {
        const batch = value.slice(i, i + BATCH);
        out.add(itemsAt(batch, inner));
        i += batch.length;
      } else {
        if (member(value[i], inner, out) === undefined) out.add('null');
        i++;
      }
    }
    out.add(`\n${indent}]`);
    return '';
  }
  if (!Array.isArray(value) && !whole) {
    let first = true;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (!kept(v)) continue;
      out.add(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      member(v, inner, out);
      first = false;
    }
    out.add(first ? '{}' : `\n${indent}}`);
    return '';
  }
  const text = JSON.stringify(value, null, 2);
  out.add(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
  return '';
}

/** Whether `value` has at most SMALL parts; stops counting there (a list of 100,000 is not walked). */
function small(value: object): boolean {
  let left = SMALL;
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return true;
    const parts: readonly unknown[] = Array.isArray(v) ? v : Object.values(v);
    left -= parts.length;
    if (left < 0) return false;
    for (const part of parts) if (!walk(part)) return false;
    return true;
  };
  return walk(value);
}

/** Whether JSON.stringify writes an object member with this value. */
function kept(v: unknown): boolean {
  const value = typeof (v as { toJSON?: unknown } | null)?.toJSON === 'function' ? (v as { toJSON: () => unknown }).toJSON() : v;
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
