// The fuzzer: a deterministic mutator (seeded PRNG) over copies of the shipped data files and some fixture
// profiles, and one case = one seed: the seed picks the file, the mutations and where they fall, so any
// failure replays exactly from its seed (FUZZ_REPLAY=<seed>).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA, FULL_PROFILE, prng, ROOT } from './helpers.js';

export interface Seed {
  /** Where it came from (relative to the repository). */
  name: string;
  kind: 'framework' | 'profile';
  /** For framework files: where it goes in a framework folder. */
  rel?: string;
  bytes: Buffer;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name)) : /\.(ya?ml|json)$/.test(e.name) ? [join(dir, e.name)] : []));
}

export function seeds(): Seed[] {
  const framework = filesBelow(DATA).map((abs): Seed => ({ name: relative(ROOT, abs), kind: 'framework', rel: relative(DATA, abs), bytes: readFileSync(abs) }));
  const fixtures = join(ROOT, 'test', 'fixtures');
  const profiles = [...filesBelow(join(fixtures, 'personas')), ...filesBelow(join(fixtures, 'team')), ...filesBelow(join(fixtures, 'team-bad'))].map(
    (abs): Seed => ({ name: relative(ROOT, abs), kind: 'profile', bytes: readFileSync(abs) }),
  );
  // A JSON profile too, so JSON.parse and its error positions are fuzzed.
  const json = Buffer.from(JSON.stringify({ current_role: 'support-technician', ratings: { troubleshooting: 3, empathy: null }, preferences: { 'best-day': 'cracked-a-hard-case' } }, null, 2));
  return [...framework, ...profiles, { name: 'FULL_PROFILE', kind: 'profile', bytes: Buffer.from(FULL_PROFILE) }, { name: 'profile.json', kind: 'profile', bytes: json }];
}

// Pieces of YAML (and of trouble) to insert: they reach deeper into the parser than random bytes do.
const PIECES = ['\n', '\r\n', '\t', ' ', '  ', ':', ': ', '- ', '? ', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!!str ', '!!js/function ', '!t ', '---\n', '...\n', '|', '>-', '%YAML 1.1\n', '<<: ', '__proto__: ', 'constructor', '1.10', '012', '~', 'null', '\u0000', '\u001b[2J', '\ufeff', '\u00e9', '🛠', '\\', '%'];

export interface Mutated {
  bytes: Buffer;
  /** What was done, for the failure report. */
  ops: string[];
}

/** 1 to 4 mutations of `input`, all decided by `random`. */
export function mutate(input: Buffer, random: () => number): Mutated {
  let bytes = Buffer.from(input);
  const ops: string[] = [];
  const int = (n: number) => Math.floor(random() * n);
  const lines = () => bytes.toString('latin1').split('\n');
  const fromLines = (list: string[]) => Buffer.from(list.join('\n'), 'latin1');
  const count = 1 + int(4);
  for (let k = 0; k < count; k++) {
    const op = int(9);
    const at = int(bytes.length + 1);
    switch (op) {
      case 0: {
        // flip one bit (or a whole byte) anywhere
        if (bytes.length === 0) break;
        const i = int(bytes.length);
        const mask = random() < 0.5 ? 1 << int(8) : 1 + int(255);
        bytes[i] = bytes[i]! ^ mask;
        ops.push(`flip byte ${i} ^ ${mask}`);
        break;
      }
      case 1:
        bytes = bytes.subarray(0, at);
        ops.push(`truncate at ${at}`);
        break;
      case 2: {
        const list = lines();
        const i = int(list.length);
        const j = int(list.length);
        [list[i], list[j]] = [list[j]!, list[i]!];
        bytes = fromLines(list);
        ops.push(`swap lines ${i + 1} and ${j + 1}`);
        break;
      }
      case 3: {
        const list = lines();
        const i = int(list.length);
        list.splice(i, 0, list[i]!);
        bytes = fromLines(list);
        ops.push(`duplicate line ${i + 1}`);
        break;
      }
      case 4: {
        const n = 1 + int(8);
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + n)]);
        ops.push(`delete ${n} bytes at ${at}`);
        break;
      }
      case 5: {
        const piece = PIECES[int(PIECES.length)]!;
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(piece), bytes.subarray(at)]);
        ops.push(`insert ${JSON.stringify(piece)} at ${at}`);
        break;
      }
      case 6: {
        const list = lines();
        const i = int(list.length);
        list.splice(i, 1);
        bytes = fromLines(list);
        ops.push(`delete line ${i + 1}`);
        break;
      }
      case 7: {
        // change an indentation: YAML's structure is in it
        const list = lines();
        const i = int(list.length);
        list[i] = random() < 0.5 ? `  ${list[i]}` : list[i]!.replace(/^ {1,2}/, '');
        bytes = fromLines(list);
        ops.push(`re-indent line ${i + 1}`);
        break;
      }
      default: {
        // repeat a short region many times (long lines, deep flow nesting when it holds a bracket)
        const n = 1 + int(16);
        const times = 2 + int(300);
        const region = bytes.subarray(at, at + n);
        bytes = Buffer.concat([bytes.subarray(0, at), ...Array.from({ length: times }, () => region), bytes.subarray(at + n)]);
        ops.push(`repeat ${n} bytes at ${at} x${times}`);
      }
    }
  }
  return { bytes, ops };
}

export interface FuzzCase {
  seed: number;
  source: Seed;
  mutated: Mutated;
}

export function fuzzCase(seed: number, all: readonly Seed[]): FuzzCase {
  const random = prng(seed);
  const source = all[Math.floor(random() * all.length)]!;
  return { seed, source, mutated: mutate(source.bytes, random) };
}

/** Case count and base seed for this run: FUZZ_CASES, FUZZ_SEED; FUZZ_REPLAY=<seed> runs that one case. */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): { seeds: number[]; perCaseMs: number } {
  const replay = env.FUZZ_REPLAY;
  if (replay) return { seeds: replay.split(',').map(Number), perCaseMs: Number(env.FUZZ_CASE_MS ?? 2_000) };
  const cases = Number(env.FUZZ_CASES ?? 400);
  const base = Number(env.FUZZ_SEED ?? 20_251_122);
  return { seeds: Array.from({ length: cases }, (_, i) => base + i), perCaseMs: Number(env.FUZZ_CASE_MS ?? 2_000) };
}
