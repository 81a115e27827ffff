// The fast way through a line of NDJSON on standard input: one pass over the text that checks what the schema
// and the framework rules would check while it builds the profile. JSON.parse is slow on a team's lines the
// first time it sees them (each profile has its own subset and order of skill ids, and V8 builds hidden classes
// for every one), and the schema check and the rules then walk the data twice more.
//
// It answers only for a line that the full path (JSON.parse, the schema, checkProfile) would accept with no
// problem at all, not even a warning, and then with the same data, keys in the same order. Anything else, or
// anything it is not sure of, is `undefined`: the caller reads that line the full way, which says what is wrong
// and where.
import type { FrameworkIndex } from '../core/index-framework.js';
import type { Profile } from '../core/types.js';

/**
 * The profile on one line of JSON, or undefined when the line is not a clean profile or the scan cannot tell
 * (a number other than one digit, a duplicate key, a control character, an unknown id...).
 */
export function scanProfileLine(line: string, index: FrameworkIndex): Profile | undefined {
  return scanProfile(line, 0, line.length, index);
}

/**
 * The same for the line `text[start, end)` of a larger text (no copy of the line is made): `end` is before its
 * line break, and before the `\r` of a CRLF break.
 */
export function scanProfile(text: string, start: number, end: number, index: FrameworkIndex, ratings?: number[]): Profile | undefined {
  const tables = tablesOf(index);
  src = text;
  at = start;
  stop = end;
  dense = ratings;
  try {
    return readProfile(tables);
  } finally {
    src = '';
    value = '';
    dense = undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// What the scan needs of a framework, built once per framework.

interface Tables {
  /** undefined if the version could not be matched as raw text: then a line naming any version is not clean. */
  version: string | undefined;
  roles: IdTable<undefined>;
  skills: IdTable<number>;
  questions: IdTable<QuestionEntry>;
  /** slot -> the stamp of the last object that held it: a second sighting in one object is a duplicate key. */
  skillSeen: Int32Array;
  questionSeen: Int32Array;
}

interface QuestionEntry {
  slot: number;
  /** A choice question's options; undefined for an agree question (a whole number 1..5). */
  options: IdTable<undefined> | undefined;
}

const tablesByIndex = new WeakMap<FrameworkIndex, Tables>();

function tablesOf(index: FrameworkIndex): Tables {
  let tables = tablesByIndex.get(index);
  if (tables) return tables;
  const version = index.framework.meta.version;
  tables = {
    version: typeof version === 'string' && isPlain(version) ? version : undefined,
    roles: new IdTable(index.roleIds.map((id) => [id, undefined])),
    skills: new IdTable(index.skillIds.map((id, slot) => [id, slot])),
    questions: new IdTable(
      index.questionIds.map((id, slot) => {
        const q = index.questions.get(id)!;
        return [id, { slot, options: q.type === 'choice' ? new IdTable(q.options.map((o) => [o.id, undefined])) : undefined }];
      }),
    ),
    skillSeen: new Int32Array(index.skillIds.length),
    questionSeen: new Int32Array(index.questionIds.length),
  };
  tablesByIndex.set(index, tables);
  return tables;
}

/** Text that JSON writes as it is, between quotes: no quote, backslash or control character. */
function isPlain(text: string): boolean {
  return text.length > 0 && !/["\\\u0000-\u001f]/.test(text);
}

interface IdEntry<T> {
  /** The id as a property key V8 has already interned: the records are built with it, not with a copy. */
  id: string;
  value: T;
  next: IdEntry<T> | undefined;
}

/**
 * Known ids, matched in place in the text: no slice, no string hashing. The bucket comes from the length and
 * three characters; the id is then compared. Ids that could not be matched as raw text, and the keys that
 * reach for prototypes, are left out, so a line using them is never clean.
 */
class IdTable<T> {
  // An open hash of the ids by length and three characters: an array read, not a Map lookup, per key scanned.
  private readonly buckets: (IdEntry<T> | undefined)[] = new Array<IdEntry<T> | undefined>(BUCKETS).fill(undefined);

  constructor(entries: ReadonlyArray<readonly [string, T]>) {
    const usable = entries.filter(([id]) => isPlain(id) && id !== '__proto__' && id !== 'constructor' && id !== 'prototype');
    // Object.keys hands back interned strings: the keys of every record built from this table.
    const interned = Object.keys(Object.fromEntries(usable.map(([id]) => [id, 0])));
    const byId = new Map(interned.map((id) => [id, id]));
    for (const [id, value] of usable) {
      const key = bucketOf(id, 0, id.length);
      this.buckets[key] = { id: byId.get(id) ?? id, value, next: this.buckets[key] };
    }
  }

  /** The entry of the id that is exactly `src[start, end)`. */
  find(start: number, end: number): IdEntry<T> | undefined {
    const length = end - start;
    for (let e = this.buckets[bucketOf(src, start, end)]; e !== undefined; e = e.next) {
      if (e.id.length === length && sameText(e.id, start)) return e;
    }
    return undefined;
  }
}

const BUCKETS = 4096;

function bucketOf(text: string, start: number, end: number): number {
  return ((end - start) * 961 + text.charCodeAt(start) * 31 + text.charCodeAt((start + end) >> 1) * 7 + text.charCodeAt(end - 1)) & (BUCKETS - 1);
}

/** `id` is at `src[start...]` (the caller checked the length): ids are short, a loop beats a builtin call. */
function sameText(id: string, start: number): boolean {
  for (let i = 0; i < id.length; i++) if (src.charCodeAt(start + i) !== id.charCodeAt(i)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// The scan. Its state is module-wide rather than passed around: the text, the position, the end of the line,
// the last free string read.

let src = '';
let at = 0;
let stop = 0;
let value = '';
/** Where the self ratings also go by skill slot (readRatings in src/core), when the caller asked for them. */
let dense: number[] | undefined;
/** Tells one object's keys from the previous one's in the `*Seen` arrays. */
let stamp = 0;

// Top-level properties, as bits: each may appear once.
const NAME = 1;
const ROLE = 2;
const RATINGS = 4;
const PREFERENCES = 8;
const MANAGER = 16;
const EVIDENCE = 32;
const ASSESSED = 64;
const VERSION = 128;
const INCOMPLETE = 256;
const SCHEMA = 512;
const MANAGER_ON = 1024;
const TOP = new IdTable<number>([
  ['name', NAME],
  ['current_role', ROLE],
  ['ratings', RATINGS],
  ['preferences', PREFERENCES],
  ['manager_ratings', MANAGER],
  ['evidence', EVIDENCE],
  ['assessed_on', ASSESSED],
  ['framework_version', VERSION],
  ['incomplete', INCOMPLETE],
  ['$schema', SCHEMA],
  ['manager_assessed_on', MANAGER_ON],
  // `history` is not here: a line with a history takes the full path (its entries may warn).
]);

// What follows a value in an object.
const MORE = 0;
const DONE = 1;
const BAD = 2;

function readProfile(t: Tables): Profile | undefined {
  skipSpace();
  if (src.charCodeAt(at) !== 0x7b /* { */ || at >= stop) return undefined;
  at++;
  // A plain object, as JSON.parse makes: its few key orders repeat from line to line, so their hidden classes
  // are shared. The id-keyed records inside are where the orders vary.
  const profile: Record<string, unknown> = {};
  let seen = 0;
  skipSpace();
  for (;;) {
    const key = findId(TOP);
    if (key === undefined || seen & key.value) return undefined;
    seen |= key.value;
    if (!colon()) return undefined;
    switch (key.value) {
      case ROLE: {
        const role = findId(t.roles);
        if (role === undefined) return undefined;
        profile[key.id] = role.id;
        break;
      }
      case VERSION:
        if (t.version === undefined || !readExactly(t.version)) return undefined;
        profile[key.id] = t.version;
        break;
      case NAME:
      case ASSESSED:
      case MANAGER_ON:
      case SCHEMA:
        if (!readString()) return undefined;
        profile[key.id] = value;
        break;
      case INCOMPLETE:
        if (src.startsWith('true', at)) {
          profile[key.id] = true;
          at += 4;
        } else if (src.startsWith('false', at)) {
          profile[key.id] = false;
          at += 5;
        } else return undefined;
        break;
      case EVIDENCE:
      case PREFERENCES:
      case RATINGS:
      case MANAGER: {
        const record =
          key.value === PREFERENCES
            ? readRecord(t.questions, t.questionSeen, questionSlot, answer)
            : readRecord(t.skills, t.skillSeen, skillSlot, key.value === RATINGS ? selfRating : key.value === MANAGER ? leadRating : evidenceText);
        if (record === undefined) return undefined;
        profile[key.id] = record;
        break;
      }
      default:
        return undefined;
    }
    const after = next();
    if (after === DONE) break;
    if (after === BAD) return undefined;
  }
  skipSpace();
  if (at !== stop || !(seen & ROLE)) return undefined;
  return profile as unknown as Profile;
}

/** An object keyed by id, its keys in the line's order as JSON.parse would give them. */
function record(): Record<string, unknown> {
  // Null-prototype: in dictionary mode from the start, so thousands of different key orders cost no hidden
  // classes (measured cold, ~30% cheaper to build than `{}`), and no key can reach a prototype.
  return Object.create(null) as Record<string, unknown>;
}

/** `{`, then true if the object is empty (and read), false if a key is due. `at` is -1 when there is no `{`. */
function open(): boolean {
  if (src.charCodeAt(at) !== 0x7b || at >= stop) {
    at = -1;
    return false;
  }
  at++;
  skipSpace();
  if (src.charCodeAt(at) === 0x7d && at < stop) {
    at++;
    return true;
  }
  return false;
}

/**
 * `{ "id": value, ... }` over the ids of `table`, each at most once (`seen`, by `slotOf` the entry), its keys
 * in the line's order as JSON.parse would give them; `readValue` reads the value at `at` into `out`, or says no.
 */
function readRecord<T>(
  table: IdTable<T>,
  seen: Int32Array,
  slotOf: (value: T) => number,
  readValue: (out: Record<string, unknown>, entry: IdEntry<T>) => boolean,
): Record<string, unknown> | undefined {
  const out = record();
  if (open()) return out;
  if (at < 0) return undefined;
  const own = nextStamp();
  for (;;) {
    const entry = findId(table);
    if (entry === undefined) return undefined;
    const slot = slotOf(entry.value);
    if (seen[slot] === own || !colon()) return undefined;
    seen[slot] = own;
    if (!readValue(out, entry)) return undefined;
    // A digit must stand alone: `3.0`, `3e0` or `35` leave something other than `,` or `}` next.
    const after = next();
    if (after !== MORE) return after === DONE ? out : undefined;
  }
}

const skillSlot = (slot: number) => slot;
const questionSlot = (q: QuestionEntry) => q.slot;

/** ratings: 0..5 or null; also into `dense` by skill slot when the caller asked for the array. */
function selfRating(out: Record<string, unknown>, skill: IdEntry<number>): boolean {
  const c = src.charCodeAt(at);
  if (c === 0x6e && src.startsWith('null', at)) {
    out[skill.id] = null;
    at += 4;
    return true;
  }
  if (!leadRating(out, skill)) return false;
  if (dense) dense[skill.value] = c - 0x30;
  return true;
}

/** manager_ratings: 0..5. */
function leadRating(out: Record<string, unknown>, skill: IdEntry<number>): boolean {
  const c = src.charCodeAt(at);
  if (c < 0x30 || c > 0x35) return false;
  out[skill.id] = c - 0x30;
  at++;
  return true;
}

/** evidence: a line of text. */
function evidenceText(out: Record<string, unknown>, skill: IdEntry<number>): boolean {
  if (!readString()) return false;
  out[skill.id] = value;
  return true;
}

/** preferences: 1..5 for an agree question, one of its option ids for a choice question. */
function answer(out: Record<string, unknown>, question: IdEntry<QuestionEntry>): boolean {
  const { options } = question.value;
  if (options === undefined) {
    const c = src.charCodeAt(at);
    if (c < 0x31 || c > 0x35) return false;
    out[question.id] = c - 0x30;
    at++;
    return true;
  }
  const option = findId(options);
  if (option === undefined) return false;
  out[question.id] = option.id;
  return true;
}

/** The quoted string at `at` if it is one of the table's ids (no escapes: known ids have nothing to escape). */
function findId<T>(table: IdTable<T>): IdEntry<T> | undefined {
  if (src.charCodeAt(at) !== 0x22 || at >= stop) return undefined;
  const start = at + 1;
  const end = src.indexOf('"', start);
  if (end < 0 || end >= stop) return undefined;
  // A backslash inside (an escaped quote, say) makes a string no id matches.
  const entry = table.find(start, end);
  if (entry !== undefined) at = end + 1;
  return entry;
}

/** The quoted string at `at` if it is exactly `expected` (plain text, see isPlain). */
function readExactly(expected: string): boolean {
  if (src.charCodeAt(at) !== 0x22 || at >= stop) return false;
  const end = at + 1 + expected.length;
  if (end >= stop || src.charCodeAt(end) !== 0x22 || !src.startsWith(expected, at + 1)) return false;
  at = end + 1;
  return true;
}

/** After a value in an object: `,` (another key is due), `}` (the object is done), or anything else. */
function next(): typeof MORE | typeof DONE | typeof BAD {
  skipSpace();
  if (at >= stop) return BAD;
  const c = src.charCodeAt(at++);
  if (c === 0x2c /* , */) {
    skipSpace();
    return MORE;
  }
  return c === 0x7d /* } */ ? DONE : BAD;
}

function colon(): boolean {
  skipSpace();
  if (src.charCodeAt(at) !== 0x3a /* : */ || at >= stop) return false;
  at++;
  skipSpace();
  return true;
}

/** JSON's four whitespace characters; line breaks only occur in a whole pretty-printed file, never in a line. */
function skipSpace(): void {
  for (;;) {
    const c = src.charCodeAt(at);
    if ((c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || at >= stop) return;
    at++;
  }
}

function nextStamp(): number {
  if (stamp === 0x7fffffff) stamp = 0; // after 2^31 objects the stamps start again; 0 never marks a key
  return ++stamp;
}

/** A free JSON string at `at` into `value`; false if there is none, or it holds a control character. */
function readString(): boolean {
  if (src.charCodeAt(at) !== 0x22 || at >= stop) return false;
  const start = ++at;
  for (;;) {
    // Past the end of the line comes a line break, and past the text NaN: both fail `>= 0x20`.
    const c = src.charCodeAt(at);
    if (c === 0x22) break;
    if (c === 0x5c /* \ */) return readEscaped(start);
    if (!(c >= 0x20)) return false;
    at++;
  }
  value = src.slice(start, at);
  at++;
  return at <= stop;
}

/** A string with escapes: its end found here, its decoding left to JSON.parse, which is exact by definition. */
function readEscaped(start: number): boolean {
  for (;;) {
    const c = src.charCodeAt(at);
    if (c === 0x22) break;
    if (!(c >= 0x20) || at >= stop) return false;
    at += c === 0x5c ? 2 : 1;
  }
  at++;
  if (at > stop) return false;
  try {
    value = JSON.parse(src.slice(start - 1, at)) as string;
  } catch {
    return false;
  }
  return true;
}
