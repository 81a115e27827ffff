// Schema validation with errors people can act on: each ajv error mapped to the line and column of the YAML
// node, the property named, floods collapsed, and a hint where YAML's typing surprises (1.10 is the number 1.1).
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as framework } from '../generated/framework.js';
import { validate as profile } from '../generated/profile.js';
import { validate as questions } from '../generated/questions.js';
import { validate as role } from '../generated/role.js';
import { validate as skill } from '../generated/skill.js';
import type { Problem } from '../core/problems.js';
import { closest } from '../core/suggest.js';
import type { ParsedFile } from './yaml.js';
import frameworkSchema from '../../schemas/framework.schema.json';
import skillSchema from '../../schemas/skill.schema.json';
import roleSchema from '../../schemas/role.schema.json';
import questionsSchema from '../../schemas/questions.schema.json';
import profileSchema from '../../schemas/profile.schema.json';

export const FILE_KINDS = ['framework', 'skill', 'role', 'questions', 'profile'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const VALIDATORS: Record<FileKind, ValidateFunction> = { framework, skill, role, questions, profile };
const SCHEMAS: Record<FileKind, unknown> = {
  framework: frameworkSchema,
  skill: skillSchema,
  role: roleSchema,
  questions: questionsSchema,
  profile: profileSchema,
};

/** Schema problems of one parsed file (none when it is valid). The file must have parsed. */
export function schemaProblems(kind: FileKind, parsed: ParsedFile): Problem[] {
  const validate = VALIDATORS[kind];
  if (validate(parsed.data)) return [];
  const all = collapse(validate.errors ?? []);
  // Each problem is located in the document (a search of its mapping): past the first MAX_PROBLEMS_PER_FILE
  // they are counted, not located, or 60,000 unknown keys would take minutes.
  const problems = all.slice(0, MAX_PROBLEMS_PER_FILE).map((error) => toProblem(kind, parsed, error));
  // One message per place: allErrors can report the same fault through two keywords.
  const seen = new Set<string>();
  const out = problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const more = all.length - MAX_PROBLEMS_PER_FILE;
  if (more > 0) out.push(notListed(parsed.file, more, 'error', 'schema', 'schema '));
  return out;
}

/** Problems listed per file (schema problems, and the profile checks past the schema); the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 100;

/** The line that stands for `count` problems of a file past the first MAX_PROBLEMS_PER_FILE: counted, not located. */
export function notListed(file: string, count: number, severity: Problem['severity'], rule: string, kind = ''): Problem {
  return { file, line: 0, column: 0, severity, rule, message: `+${count.toLocaleString('en-US')} more ${kind}problems in this file, not listed` };
}

/** Drop the noise: "must match then schema", and anyOf/oneOf summaries when a branch says something specific. */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'if');
  if (!specific.some((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) return specific; // the common case, linear
  return specific.filter((e) => {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') return true;
    return !specific.some((o) => o !== e && o.schemaPath.startsWith(e.schemaPath.replace(/\/(anyOf|oneOf)$/, '')) && o.keyword !== e.keyword);
  });
}

export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toProblem(kind: FileKind, parsed: ParsedFile, error: ErrorObject): Problem {
  const path = decodePointer(error.instancePath);
  let atKey = false;
  let message: string;
  const where = path.length ? `"${path[path.length - 1]}"` : 'the file';
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      message = `missing required property "${String(p.missingProperty)}"${path.length ? ` in ${describe(path)}` : ''}`;
      break;
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      path.push(property);
      atKey = true;
      const allowed = allowedProperties(SCHEMAS[kind], error.schemaPath);
      const guess = closest(property, allowed);
      message = `unknown property "${property}"` + (guess.length ? ` (did you mean "${guess[0]}"?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : '');
      break;
    }
    case 'false schema':
      atKey = true;
      message = `property ${where} is not allowed here` + falseSchemaHint(path);
      break;
    case 'type': {
      const got = describeValue(valueAt(parsed.data, path));
      message = `${where} must be ${article(String(p.type))} (got ${got})`;
      const text = parsed.locate(path).text;
      if (String(p.type).includes('string') && text !== undefined && /^[-+.\d]/.test(text)) {
        message += `: quote this value ("${text}") so YAML keeps it as written`;
      }
      break;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const value = String(valueAt(parsed.data, path));
      const guess = closest(value, allowed);
      message = `${where} must be one of ${allowed.join(', ')} (got "${value}")` + (guess.length ? `; did you mean "${guess[0]}"?` : '');
      break;
    }
    case 'pattern':
      // Ids are the usual pattern; a colour (site.accent) is the other.
      message = String(p.pattern).startsWith('^#')
        ? `${where} must be a CSS hex colour such as "#1d4f91" or "#c05", quoted (got "${String(valueAt(parsed.data, path))}")`
        : `${where} must be a kebab-case id: lowercase letters and digits joined by single dashes (got "${String(valueAt(parsed.data, path))}")`;
      break;
    case 'minimum':
    case 'maximum':
      message = `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)} (got ${describeValue(valueAt(parsed.data, path))})`;
      break;
    case 'minItems':
      message = `${where} needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
      break;
    case 'maxItems':
      message = `${where} takes at most ${String(p.limit)} items`;
      break;
    case 'minLength':
      message = `${where} must not be empty`;
      break;
    case 'maxLength':
      message = `${where} must be at most ${String(p.limit)} characters`;
      break;
    case 'minProperties':
      message = `${where} needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}`;
      break;
    default:
      message = `${where} ${error.message ?? 'is invalid'}`;
  }
  const pos = parsed.locate(path, atKey);
  return { file: parsed.file, line: pos.line, column: pos.column, severity: 'error', rule: 'schema', message };
}

function falseSchemaHint(path: string[]): string {
  const last = path[path.length - 1];
  if (last === 'weights') return ': a choice question weighs tracks in its options, not in weights';
  if (last === 'options') return ': only choice questions have options (agree questions have weights)';
  return '';
}

function describe(path: string[]): string {
  return path.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
}

function article(type: string): string {
  const words = type.split(',').map((t) => (t === 'integer' ? 'a whole number' : t === 'null' ? 'null' : t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : `a ${t}`));
  return words.join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

/** The property names the schema allows where an additionalProperties error was raised. */
function allowedProperties(schema: unknown, schemaPath: string): string[] {
  const parent = decodePointer(schemaPath.replace(/^#/, '').replace(/\/additionalProperties$/, ''));
  const node = valueAt(schema, [...parent, 'properties']);
  // Keys that are bare numbers in YAML (a skill's anchor levels) are allowed by patterns of one literal each.
  const patterns = valueAt(schema, [...parent, 'patternProperties']);
  const literals = patterns && typeof patterns === 'object' ? Object.keys(patterns).flatMap((p) => /^\^([\w-]+)\$$/.exec(p)?.[1] ?? []) : [];
  return [...(node && typeof node === 'object' ? Object.keys(node).filter((k) => k !== '$schema') : []), ...literals];
}
