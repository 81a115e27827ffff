// Shared by the hardening tests: a small framework to break (fast to load), snapshots of a folder to prove
// nothing that existed was changed, an asynchronous CLI runner (so corpus rows can run side by side), and a
// seeded PRNG so every generated or mutated case replays exactly.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gen } from '../helpers/bench-generator.js';
import { BIN, DATA, ROOT } from '../helpers/fixtures.js';

export { BIN, DATA, ROOT };

export const IS_ROOT = process.getuid?.() === 0;
/** Root reads and writes through any permission bits: such rows are skipped with this reason. */
export const ROOT_SKIP = 'running as root: permission bits do not stop root, so this cannot be provoked here';

/** A stack trace line, as Node prints them. */
export const STACK_LINE = /^\s+at /m;

// ---------------------------------------------------------------------------------------------------------
// A small framework: framework.yaml as shipped, one skill, two roles and two questions (one of each type), so
// that every optional field of every file kind is present and a load takes a few milliseconds.

export const MINI_QUESTIONS = `# yaml-language-server: $schema=../schemas/questions.schema.json
questions:
  - id: solve-what-nobody-can
    type: agree
    text: I'd rather solve the case nobody else can than run the team.
    weights: { expert: 1, management: -0.6 }
  - id: best-day
    type: choice
    text: Which of these would make your best day at work?
    options:
      - { id: cracked-a-hard-case, label: Cracking a hard case, weights: { expert: 1 } }
      - { id: team-beat-targets, label: Your team beating its targets, weights: { management: 1, foundation: 0.2 } }
`;

export const MINI_TECHNICIAN = `# yaml-language-server: $schema=../../schemas/role.schema.json
id: support-technician
title: Support Technician
level: 1
track: foundation
entry: true
summary: The first point of contact for customers seeking help.
responsibilities:
  - Respond to customer calls, emails and chats.
how_to_get_here:
  - Start in any customer-facing job.
skills:
  - { skill: troubleshooting, level: 2, importance: 5 }
certifications:
  - CompTIA A+
next:
  - role: technical-support-specialist
    type: promotion
    note: Once you resolve common issues on your own.
`;

export const MINI_SPECIALIST = `# yaml-language-server: $schema=../../schemas/role.schema.json
id: technical-support-specialist
title: Technical Support Specialist
level: 2
track: foundation
entry: false
summary: Handles the harder technical cases.
responsibilities:
  - Resolve escalated technical cases.
how_to_get_here:
  - Resolve common issues on your own.
skills:
  - { skill: troubleshooting, level: 3, importance: 5 }
`;

export const MINI_FILES: Record<string, string> = {
  'framework.yaml': readFileSync(join(DATA, 'framework.yaml'), 'utf8'),
  'questions.yaml': MINI_QUESTIONS,
  'skills/troubleshooting.yaml': readFileSync(join(DATA, 'skills', 'troubleshooting.yaml'), 'utf8'),
  'roles/support-technician.yaml': MINI_TECHNICIAN,
  'roles/technical-support-specialist.yaml': MINI_SPECIALIST,
};

/** Writes the small framework into `dir` (created), with `changes` applied: path -> text or bytes, null deletes. */
export function writeMini(dir: string, changes: Record<string, string | Buffer | null> = {}): string {
  const files: Record<string, string | Buffer | null> = { ...MINI_FILES, ...changes };
  for (const [rel, content] of Object.entries(files)) {
    if (content === null) continue;
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** A valid profile against the shipped framework, with every field of the profile schema present. */
export const FULL_PROFILE = `# yaml-language-server: $schema=../schemas/profile.schema.json
name: Sam Patel
current_role: customer-support-representative
assessed_on: "2025-02-11"
framework_version: "1.0.0"
incomplete: false
ratings:
  troubleshooting: 3
  empathy: 4
  active-listening: null
preferences:
  solve-what-nobody-can: 4
  best-day: cracked-a-hard-case
manager_ratings:
  troubleshooting: 2
evidence:
  empathy: Calmed an angry customer and kept the account.
manager_assessed_on: "2025-02-12"
history:
  - assessed_on: "2024-08-01"
    current_role: customer-support-representative
    framework_version: "1.0.0"
    ratings:
      troubleshooting: 2
      empathy: null
    evidence:
      empathy: Stayed calm on the outage call.
    preferences:
      best-day: cracked-a-hard-case
    manager_ratings:
      troubleshooting: 2
    manager_assessed_on: "2024-08-03"
`;

// ---------------------------------------------------------------------------------------------------------
// Snapshots: what a folder holds, to prove a command changed nothing it should not have.

export interface Entry {
  kind: 'file' | 'dir' | 'link' | 'other';
  size: number;
  mtimeMs: number;
  mode: number;
  hash?: string;
  target?: string;
}

/** Every entry below `root` (symbolic links not followed), by relative path. */
export function snapshot(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const visit = (rel: string) => {
    const abs = rel ? join(root, rel) : root;
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch {
      return; // unreadable for us too: nothing to compare below it
    }
    for (const name of names.sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const p = join(root, r);
      const s = lstatSync(p);
      const base = { size: s.size, mtimeMs: s.mtimeMs, mode: s.mode };
      if (s.isSymbolicLink()) out.set(r, { kind: 'link', ...base, target: readlinkSync(p) });
      else if (s.isDirectory()) {
        out.set(r, { kind: 'dir', ...base, mtimeMs: 0, size: 0 });
        visit(r);
      } else if (s.isFile()) {
        let hash: string;
        try {
          hash = createHash('sha256').update(readFileSync(p)).digest('hex');
        } catch {
          hash = 'unreadable';
        }
        out.set(r, { kind: 'file', ...base, hash });
      } else out.set(r, { kind: 'other', ...base });
    }
  };
  visit('');
  return out;
}

/**
 * What changed between two snapshots, as readable lines: entries changed or removed, and new entries other
 * than `allowed` (the outputs a successful command may create). Empty when all is as it should be.
 */
export function changes(before: Map<string, Entry>, after: Map<string, Entry>, allowed: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [rel, a] of before) {
    const b = after.get(rel);
    if (!b) out.push(`removed: ${rel}`);
    else if (a.kind !== b.kind || a.size !== b.size || a.hash !== b.hash || a.mtimeMs !== b.mtimeMs || a.target !== b.target || a.mode !== b.mode) {
      out.push(`changed: ${rel} (${a.kind} ${a.size} B ${a.hash?.slice(0, 8) ?? ''} -> ${b.kind} ${b.size} B ${b.hash?.slice(0, 8) ?? ''})`);
    }
  }
  for (const rel of after.keys()) if (!before.has(rel) && !allowed.includes(rel)) out.push(`new: ${rel}`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The CLI, spawned asynchronously.

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  cwd: string;
  /** Text or bytes piped in; 'closed' gives no stdin at all (fd 0 closed); { file } redirects from a file; default an empty pipe. */
  stdin?: string | Buffer | 'closed' | { file: string };
  env?: Record<string, string | undefined>;
  /** Extra arguments for node itself, before the script (e.g. --import <preload>). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

export function cli(args: string[], options: CliOptions): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined, RUNGS_DATA: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const closed = options.stdin === 'closed';
  const fromFile = typeof options.stdin === 'object' && !Buffer.isBuffer(options.stdin) ? openSync(options.stdin.file, 'r') : undefined;
  const piped = !closed && fromFile === undefined;
  // A closed fd 0 (not /dev/null): the shell closes it before exec-ing node.
  const command = closed ? '/bin/sh' : process.execPath;
  const argv = closed
    ? ['-c', 'exec 0<&- "$0" "$@"', process.execPath, ...(options.nodeArgs ?? []), BIN, ...args]
    : [...(options.nodeArgs ?? []), BIN, ...args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: options.cwd, env: env as NodeJS.ProcessEnv, stdio: [closed ? 'ignore' : (fromFile ?? 'pipe'), 'pipe', 'pipe'] });
    if (fromFile !== undefined) closeSync(fromFile);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - started });
    });
    if (piped) {
      child.stdin!.on('error', () => {}); // the CLI may exit before reading everything (EPIPE)
      child.stdin!.end((options.stdin as string | Buffer | undefined) ?? '');
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// A seeded PRNG: every generated case names its seed and replays exactly. The benchmark's generator's (mulberry32).
export const prng: (seed: number) => () => number = gen.mulberry32;

/** Object.prototype's own keys, to prove that nothing was added to it. */
export function prototypeKeys(): string[] {
  return Reflect.ownKeys(Object.prototype).map(String).sort();
}
