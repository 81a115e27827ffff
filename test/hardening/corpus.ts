// The adversarial corpus, as data: one row per case. A row says how to set up a temp folder, which command to
// run in it, and what must come out: the exit code, a line (regex) on stdout or stderr, and which files the
// command may create. The driver (corpus.test.ts) adds the checks every row shares: no stack trace, nothing
// that existed before changed or removed, no partial or temporary file left behind.
//
// Adding a case is adding a row. The YAML faults are crossed with the four ways a file is read (a framework
// file through `validate` and through `roles --data`, a profile through `recommend` and through `report`).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FULL_PROFILE, IS_ROOT, MINI_FILES, UNPRIVILEGED, prng, writeMini } from './helpers.js';

export type CaseClass = 'yaml' | 'shape' | 'files' | 'output' | 'text' | 'interaction' | 'limits';

export interface Case {
  class: CaseClass;
  name: string;
  /** Writes the files the case needs into its own temp folder (the working directory of the command). */
  setup: (dir: string) => void;
  /** The command line; a function of the temp folder where it needs absolute paths. */
  args: string[] | ((dir: string) => string[]);
  stdin?: string | Buffer | 'closed' | { file: string };
  /** A shell snippet run before the CLI in the shell that execs it: a redirection (`exec 1>&-`), a cd. */
  shell?: string;
  env?: Record<string, string | undefined>;
  /** Arguments for node itself (the no-network preload). */
  nodeArgs?: (dir: string) => string[];
  exit: number;
  /** A line of stdout must match (multiline regex). */
  stdout?: RegExp;
  /** A line of stderr must match. */
  stderr?: RegExp;
  /** Must match neither stdout nor stderr. */
  absent?: RegExp;
  /** Files (relative) the command creates, complete; anything else new is a leftover and fails the case. */
  creates?: string[];
  /** Existing files the command may replace (an earlier output); all others must stay as they were. */
  replaces?: string[];
  /** A reason to skip the row. */
  skip?: string;
  /**
   * Run as an unprivileged user: a permission case. Under root the folder is handed to nobody and the CLI runs
   * as nobody (skipped, saying why, where there is no such user); otherwise as the current user.
   */
  user?: 'unprivileged';
  /** More checks after the run, on the folder (a mode kept, a file written through a link). Throws to fail. */
  after?: (dir: string) => void;
  /** Upper bound on the run time, spawn included. */
  maxMs?: number;
}

// ---------------------------------------------------------------------------------------------------------
// YAML faults, each a function of the valid text of the file it breaks.

interface Fault {
  name: string;
  /** The broken content; `json` writes it as a .json file instead. */
  make: (base: string) => string | Buffer;
  json?: boolean;
  /** Read without a problem (a BOM, CRLF). */
  ok?: boolean;
  /** Where the problem is (a regex source for line:col), or undefined for a problem about the whole file. */
  at?: (base: string) => string;
  /** The message (a regex source). */
  message: string;
  /** The rule named at the end of the line (not in the one-line summary of a broken active framework). */
  rule?: string;
}

const MB = 1024 * 1024;
/** The 1-based line a text appended to `base` starts on. */
const nextLine = (base: string) => base.split('\n').length;
const firstKey = (base: string) => /^([A-Za-z_]+):/m.exec(base)![1]!;

function billionLaughs(): string {
  const lines = ['lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) lines.push(`lol${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function randomBytes(seed: number, length: number, high: boolean): Buffer {
  const random = prng(seed);
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * (high ? 256 : 128));
  bytes[0] = high ? 0xff : 0x00; // the first byte already gives it away
  return bytes;
}

const FAULTS: Fault[] = [
  { name: 'a syntax error', rule: 'yaml-syntax', make: (b) => `${b}broken: [unclosed, list\n`, at: () => '\\d+:\\d+', message: '.+' },
  { name: 'a tab as indentation', rule: 'yaml-syntax', make: (b) => `${b}extra:\n\tkey: value\n`, at: (b) => `${nextLine(b) + 1}:1`, message: 'tabs are not allowed as indentation in YAML; indent with spaces' },
  { name: 'a duplicate key', rule: 'duplicate-key', make: (b) => `${b}${firstKey(b)}: again\n`, at: (b) => `${nextLine(b)}:1`, message: 'duplicate key: a key may appear only once in a mapping' },
  { name: 'a billion-laughs alias bomb', rule: 'yaml-syntax', make: (b) => `${b}${billionLaughs()}`, at: () => '1:1', message: 'too many aliases \\(\\*name\\) to expand: over the limit of 100' },
  { name: '10,000-deep flow nesting', rule: 'yaml-syntax', make: (b) => `${b}deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, at: (b) => `${nextLine(b)}:\\d+`, message: 'the data is nested more than 200 levels deep' },
  { name: '10,000-deep block nesting', rule: 'yaml-syntax', make: (b) => `${b}deep:\n  ${'- '.repeat(10_000)}x\n`, at: (b) => `${nextLine(b) + 1}:\\d+`, message: 'the data is nested more than 200 levels deep' },
  { name: 'a 50 MB file', rule: 'file-too-large', make: () => Buffer.alloc(50 * MB, 'key: value\n'), message: 'the file is 50\\.0 MB, over the limit of 1\\.0 MB \\(raise it with --max-file-size\\)' },
  { name: 'an empty file', rule: 'empty-file', make: () => '', at: () => '1:1', message: 'the (file|profile) is empty' },
  { name: 'a file of only comments', rule: 'empty-file', make: () => '# nothing here yet\n# still nothing\n', at: () => '1:1', message: 'the (file|profile) is empty' },
  { name: 'a list as a key', rule: 'yaml-syntax', make: (b) => `${b}? [a, b]\n: c\n`, at: (b) => `${nextLine(b)}:3`, message: 'a key must be a plain value, not a list or a mapping' },
  { name: 'two documents in one file', rule: 'yaml-syntax', make: (b) => `${b}---\n${b}`, at: (b) => `${nextLine(b)}:1`, message: 'the file holds more than one YAML document' },
  { name: 'a UTF-8 byte order mark', make: (b) => `\ufeff${b}`, ok: true, message: '' },
  { name: 'CRLF line endings', make: (b) => b.replace(/\n/g, '\r\n'), ok: true, message: '' },
  { name: 'invalid UTF-8', rule: 'unreadable', make: (b) => Buffer.concat([Buffer.from(`${b}note: caf`), Buffer.from([0xe9]), Buffer.from('\n')]), at: (b) => `${nextLine(b)}:10`, message: 'the file is not valid UTF-8 text' },
  { name: 'binary garbage', rule: 'unreadable', make: () => randomBytes(6, 4096, true), at: () => '1:1', message: 'the file is not valid UTF-8 text' },
  { name: 'binary garbage that is valid UTF-8', rule: 'yaml-syntax', make: () => randomBytes(7, 4096, false), at: () => '1:1', message: 'control character U\\+0000 in the text, which YAML does not allow \\(is this a binary file\\?\\)' },
  {
    name: 'a JSON file with a trailing comma', rule: 'json-syntax',
    json: true,
    make: (b) => JSON.stringify(parseYaml(b), null, 2).replace(/\n}$/, ',\n}\n'),
    at: () => '\\d+:\\d+',
    message: 'invalid JSON: .+',
  },
  {
    name: 'a !!js/function tag (no code runs)', rule: 'unsupported-tag',
    make: (b) => `${b}hook: !!js/function "function () { process.exit(42) }"\n`,
    at: (b) => `${nextLine(b)}:7`,
    message: 'the YAML tag !!js/function is not supported: rungs files hold plain data only',
  },
  { name: 'a !!set tag (no YAML 1.1 types)', rule: 'unsupported-tag', make: (b) => `${b}hook: !!set { a, b }\n`, at: (b) => `${nextLine(b)}:7`, message: 'the YAML tag !!set is not supported' },
];

/** `<file>:<line>:<col>` or `<file>` alone, as a regex source. */
const where = (file: string, fault: Fault, base: string) => `${esc(file)}${fault.at ? `:${fault.at(base)}` : ''}`;
/** The end of a problem line: the rule, and on a one-line error the count of the others. */
const tail = (fault: Fault) => `.* \\[${fault.rule}\\]( \\(and \\d+ more\\))?$`;

const FRAMEWORK_TARGETS = ['framework.yaml', 'questions.yaml', 'roles/technical-support-specialist.yaml', 'skills/troubleshooting.yaml'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function writeFault(dir: string, fault: Fault, base: string, rel: string): string {
  const content = fault.make(base);
  const target = fault.json ? rel.replace(/\.yaml$/, '.json') : rel;
  mkdirSync(join(dir, target, '..'), { recursive: true });
  writeFileSync(join(dir, target), content);
  return target;
}

function yamlRows(): Case[] {
  const rows: Case[] = [];
  FAULTS.forEach((fault, i) => {
    const shownRel = (rel: string) => `fw/${fault.json ? rel.replace(/\.yaml$/, '.json') : rel}`;
    // A framework file, checked by validate: every problem listed on stdout.
    {
      const rel = FRAMEWORK_TARGETS[i % FRAMEWORK_TARGETS.length]!;
      const base = MINI_FILES[rel]!;
      rows.push({
        class: 'yaml',
        name: `${fault.name} in ${rel}, via validate`,
        setup: (dir) => {
          writeMini(join(dir, 'fw'), { [rel]: null });
          writeFault(join(dir, 'fw'), fault, base, rel);
        },
        args: ['validate', 'fw'],
        exit: fault.ok ? 0 : 1,
        stdout: fault.ok ? /\(0 errors,|no problems/ : new RegExp(`^${where(shownRel(rel), fault, base)}: error: ${fault.message}${tail(fault)}`, 'm'),
        maxMs: 10_000,
      });
    }
    // Another framework file, as the active framework of a browsing command: one line on stderr naming it.
    {
      const rel = FRAMEWORK_TARGETS[(i + 2) % FRAMEWORK_TARGETS.length]!;
      const base = MINI_FILES[rel]!;
      rows.push({
        class: 'yaml',
        name: `${fault.name} in ${rel}, via roles --data`,
        setup: (dir) => {
          writeMini(join(dir, 'fw'), { [rel]: null });
          writeFault(join(dir, 'fw'), fault, base, rel);
        },
        args: ['roles', '--data', 'fw', '-o', 'roles.txt'],
        exit: fault.ok ? 0 : 1,
        ...(fault.ok
          ? { creates: ['roles.txt'] }
          : { stderr: new RegExp(`^rungs: the framework in fw has 1 error \\(first: ${where(shownRel(rel), fault, base)}: ${fault.message}`, 'm') }),
        maxMs: 10_000,
      });
    }
    // A profile, read by recommend (one line, exit 1, no advice file) and by report (listed, the others used).
    const profileName = fault.json ? 'me.json' : 'me.yaml';
    rows.push({
      class: 'yaml',
      name: `${fault.name} in a profile, via recommend`,
      setup: (dir) => writeFault(dir, fault, FULL_PROFILE, 'me.yaml'),
      args: ['recommend', profileName, '-o', 'advice.md', '-f', 'markdown'],
      exit: fault.ok ? 0 : 1,
      ...(fault.ok ? { creates: ['advice.md'] } : { stderr: new RegExp(`^rungs: ${where(profileName, fault, FULL_PROFILE)}: error: ${fault.message}${tail(fault)}`, 'm') }),
      maxMs: 10_000,
    });
    rows.push({
      class: 'yaml',
      name: `${fault.name} in a profile, via report`,
      setup: (dir) => {
        mkdirSync(join(dir, 'team'));
        writeFileSync(join(dir, 'team', 'ok.yaml'), FULL_PROFILE);
        writeFault(join(dir, 'team'), fault, FULL_PROFILE, 'me.yaml');
      },
      args: ['report', 'team', '-f', 'json', '-o', 'report.json'],
      exit: fault.ok ? 0 : 1,
      creates: ['report.json'],
      stderr: fault.ok ? /^rungs: read 2 profiles, used 2, rejected 0$/m : new RegExp(`^${where(`team/${profileName}`, fault, FULL_PROFILE)}: error: ${fault.message}${tail(fault)}`, 'm'),
      maxMs: 10_000,
    });
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Shapes through the CLI (the full schema-driven set runs in-process in shapes.test.ts).

function profileWith(replace: RegExp, by: string): string {
  if (!replace.test(FULL_PROFILE)) throw new Error(`corpus: ${replace} is not in the profile`);
  return FULL_PROFILE.replace(replace, by);
}

const LONG_ID = 'x'.repeat(10_000);

const shapeRows: Case[] = [
  {
    class: 'shape',
    name: 'version: 1.10 in framework.yaml (YAML reads the number 1.1)',
    setup: (dir) => writeMini(join(dir, 'fw'), { 'framework.yaml': MINI_FILES['framework.yaml']!.replace(/^version: .*$/m, 'version: 1.10') }),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/framework\.yaml:3:10: error: "version" must be a string \(got 1\.1\): quote this value \("1\.10"\) so YAML keeps it as written \[schema\]$/m,
  },
  {
    class: 'shape',
    name: 'framework_version: 1.10 in a profile',
    setup: (dir) => writeFileSync(join(dir, 'me.yaml'), profileWith(/^framework_version: .*$/m, 'framework_version: 1.10')),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:5:20: error: "framework_version" must be a string \(got 1\.1\): quote this value \("1\.10"\)/m,
  },
  {
    class: 'shape',
    name: 'a rating written 012 (YAML 1.2 reads 12)',
    setup: (dir) => writeFileSync(join(dir, 'me.yaml'), profileWith(/^ {2}troubleshooting: 3$/m, '  troubleshooting: 012')),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:8:20: error: "troubleshooting" must be at most 5 \(got 12\) \[schema\]$/m,
  },
  {
    class: 'shape',
    name: 'an id with spaces',
    setup: (dir) => writeMini(join(dir, 'fw'), { 'skills/troubleshooting.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^id: .*$/m, 'id: trouble shooting') }),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/troubleshooting\.yaml:2:5: error: "id" must be a kebab-case id: .*\(got "trouble shooting"\) \[schema\]$/m,
  },
  {
    class: 'shape',
    name: 'a unicode id',
    setup: (dir) => writeMini(join(dir, 'fw'), { 'skills/troubleshooting.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^id: .*$/m, 'id: dépannage-🛠') }),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/troubleshooting\.yaml:2:5: error: "id" must be a kebab-case id: .*\(got "dépannage-🛠"\) \[schema\]$/m,
  },
  {
    class: 'shape',
    name: 'a 10,000-character id in a framework file',
    setup: (dir) => writeMini(join(dir, 'fw'), { 'skills/troubleshooting.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^id: .*$/m, `id: ${LONG_ID}`) }),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/troubleshooting\.yaml:2:5: error: "id" must be at most 64 characters \[schema\]$/m,
  },
  {
    class: 'shape',
    name: 'a 10,000-character current_role in a profile (the message stays short)',
    setup: (dir) => writeFileSync(join(dir, 'me.yaml'), profileWith(/^current_role: .*$/m, `current_role: ${LONG_ID}`)),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:3:15: error: unknown role "x{64}…" \(10000 characters\) \[unknown-reference\]$/m,
  },
  {
    class: 'shape',
    name: 'a profile that is a list, not a mapping',
    setup: (dir) => writeFileSync(join(dir, 'me.yaml'), '- current_role: support-technician\n'),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:1:1: error: the file must be a mapping \(got a list\) \[schema\]$/m,
  },
  {
    class: 'shape',
    name: '__proto__ as a key of a profile',
    setup: (dir) => writeFileSync(join(dir, 'me.yaml'), `${FULL_PROFILE}__proto__:\n  polluted: yes\n`),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    // The line after the full profile, wherever that ends.
    stderr: new RegExp(`^rungs: me\\.yaml:${FULL_PROFILE.split('\n').length}:1: error: unknown property "__proto__"`, 'm'),
  },
  {
    class: 'shape',
    name: 'constructor and prototype as rated skill ids',
    setup: (dir) => writeFileSync(join(dir, 'me.yaml'), profileWith(/^ratings:$/m, 'ratings:\n  constructor: 3\n  prototype: 2')),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:8:3: error: unknown skill "constructor" \[unknown-reference\] \(and 1 more\)$/m,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Files and paths.

const team = (dir: string, names = ['a.yaml', 'b.yaml']) => {
  mkdirSync(join(dir, 'team'), { recursive: true });
  for (const name of names) writeFileSync(join(dir, 'team', name), FULL_PROFILE);
};
const me = (dir: string) => writeFileSync(join(dir, 'me.yaml'), FULL_PROFILE);

const fileRows: Case[] = [
  { class: 'files', name: 'a missing profile', setup: () => {}, args: ['recommend', 'nope.yaml'], exit: 2, stderr: /^rungs: nope\.yaml: no such file or folder$/m },
  { class: 'files', name: 'a missing report input', setup: team, args: ['report', 'team', 'nope.yaml'], exit: 2, stderr: /^rungs: nope\.yaml: no such file or folder$/m },
  { class: 'files', name: 'a glob that matches nothing', setup: team, args: ['report', 'team/*.json'], exit: 2, stderr: /^rungs: team\/\*\.json: the pattern matches no \.yaml, \.yml or \.json file$/m },
  { class: 'files', name: 'a missing framework folder (validate)', setup: () => {}, args: ['validate', 'nope'], exit: 2, stderr: /^rungs: nope: no such file or folder$/m },
  { class: 'files', name: 'a missing framework folder (--data)', setup: () => {}, args: ['roles', '--data', 'nope'], exit: 2, stderr: /^rungs: nope: no such file or folder$/m },
  { class: 'files', name: 'a missing framework folder (RUNGS_DATA)', setup: () => {}, args: ['skills'], env: { RUNGS_DATA: 'nope' }, exit: 2, stderr: /^rungs: nope: no such file or folder$/m },
  {
    class: 'files',
    name: 'a framework without skills/ and roles/',
    setup: (dir) => writeMini(join(dir, 'fw'), { 'skills/troubleshooting.yaml': null, 'roles/support-technician.yaml': null, 'roles/technical-support-specialist.yaml': null }),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/roles: error: the framework has no roles\/ folder \[missing-file\]$/m,
  },
  { class: 'files', name: 'a folder where a profile is expected', setup: (dir) => mkdirSync(join(dir, 'me.yaml')), args: ['recommend', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is a folder, not a file$/m },
  { class: 'files', name: 'a file where a framework folder is expected', setup: me, args: ['validate', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is a file, not a framework folder$/m },
  {
    class: 'files',
    name: 'a folder where framework.yaml is expected',
    setup: (dir) => {
      writeMini(join(dir, 'fw'), { 'framework.yaml': null });
      mkdirSync(join(dir, 'fw', 'framework.yaml'));
    },
    args: ['validate', 'fw'],
    exit: 2,
    stderr: /^rungs: fw\/framework\.yaml: is a folder, not a file$/m,
  },
  {
    class: 'files',
    name: 'a folder where questions.yaml is expected',
    setup: (dir) => {
      writeMini(join(dir, 'fw'), { 'questions.yaml': null });
      mkdirSync(join(dir, 'fw', 'questions.yaml'));
    },
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/questions\.yaml: error: is a folder, not a file: the preference questions must be a file \[missing-file\]$/m,
  },
  {
    class: 'files',
    name: 'an unreadable framework file',
    user: 'unprivileged',
    setup: (dir) => {
      writeMini(join(dir, 'fw'));
      chmodSync(join(dir, 'fw', 'skills', 'troubleshooting.yaml'), 0o000);
    },
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/troubleshooting\.yaml: error: permission denied \[unreadable\]$/m,
  },
  {
    class: 'files',
    name: 'an unreadable profile',
    user: 'unprivileged',
    setup: (dir) => {
      me(dir);
      chmodSync(join(dir, 'me.yaml'), 0o000);
    },
    args: ['recommend', 'me.yaml'],
    exit: 2,
    stderr: /^rungs: me\.yaml: permission denied$/m,
  },
  {
    class: 'files',
    name: 'an unreadable profile in a team folder',
    user: 'unprivileged',
    setup: (dir) => {
      team(dir);
      chmodSync(join(dir, 'team', 'b.yaml'), 0o000);
    },
    args: ['report', 'team'],
    exit: 1,
    stderr: /^team\/b\.yaml: error: permission denied \[unreadable\]$/m,
  },
  {
    class: 'files',
    name: 'symbolic link loops inside a framework',
    setup: (dir) => {
      writeMini(join(dir, 'fw'));
      symlinkSync('..', join(dir, 'fw', 'skills', 'up')); // a folder loop: read once
      symlinkSync('b.yaml', join(dir, 'fw', 'skills', 'a.yaml')); // a file loop: a problem
      symlinkSync('a.yaml', join(dir, 'fw', 'skills', 'b.yaml'));
    },
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/a\.yaml: error: too many levels of symbolic links \(a link loop\?\) \[unreadable\]$/m,
  },
  {
    class: 'files',
    name: 'symbolic link loops inside a team folder',
    setup: (dir) => {
      team(dir);
      symlinkSync('.', join(dir, 'team', 'again')); // a folder loop: read once
      symlinkSync('y.yaml', join(dir, 'team', 'x.yaml')); // a file loop: rejected, not silently dropped
      symlinkSync('x.yaml', join(dir, 'team', 'y.yaml'));
    },
    args: ['report', 'team', '-f', 'json'],
    exit: 1,
    stderr: /^team\/x\.yaml: error: too many levels of symbolic links \(a link loop\?\) \[unreadable\]$/m,
  },
  { class: 'files', name: 'a symbolic link loop named as a profile', setup: (dir) => { symlinkSync('b.yaml', join(dir, 'a.yaml')); symlinkSync('a.yaml', join(dir, 'b.yaml')); }, args: ['recommend', 'a.yaml'], exit: 2, stderr: /^rungs: a\.yaml: too many levels of symbolic links \(a link loop\?\)$/m },
  { class: 'files', name: '-o into a missing folder', setup: me, args: ['recommend', 'me.yaml', '-o', 'nodir/advice.md'], exit: 2, stderr: /^rungs: nodir\/advice\.md: the folder nodir does not exist$/m },
  { class: 'files', name: '-o onto a folder', setup: (dir) => { me(dir); mkdirSync(join(dir, 'out')); }, args: ['recommend', 'me.yaml', '-o', 'out'], exit: 2, stderr: /^rungs: out: is a folder, not a file$/m },
  {
    class: 'files',
    name: '-o into a read-only folder',
    user: 'unprivileged',
    setup: (dir) => {
      me(dir);
      mkdirSync(join(dir, 'ro'));
      chmodSync(join(dir, 'ro'), 0o555);
    },
    args: ['recommend', 'me.yaml', '-o', 'ro/advice.md'],
    exit: 2,
    stderr: /^rungs: ro\/advice\.md: permission denied$/m,
  },
  { class: 'files', name: '-o equal to the profile', setup: me, args: ['recommend', 'me.yaml', '-o', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is also an input; refusing to overwrite it$/m },
  { class: 'files', name: '-o equal to the profile (plan)', setup: me, args: ['plan', 'me.yaml', '--to', 'support-team-lead', '-o', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is also an input; refusing to overwrite it$/m },
  { class: 'files', name: '-o equal to a report input found in a folder', setup: team, args: ['report', 'team', '-o', 'team/a.yaml'], exit: 2, stderr: /^rungs: team\/a\.yaml: is also an input; refusing to overwrite it$/m },
  { class: 'files', name: '-o equal to an input, spelled another way', setup: team, args: ['report', 'team/a.yaml', '-o', './team/../team/a.yaml'], exit: 2, stderr: /^rungs: \.\/team\/\.\.\/team\/a\.yaml: is also an input; refusing to overwrite it$/m },
  {
    class: 'files',
    name: '-o equal to an input through a linked folder',
    setup: (dir) => {
      team(dir);
      symlinkSync('team', join(dir, 'alias'));
    },
    args: ['report', 'team/a.yaml', '-o', 'alias/a.yaml'],
    exit: 2,
    stderr: /^rungs: alias\/a\.yaml: is also an input; refusing to overwrite it$/m,
  },
  { class: 'files', name: '-o equal to a file of the framework being validated', setup: (dir) => writeMini(join(dir, 'fw')), args: ['validate', 'fw', '-o', 'fw/framework.yaml'], exit: 2, stderr: /^rungs: fw\/framework\.yaml: is a file of the framework in fw; refusing to overwrite it$/m },
  {
    class: 'files',
    name: '-o equal to a file of the active framework',
    setup: (dir) => writeMini(join(dir, 'fw')),
    args: ['roles', '--data', 'fw', '-f', 'json', '-o', 'fw/roles/support-technician.yaml'],
    exit: 2,
    stderr: /^rungs: fw\/roles\/support-technician\.yaml: is a file of the framework in fw; refusing to overwrite it$/m,
  },
  {
    class: 'files',
    name: '-o equal to a file of the framework, reached through a linked folder',
    setup: (dir) => {
      writeMini(join(dir, 'fw'));
      symlinkSync('fw', join(dir, 'linked'));
    },
    args: ['skills', '--data', 'linked', '-f', 'json', '-o', 'fw/skills/troubleshooting.yaml'],
    exit: 2,
    stderr: /^rungs: fw\/skills\/troubleshooting\.yaml: is a file of the framework in linked; refusing to overwrite it$/m,
  },
  { class: 'files', name: '-o replaces an earlier output atomically', setup: (dir) => { me(dir); writeFileSync(join(dir, 'advice.md'), 'old'); }, args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'advice.md'], exit: 0, replaces: ['advice.md'], stderr: /^rungs: wrote advice\.md$/m },
];

// ---------------------------------------------------------------------------------------------------------
// Where -o writes: never over an input (compared as files: device and inode), through symbolic links to the
// real file, directly into FIFOs and character devices, never over other special files; the mode and owner of
// a replaced file kept, a read-only file replaced only with --force.

const ADVICE = /^# /m; // the first line of the Markdown advice
const fail = (message: string): never => {
  throw new Error(message);
};
/** The file at rel holds the Markdown advice. */
const holdsAdvice = (dir: string, rel: string) => ADVICE.test(readFileSync(join(dir, rel), 'utf8')) || fail(`${rel} does not hold the advice`);
const isLink = (dir: string, rel: string, to: string) => (lstatSync(join(dir, rel)).isSymbolicLink() && statSync(join(dir, rel)).ino === statSync(join(dir, to)).ino) || fail(`${rel} is no longer a link to ${to}`);
const modeOf = (dir: string, rel: string) => statSync(join(dir, rel)).mode & 0o7777;
const ROOT_ONLY = 'not running as root: mknod and chown to another user need root';
/** A character device in the test folder: the same device as /dev/null (never the real /dev/null, in case). */
const devNull = (dir: string, rel: string) => execFileSync('mknod', [join(dir, rel), 'c', '1', '3']);
/** A Unix socket file, left behind by a process that bound it and exited. */
const socketFile = (dir: string, rel: string) =>
  execFileSync(process.execPath, ['-e', `const s=require('node:net').createServer().listen(${JSON.stringify(join(dir, rel))},()=>process.exit(0))`]);

const outputRows: Case[] = [
  // 1. Inputs reached another way.
  { class: 'output', name: '-o onto the profile, read through a symbolic link', setup: (d) => { me(d); symlinkSync('me.yaml', join(d, 'link.yaml')); }, args: ['recommend', 'link.yaml', '-o', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is also an input; refusing to overwrite it$/m },
  { class: 'output', name: '-o onto a symbolic link to the profile', setup: (d) => { me(d); symlinkSync('me.yaml', join(d, 'link.yaml')); }, args: ['recommend', 'me.yaml', '-o', 'link.yaml'], exit: 2, stderr: /^rungs: link\.yaml: is also an input; refusing to overwrite it$/m },
  { class: 'output', name: '-o onto the profile, read through a hard link', setup: (d) => { me(d); linkSync(join(d, 'me.yaml'), join(d, 'hard.yaml')); }, args: ['recommend', 'hard.yaml', '-o', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is also an input; refusing to overwrite it$/m },
  { class: 'output', name: '-o onto a hard link to a report input found in a folder', setup: (d) => { team(d); linkSync(join(d, 'team', 'a.yaml'), join(d, 'out.json')); }, args: ['report', 'team', '-f', 'json', '-o', 'out.json'], exit: 2, stderr: /^rungs: out\.json: is also an input; refusing to overwrite it$/m },
  { class: 'output', name: '-o onto a symbolic link to a framework file', setup: (d) => { writeMini(join(d, 'fw')); symlinkSync('fw/questions.yaml', join(d, 'out.txt')); }, args: ['roles', '--data', 'fw', '-o', 'out.txt'], exit: 2, stderr: /^rungs: out\.txt: is a file of the framework in fw; refusing to overwrite it$/m },
  // 2. Links and special files.
  {
    class: 'output',
    name: '-o onto a symbolic link into another folder writes through it',
    setup: (d) => { me(d); mkdirSync(join(d, 'out')); writeFileSync(join(d, 'out', 'advice.md'), 'old'); symlinkSync('out/advice.md', join(d, 'link.md')); },
    args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'link.md'],
    exit: 0,
    stderr: /^rungs: wrote link\.md$/m,
    replaces: ['out/advice.md'],
    after: (d) => { isLink(d, 'link.md', 'out/advice.md'); holdsAdvice(d, 'out/advice.md'); },
  },
  {
    class: 'output',
    name: '-o onto a dangling symbolic link creates its target',
    setup: (d) => { me(d); mkdirSync(join(d, 'out')); symlinkSync('out/advice.md', join(d, 'link.md')); },
    args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'link.md'],
    exit: 0,
    creates: ['out/advice.md'],
    after: (d) => { isLink(d, 'link.md', 'out/advice.md'); holdsAdvice(d, 'out/advice.md'); },
  },
  {
    class: 'output',
    name: '-o onto a character device writes into it',
    skip: IS_ROOT ? undefined : ROOT_ONLY,
    setup: (d) => { me(d); devNull(d, 'null'); },
    args: ['recommend', 'me.yaml', '-o', 'null'],
    exit: 0,
    after: (d) => statSync(join(d, 'null')).isCharacterDevice() || fail('null is no longer a device'),
  },
  {
    class: 'output',
    name: '-o onto a symbolic link to a character device writes into it',
    skip: IS_ROOT ? undefined : ROOT_ONLY,
    setup: (d) => { me(d); devNull(d, 'null'); symlinkSync('null', join(d, 'link')); },
    args: ['recommend', 'me.yaml', '-o', 'link'],
    exit: 0,
    after: (d) => statSync(join(d, 'null')).isCharacterDevice() || fail('null is no longer a device'),
  },
  { class: 'output', name: '-o /proc/self/fd/1 is standard output', setup: me, args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', '/proc/self/fd/1'], exit: 0, stdout: ADVICE },
  // What /dev/stdout is, made in the test folder: before the fix, -o /dev/stdout as root replaced the system's link.
  { class: 'output', name: '-o onto a link to /proc/self/fd/1 (what /dev/stdout is) is standard output', setup: (d) => { me(d); symlinkSync('/proc/self/fd/1', join(d, 'stdout')); }, args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'stdout'], exit: 0, stdout: ADVICE },
  { class: 'output', name: '-o onto a socket is refused', setup: (d) => { me(d); socketFile(d, 'sock'); }, args: ['recommend', 'me.yaml', '-o', 'sock'], exit: 2, stderr: /^rungs: sock: is a socket, not a file; rungs writes only to files, FIFOs and character devices$/m },
  // 3. Modes, owners, read-only files.
  ...([false, true] as const).flatMap((unprivileged): Case[] => {
    const as = unprivileged ? ' (unprivileged)' : '';
    const user = unprivileged ? { user: 'unprivileged' as const } : {};
    return [
      {
        class: 'output',
        name: `-o onto a 0600 file keeps it 0600${as}`,
        ...user,
        setup: (d) => { me(d); writeFileSync(join(d, 'advice.md'), 'old'); chmodSync(join(d, 'advice.md'), 0o600); },
        args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'advice.md'],
        exit: 0,
        replaces: ['advice.md'],
        after: (d) => { holdsAdvice(d, 'advice.md'); modeOf(d, 'advice.md') === 0o600 || fail(`advice.md is now ${modeOf(d, 'advice.md').toString(8)}`); },
      },
      {
        class: 'output',
        name: `-o onto a read-only file is refused${as}`,
        ...user,
        setup: (d) => { me(d); writeFileSync(join(d, 'advice.md'), 'old'); chmodSync(join(d, 'advice.md'), 0o444); },
        args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'advice.md'],
        exit: 2,
        stderr: /^rungs: advice\.md: is read-only; refusing to overwrite it\nhint: use --force to replace it$/m,
      },
      {
        class: 'output',
        name: `-o onto a read-only file with --force replaces it, still read-only${as}`,
        ...user,
        setup: (d) => { me(d); writeFileSync(join(d, 'advice.md'), 'old'); chmodSync(join(d, 'advice.md'), 0o444); },
        args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'advice.md', '--force'],
        exit: 0,
        replaces: ['advice.md'],
        after: (d) => { holdsAdvice(d, 'advice.md'); modeOf(d, 'advice.md') === 0o444 || fail(`advice.md is now ${modeOf(d, 'advice.md').toString(8)}`); },
      },
    ];
  }),
  {
    class: 'output',
    name: '-o onto another user\'s file keeps its owner',
    skip: IS_ROOT && UNPRIVILEGED ? undefined : ROOT_ONLY,
    setup: (d) => { me(d); writeFileSync(join(d, 'advice.md'), 'old'); chownSync(join(d, 'advice.md'), UNPRIVILEGED!.uid, UNPRIVILEGED!.gid); },
    args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'advice.md'],
    exit: 0,
    replaces: ['advice.md'],
    after: (d) => statSync(join(d, 'advice.md')).uid === UNPRIVILEGED!.uid || fail('advice.md changed owner'),
  },
  // 17. Names. Before: -o / gave a raw EBUSY rename, -o - wrote a file named -, -o newdir/ a file named newdir, a
  // 250-character name failed with ENAMETOOLONG on the temporary file's longer name.
  { class: 'output', name: '-o / is a folder', setup: me, args: ['recommend', 'me.yaml', '-o', '/'], exit: 2, stderr: /^rungs: \/: is a folder, not a file$/m },
  { class: 'output', name: '-o - is standard output', setup: me, args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', '-'], exit: 0, stdout: ADVICE },
  { class: 'output', name: '-o newdir/ (no such folder) names a folder', setup: me, args: ['recommend', 'me.yaml', '-o', 'newdir/'], exit: 2, stderr: /^rungs: newdir\/: ends in \/, so it names a folder, and there is no such folder; give a file name$/m },
  { class: 'output', name: '-o with a 250-character name', setup: me, args: ['recommend', 'me.yaml', '-o', `${'a'.repeat(246)}.txt`], exit: 0, creates: [`${'a'.repeat(246)}.txt`] },
  { class: 'output', name: '-o with a 300-character name', setup: me, args: ['recommend', 'me.yaml', '-o', `${'a'.repeat(296)}.txt`], exit: 2, stderr: /^rungs: a+\.txt: the name is too long for the file system$/m },
  // 17. A kill while the temporary file is written.
  {
    class: 'output',
    name: 'SIGTERM while -o is written leaves no temporary file',
    setup: me,
    nodeArgs: () => ['--import', new URL('./kill-during-write.mjs', import.meta.url).href],
    args: ['recommend', 'me.yaml', '-f', 'markdown', '-o', 'advice.md'],
    exit: 0,
    creates: ['advice.md'],
    after: (d) => holdsAdvice(d, 'advice.md'),
  },
  // 5. rungs' own output among its inputs.
  {
    class: 'output',
    name: '-o into the folder the report reads',
    setup: team,
    args: ['report', 'team', '-f', 'json', '-o', 'team/report.json'],
    exit: 2,
    stderr: /^rungs: team\/report\.json: the input team includes it: the next report would read it as a profile$/m,
  },
  {
    class: 'output',
    name: '-o into a subfolder the report reads through a glob',
    setup: (d) => { team(d); mkdirSync(join(d, 'team', 'out')); },
    args: ['report', 'team/**/*.yaml', '-f', 'json', '-o', 'team/out/report.yaml'],
    exit: 2,
    stderr: /^rungs: team\/out\/report\.yaml: the input team\/\*\*\/\*\.yaml includes it: the next report would read it as a profile$/m,
  },
  { class: 'output', name: '-o into the folder the report reads, not a data file', setup: team, args: ['report', 'team', '-o', 'team/report.txt'], exit: 0, creates: ['team/report.txt'] },
];

// ---------------------------------------------------------------------------------------------------------
// Inputs that are not regular files (issue 14, case 6): refused by what they are, before a byte is read, so a
// device never read forever and a FIFO never waited on. Before: /dev/zero grew without end (stat size 0 passed
// the size limit), a FIFO hung, a socket gave a raw ENXIO.

const mkfifo = (dir: string, rel: string) => execFileSync('mkfifo', [join(dir, rel)]);

const specialInputRows: Case[] = [
  { class: 'files', name: '/dev/zero as a profile', setup: () => {}, args: ['recommend', '/dev/zero'], exit: 2, stderr: /^rungs: \/dev\/zero: is a character device, not a file$/m, maxMs: 10_000 },
  { class: 'files', name: 'a symbolic link to /dev/urandom as a profile', setup: (d) => symlinkSync('/dev/urandom', join(d, 'me.yaml')), args: ['recommend', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is a character device, not a file$/m, maxMs: 10_000 },
  { class: 'files', name: 'a FIFO as a profile', setup: (d) => mkfifo(d, 'me.yaml'), args: ['recommend', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is a FIFO \(named pipe\), not a file$/m, maxMs: 10_000 },
  { class: 'files', name: 'a socket as a profile', setup: (d) => socketFile(d, 'me.yaml'), args: ['recommend', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: is a socket, not a file$/m },
  {
    class: 'files',
    name: 'a link to /dev/zero and a FIFO in a team folder',
    setup: (d) => { team(d); symlinkSync('/dev/zero', join(d, 'team', 'zero.yaml')); mkfifo(join(d, 'team'), 'fifo.yaml'); },
    args: ['report', 'team', '-f', 'json', '-o', 'report.json'],
    exit: 1,
    stderr: /^team\/fifo\.yaml: error: is a FIFO \(named pipe\), not a file \[unreadable\]\nteam\/zero\.yaml: error: is a character device, not a file \[unreadable\]$/m,
    creates: ['report.json'],
    maxMs: 10_000,
  },
  {
    class: 'files',
    name: 'a link to /dev/zero in a framework',
    setup: (d) => { writeMini(join(d, 'fw')); symlinkSync('/dev/zero', join(d, 'fw', 'skills', 'zero.yaml')); },
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/zero\.yaml: error: is a character device, not a file \[unreadable\]$/m,
    maxMs: 10_000,
  },
  // 17. Sizes said so that the two numbers differ.
  {
    class: 'limits',
    name: 'a profile one byte over the limit',
    setup: (d) => writeFileSync(join(d, 'me.yaml'), `${FULL_PROFILE}# ${'x'.repeat(MB - FULL_PROFILE.length - 2)}\n`),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml: error: the file is 1,048,577 bytes, over the limit of 1,048,576 bytes \(raise it with --max-file-size\) \[file-too-large\]$/m,
  },
  {
    class: 'limits',
    name: '--max-file-size under one byte',
    setup: me,
    args: ['--max-file-size', '0.0000001', 'recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml: error: the file is \d+ bytes, over the limit of 1 byte \(raise it with --max-file-size\) \[file-too-large\]$/m,
  },
];

// ---------------------------------------------------------------------------------------------------------
// The process's surroundings (issue 14, cases 11 and 12): a working folder deleted under it, standard output full
// or closed, standard error closed. Before: ENOENT uv_cwd for every command, a stack trace on /dev/full, exit 0
// with the output lost on a closed stdout.

const GONE = 'mkdir .gone && cd .gone && rmdir ../.gone'; // the shell stays in the deleted folder

const surroundingRows: Case[] = [
  { class: 'files', name: 'a deleted working folder, absolute paths', setup: me, shell: GONE, args: (d) => ['recommend', join(d, 'me.yaml'), '-f', 'markdown'], exit: 0, stdout: ADVICE },
  { class: 'files', name: 'a deleted working folder, roles', setup: () => {}, shell: GONE, args: ['roles', '-f', 'json'], exit: 0, stdout: /"id": "support-technician"/ },
  { class: 'files', name: 'a deleted working folder, absolute -o', setup: me, shell: GONE, args: (d) => ['recommend', join(d, 'me.yaml'), '-o', join(d, 'advice.txt')], exit: 0, creates: ['advice.txt'] },
  { class: 'files', name: 'a deleted working folder, a relative path', setup: me, shell: GONE, args: ['recommend', 'me.yaml'], exit: 2, stderr: /^rungs: me\.yaml: no such file or folder \(the current folder was deleted\)$/m },
  { class: 'files', name: 'standard output full (/dev/full)', setup: () => {}, shell: 'exec 1>/dev/full', args: ['roles'], exit: 2, stderr: /^rungs: could not write the output to standard output: no space left on the device$/m },
  { class: 'files', name: 'standard output full, a team report', setup: team, shell: 'exec 1>/dev/full', args: ['report', 'team', '-f', 'json'], exit: 2, stderr: /^rungs: could not write the output to standard output: no space left on the device$/m },
  // A closed fd 1 is reopened on /dev/null read-write by Node itself, which is also how scripts discard output:
  // once refused (exit 2), which broke `subprocess.run(..., stdout=DEVNULL)` and the benchmark. Now discarded.
  { class: 'files', name: 'standard output closed: Node gives it /dev/null, so the output is discarded', setup: () => {}, shell: 'exec 1>&-', args: ['roles'], exit: 0, absent: /closed/ },
  { class: 'files', name: "standard output on /dev/null read-write (Python's DEVNULL, Node's stdio 'ignore'), a report", setup: team, shell: 'exec 1<>/dev/null', args: ['report', 'team', '-f', 'json'], exit: 0, stderr: /^rungs: read 2 profiles, used 2, rejected 0$/m },
  { class: 'files', name: 'standard output to /dev/null is not closed', setup: () => {}, shell: 'exec 1>/dev/null', args: ['roles'], exit: 0 },
  { class: 'files', name: 'standard error closed keeps exit 2', setup: () => {}, shell: 'exec 2>&-', args: ['recommend', 'nope.yaml'], exit: 2, stdout: /^$/ },
  { class: 'files', name: 'standard error closed keeps exit 1', setup: (d) => writeFileSync(join(d, 'me.yaml'), 'current_role: nope\n'), shell: 'exec 2>&-', args: ['recommend', 'me.yaml'], exit: 1, stdout: /^$/ },
];

// ---------------------------------------------------------------------------------------------------------
// Folder walks (issue 14, case 13). Before: an unreadable subfolder stopped the whole report (exit 2), a link to
// a folder outside the team was followed (a link to / walked the whole disk), and a walk had no end.

const walkRows: Case[] = [
  {
    class: 'files',
    name: 'an unreadable subfolder in a team folder is skipped, the report goes on',
    user: 'unprivileged',
    setup: (d) => { team(d); mkdirSync(join(d, 'team', 'locked')); writeFileSync(join(d, 'team', 'locked', 'c.yaml'), FULL_PROFILE); chmodSync(join(d, 'team', 'locked'), 0o000); },
    args: ['report', 'team', '-f', 'json', '-o', 'report.json'],
    exit: 1,
    stderr: /^team\/locked: error: permission denied: the folder was skipped \[unreadable\]$/m,
    creates: ['report.json'],
    after: (d) => (JSON.parse(readFileSync(join(d, 'report.json'), 'utf8')) as { summary: { read: number } }).summary.read === 2 || fail('not the two readable profiles'),
  },
  {
    class: 'files',
    name: 'a link to a folder outside the team folder is not followed',
    setup: (d) => { team(d); mkdirSync(join(d, 'outside')); writeFileSync(join(d, 'outside', 'x.yaml'), FULL_PROFILE); symlinkSync('../outside', join(d, 'team', 'ext')); },
    args: ['report', 'team', '-f', 'json', '-o', 'report.json'],
    exit: 0,
    stderr: /^rungs: team: a link to a folder outside team not followed \(team\/ext\)$/m,
    creates: ['report.json'],
    after: (d) => (JSON.parse(readFileSync(join(d, 'report.json'), 'utf8')) as { summary: { read: number } }).summary.read === 2 || fail('the outside profile was read'),
  },
  {
    class: 'files',
    name: 'a link to / inside a team folder is not followed',
    setup: (d) => { team(d); symlinkSync('/', join(d, 'team', 'root')); },
    args: ['report', 'team', '-f', 'json', '-o', 'report.json'],
    exit: 0,
    stderr: /^rungs: team: a link to a folder outside team not followed \(team\/root\)$/m,
    creates: ['report.json'],
    maxMs: 10_000,
  },
  {
    class: 'files',
    name: 'a walk of more than 20,000 folders stops',
    setup: (d) => { team(d); for (let i = 0; i <= 20_000; i++) mkdirSync(join(d, 'team', `d${i}`)); },
    args: ['report', 'team/**/*.yaml'],
    exit: 2,
    stderr: /^rungs: team: more than 20,000 folders below it; stopped reading$/m,
    maxMs: 20_000,
  },
];

// ---------------------------------------------------------------------------------------------------------
// Text that ends up in output.

// YAML double-quoted escapes: the files hold plain text, the parsed strings hold the control characters.
const ANSI_TITLE = 'Support \\e[31mTechnician\\e]0;pwned\\a\\e[2J\\x9b1m';
const HTML_TITLE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// A tag as markup: not escaped as &lt; (HTML) or \< (Markdown).
const RAW_TAG = /(?<!\\)<(script|img)\b/;

const withTitle = (title: string) => (dir: string) =>
  writeMini(join(dir, 'fw'), { 'roles/support-technician.yaml': MINI_FILES['roles/support-technician.yaml']!.replace(/^title: .*$/m, `title: "${title}"`) });
const withSkillName = (name: string) => (dir: string) =>
  writeMini(join(dir, 'fw'), { 'skills/troubleshooting.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^name: .*$/m, `name: "${name}"`) });
const miniProfile = 'current_role: support-technician\nratings:\n  troubleshooting: 1\n';
const withPerson = (name: string) => (dir: string) => {
  mkdirSync(join(dir, 'team'));
  writeFileSync(join(dir, 'team', 'evil.yaml'), FULL_PROFILE.replace(/^name: .*$/m, `name: "${name}"`));
  writeFileSync(join(dir, 'team', 'ok.yaml'), FULL_PROFILE);
};

const textRows: Case[] = [
  ...(['roles', 'paths', 'skills'] as const).map(
    (command): Case => ({ class: 'text', name: `ANSI escapes in a role title, ${command} (table)`, setup: (d) => { withTitle(ANSI_TITLE)(d); withSkillName(ANSI_TITLE)(d); }, args: [command, '--data', 'fw'], env: { FORCE_COLOR: '1' }, exit: 0, stdout: /Technician/, absent: /\u001b\]|\u001b\[2J|\u0007|\u009b/ }),
  ),
  { class: 'text', name: 'ANSI escapes in a role title, role (text)', setup: withTitle(ANSI_TITLE), args: ['role', 'support-technician', '--data', 'fw'], exit: 0, stdout: /Support \[31mTechnician/, absent: CONTROLS },
  { class: 'text', name: 'ANSI escapes in a role title, compare', setup: withTitle(ANSI_TITLE), args: ['compare', 'support-technician', 'technical-support-specialist', '--data', 'fw'], exit: 0, stdout: /Technician/, absent: CONTROLS },
  {
    class: 'text',
    name: 'ANSI escapes in a role title, recommend (text)',
    setup: (d) => { withTitle(ANSI_TITLE)(d); writeFileSync(join(d, 'me.yaml'), miniProfile); },
    args: ['recommend', 'me.yaml', '--data', 'fw'],
    exit: 0,
    stdout: /Technical Support Specialist/,
    absent: CONTROLS,
  },
  { class: 'text', name: 'ANSI escapes in a person\'s name, report (table)', setup: withPerson('Eve \\e[31mRed\\e]0;pwned\\a'), args: ['report', 'team'], exit: 0, stdout: /Eve \[31mRed/, absent: CONTROLS },
  { class: 'text', name: 'ANSI escapes in a person\'s name, report (csv)', setup: withPerson('Eve \\e[31mRed\\e]0;pwned\\a'), args: ['report', 'team', '-f', 'csv'], exit: 0, stdout: /Eve \[31mRed/, absent: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/ },
  {
    class: 'text',
    name: 'control characters in an unknown id, in the one-line error',
    setup: (d) => writeFileSync(join(d, 'me.yaml'), 'current_role: "tech\\e]0;pwned\\a\\e[2J\\nnician"\n'),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:1:15: error: unknown role "tech\]0;pwned\[2J nician" \[unknown-reference\]$/m,
    absent: CONTROLS,
  },
  {
    class: 'text',
    name: 'control characters in an unknown id, in a report\'s rejected list',
    setup: (d) => { mkdirSync(join(d, 'team')); writeFileSync(join(d, 'team', 'me.yaml'), 'current_role: "tech\\e]0;pwned\\a"\n'); },
    args: ['report', 'team', '-f', 'json'],
    exit: 1,
    stderr: /^team\/me\.yaml:1:15: error: unknown role "tech\]0;pwned"/m,
    absent: /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, // JSON escapes them on stdout; stderr is clean
  },
  {
    class: 'text',
    name: 'ANSI escapes in a framework id, validate -f github',
    setup: (d) => writeMini(join(d, 'fw'), { 'skills/troubleshooting.yaml': MINI_FILES['skills/troubleshooting.yaml']!.replace(/^id: .*$/m, 'id: "trouble\\e[31mshooting"') }),
    args: ['validate', 'fw', '-f', 'github'],
    exit: 1,
    stdout: /^::error file=fw\/skills\/troubleshooting\.yaml,line=2,col=5,title=rungs schema::"id" must be a kebab-case id/m,
    absent: CONTROLS,
  },
  { class: 'text', name: 'HTML in a person\'s name, report (html)', setup: withPerson(HTML_TITLE), args: ['report', 'team', '-f', 'html'], exit: 0, stdout: /&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(2\)&gt;/, absent: RAW_TAG },
  { class: 'text', name: 'HTML in a person\'s name, report (markdown)', setup: withPerson(HTML_TITLE), args: ['report', 'team', '-f', 'markdown'], exit: 0, stdout: /\\<script\\>alert\(1\)\\<\/script\\>/, absent: RAW_TAG },
  { class: 'text', name: 'HTML in a role title, role (markdown)', setup: withTitle(HTML_TITLE), args: ['role', 'support-technician', '--data', 'fw', '-f', 'markdown'], exit: 0, stdout: /\\<script\\>/, absent: RAW_TAG },
  { class: 'text', name: 'HTML in a role title, roles (markdown)', setup: withTitle(HTML_TITLE), args: ['roles', '--data', 'fw', '-f', 'markdown'], exit: 0, stdout: /\\<script\\>/, absent: RAW_TAG },
  {
    class: 'text',
    name: 'HTML in a role title, recommend (markdown)',
    setup: (d) => { withTitle(HTML_TITLE)(d); writeFileSync(join(d, 'me.yaml'), miniProfile); },
    args: ['recommend', 'me.yaml', '--data', 'fw', '-f', 'markdown'],
    exit: 0,
    stdout: /Technical Support Specialist/,
    absent: RAW_TAG,
  },
  {
    class: 'text',
    name: 'HTML in a role title, report (html)',
    setup: (d) => { withTitle(HTML_TITLE)(d); mkdirSync(join(d, 'team')); writeFileSync(join(d, 'team', 'me.yaml'), miniProfile); },
    args: ['report', 'team', '--data', 'fw', '-f', 'html'],
    exit: 0,
    stdout: /&lt;script&gt;/,
    absent: RAW_TAG,
  },
  // YAML double-quoted: \" is a quote, \a a BEL and \t a tab before the formula.
  ...['=HYPERLINK(\\"http://evil.example\\",\\"x\\")', "+1+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '\\a=1+1', '\\t=1+1', '＝1+1'].map(
    (name): Case => ({
      class: 'text',
      name: `a CSV formula prefix in a name: ${JSON.stringify(name)}`,
      setup: withPerson(name),
      args: ['report', 'team', '-f', 'csv'],
      exit: 0,
      stdout: /^team\/evil\.yaml,"?'/m, // the name cell starts with the apostrophe guard
    }),
  ),
];

// Bidirectional and invisible characters (issue 14, case 16): shown as \u202E in every human format, escaped in
// JSON, never raw. Before: "abc\u202efdp.exe" showed as "abcexe.pdf" everywhere; a TAB misaligned the table.
// (The YAML files hold the escapes; the parsed names hold the characters.)
const BIDI_NAME = 'abc\\u202efdp.exe \\u200bzero\\u2028line \\u2066isolate\\u2069';
const RAW_INVISIBLE = /[\u200b\u202e\u2028\u2066\u2069]/;
const SHOWN = /abc\\u202Efdp\.exe \\u200Bzero\\u2028line \\u2066isolate\\u2069/;

const invisibleRows: Case[] = [
  ...(['table', 'markdown', 'html', 'csv'] as const).map(
    (format): Case => ({ class: 'text', name: `bidi and invisible characters in a person's name, report (${format})`, setup: withPerson(BIDI_NAME), args: ['report', 'team', '-f', format], exit: 0, stdout: format === 'markdown' ? /abc\\\\u202Efdp\.exe/ : SHOWN, absent: RAW_INVISIBLE }),
  ),
  { class: 'text', name: "bidi and invisible characters in a person's name, report (json)", setup: withPerson(BIDI_NAME), args: ['report', 'team', '-f', 'json'], exit: 0, stdout: /"name": "abc\\u202efdp\.exe \\u200bzero\\u2028line \\u2066isolate\\u2069"/, absent: RAW_INVISIBLE },
  ...(['roles', 'skills'] as const).map(
    (command): Case => ({ class: 'text', name: `bidi characters in a ${command === 'roles' ? 'role title' : 'skill name'}, ${command} (table)`, setup: command === 'roles' ? withTitle(BIDI_NAME) : withSkillName(BIDI_NAME), args: [command, '--data', 'fw'], exit: 0, stdout: /abc\\u202Efdp\.exe/, absent: RAW_INVISIBLE }),
  ),
  { class: 'text', name: 'bidi characters in a role title, role (text)', setup: withTitle(BIDI_NAME), args: ['role', 'support-technician', '--data', 'fw'], exit: 0, stdout: SHOWN, absent: RAW_INVISIBLE },
  { class: 'text', name: 'bidi characters in an unknown id, in the one-line error', setup: (d) => writeFileSync(join(d, 'me.yaml'), 'current_role: "tech\\u202enician"\n'), args: ['recommend', 'me.yaml'], exit: 1, stderr: /unknown role "tech\\u202Enician"/, absent: RAW_INVISIBLE },
  {
    class: 'text',
    name: "a TAB in a person's name, report (table)",
    setup: withPerson('Eve\\tTab'),
    args: ['report', 'team'],
    exit: 0,
    stdout: /Eve Tab/,
    absent: /\t/,
  },
];

// JSON duplicate keys (issue 14, case 14): reported as YAML's are, at the second key. Before: the last one won
// (`{"current_role":"a","current_role":"b"}` advised for b), a role file with two `level` keys validated.
const DUP_PROFILE = '{\n  "current_role": "customer-support-representative",\n  "ratings": { "empathy": 3 },\n  "current_role": "support-technician"\n}\n';
const DUPLICATE = 'duplicate key: a key may appear only once in a mapping';

const duplicateRows: Case[] = [
  { class: 'yaml', name: 'a duplicate key in a JSON profile, via recommend', setup: (d) => writeFileSync(join(d, 'me.json'), DUP_PROFILE), args: ['recommend', 'me.json'], exit: 1, stderr: new RegExp(`^rungs: me\\.json:4:3: error: ${DUPLICATE} \\[duplicate-key\\]$`, 'm') },
  { class: 'yaml', name: 'a duplicate key nested in a JSON profile, via report', setup: (d) => { mkdirSync(join(d, 'team')); writeFileSync(join(d, 'team', 'me.json'), '{"current_role": "support-technician", "ratings": {"empathy": 3, "empathy": 5}}\n'); }, args: ['report', 'team', '-f', 'json', '-o', 'r.json'], exit: 1, stderr: new RegExp(`^team/me\\.json:1:66: error: ${DUPLICATE} \\[duplicate-key\\]$`, 'm'), creates: ['r.json'] },
  {
    class: 'yaml',
    name: 'a duplicate key in a JSON line on stdin',
    setup: () => {},
    args: ['report', '-', '-f', 'json'],
    stdin: '{"current_role": "support-technician"}\n{"current_role": "support-technician", "current_role": "support-team-lead"}\n',
    exit: 1,
    stderr: new RegExp(`^<stdin>:2:40: error: ${DUPLICATE} \\[duplicate-key\\]$`, 'm'),
  },
  {
    class: 'yaml',
    name: 'a duplicate key in a JSON role file, via validate',
    setup: (d) => {
      writeMini(join(d, 'fw'), { 'roles/technical-support-specialist.yaml': null });
      const role = JSON.stringify(parseYaml(MINI_FILES['roles/technical-support-specialist.yaml']!), null, 2).replace('"level": 2,', '"level": 2,\n  "level": 9,');
      writeFileSync(join(d, 'fw', 'roles', 'technical-support-specialist.json'), role);
    },
    args: ['validate', 'fw'],
    exit: 1,
    stdout: new RegExp(`^fw/roles/technical-support-specialist\\.json:5:3: error: ${DUPLICATE} \\[duplicate-key\\]$`, 'm'),
  },
];

// JSON framework files are first-class (issue 14, case 15). Before: a valid roles/x.json got "name the file
// x.yaml" (a warning, so validate --strict failed).
const asJson = (rel: string) => JSON.stringify(parseYaml(MINI_FILES[rel]!), null, 2);
duplicateRows.push(
  {
    class: 'shape',
    name: 'a valid JSON role and skill file: no file-name warning (which failed validate --strict)',
    setup: (d) => writeMini(join(d, 'fw'), { 'roles/support-technician.yaml': null, 'roles/support-technician.json': asJson('roles/support-technician.yaml'), 'skills/troubleshooting.yaml': null, 'skills/troubleshooting.json': asJson('skills/troubleshooting.yaml') }),
    args: ['validate', 'fw'],
    exit: 0,
    stdout: /0 errors/,
    absent: /file-name-mismatch|\.json:/,
  },
  {
    class: 'shape',
    name: 'a JSON role file under another name names the .json file',
    setup: (d) => writeMini(join(d, 'fw'), { 'roles/support-technician.yaml': null, 'roles/tech.json': asJson('roles/support-technician.yaml') }),
    args: ['validate', 'fw'],
    exit: 0,
    stdout: /^fw\/roles\/tech\.json:\d+:\d+: warning: role id "support-technician" does not match the file name "tech": name the file support-technician\.json \[file-name-mismatch\]$/m,
  },
);

// Floods of problems (issue 14, case 9). Before: 60,000 unknown keys took 121 s (16,000: 7.8 s), quadratic; 20,000
// ran past the 30 s timeout here. Now about 1.5 s alone (12 s allowed: the full suite shares two cores).
const unknownKeys = (n: number) => `current_role: support-technician\n${Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('')}`;
duplicateRows.push(
  { class: 'limits', name: '20,000 unknown keys in a profile: quick, the first listed and the rest counted', setup: (d) => writeFileSync(join(d, 'me.yaml'), unknownKeys(20_000)), args: ['recommend', 'me.yaml'], exit: 1, stderr: /^rungs: me\.yaml:2:1: error: unknown property "k0" .*\[schema\] \(and 100 more\)$/m, maxMs: 12_000 },
  { class: 'limits', name: '20,000 unknown keys in a profile, via report: the rest one line', setup: (d) => { mkdirSync(join(d, 'team')); writeFileSync(join(d, 'team', 'me.yaml'), unknownKeys(20_000)); }, args: ['report', 'team', '-f', 'json', '-o', 'r.json'], exit: 1, stderr: /^team\/me\.yaml: error: \+19,900 more schema problems in this file, not listed \[schema\]$/m, creates: ['r.json'], maxMs: 12_000 },
);

// The same past the schema: skill ids the framework does not know (under `ratings:`, `manager_ratings:`,
// `preferences:`, a history entry's `ratings:`). Before: each was located by a search of its mapping and given
// its closest ids, so 20,000 took 7.5 s alone and 13-16 s with these four rows side by side (the output listed
// every one too: "(and 19999 more)", 20,000 lines from report); 150,000 took 370 s. Now the first 100 are listed
// and the rest counted, as for the schema: 0.6-1.0 s alone, about 3 s side by side (10 s allowed).
const UNKNOWN = 20_000;
const unknownSkills = (n: number, under = '') => Array.from({ length: n }, (_, i) => `${under}  k${i}: 1\n`).join('');
const unknownRatings = `current_role: support-technician\nratings:\n${unknownSkills(UNKNOWN)}`;
const unknownJsonLine = JSON.stringify({ current_role: 'support-technician', ratings: Object.fromEntries(Array.from({ length: UNKNOWN }, (_, i) => [`k${i}`, 1])) });
const NOT_LISTED = (file: string, severity: string, rule: string) => new RegExp(`^${file}: ${severity}: \\+19,900 more problems in this file, not listed \\[${rule}\\]$`, 'm');
const usedOne = (d: string) => (JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')) as { summary: { used: number } }).summary.used === 1 || fail('not the one good profile');
duplicateRows.push(
  { class: 'limits', name: '20,000 unknown rating keys, via recommend: quick, the first listed and the rest counted', setup: (d) => writeFileSync(join(d, 'me.yaml'), unknownRatings), args: ['recommend', 'me.yaml'], exit: 1, stderr: /^rungs: me\.yaml:3:3: error: unknown skill "k0" \[unknown-reference\] \(and 100 more\)$/m, maxMs: 10_000 },
  {
    class: 'limits',
    name: '20,000 unknown rating keys, via report of a folder: 100 listed, the rest one line, the team reported',
    setup: (d) => { team(d, ['a.yaml']); writeFileSync(join(d, 'team', 'me.yaml'), unknownRatings); },
    args: ['report', 'team', '-f', 'json', '-o', 'r.json'],
    exit: 1,
    stderr: NOT_LISTED('team/me\\.yaml', 'error', 'unknown-reference'),
    absent: /"k100"/,
    creates: ['r.json'],
    maxMs: 10_000,
    after: usedOne,
  },
  {
    class: 'limits',
    name: '20,000 unknown rating keys in a JSON line, via report - : 100 listed, the rest one line',
    setup: () => {},
    args: ['report', '-', '-f', 'json', '-o', 'r.json'],
    stdin: `{"current_role": "support-technician"}\n${unknownJsonLine}\n`,
    exit: 1,
    stderr: NOT_LISTED('<stdin>', 'error', 'unknown-reference'),
    absent: /"k100"/,
    creates: ['r.json'],
    maxMs: 10_000,
    after: usedOne,
  },
  {
    class: 'limits',
    name: '20,000 skills dropped since, in a history entry: advice, 100 warnings and the rest one line',
    setup: (d) => writeFileSync(join(d, 'me.yaml'), `current_role: support-technician\nratings:\n  troubleshooting: 3\nhistory:\n  - assessed_on: "2026-01-01"\n    current_role: support-technician\n    ratings:\n${unknownSkills(UNKNOWN, '    ')}`),
    args: ['recommend', 'me.yaml', '-o', 'advice.txt'],
    exit: 0,
    stderr: NOT_LISTED('me\\.yaml', 'warning', 'history-reference'),
    absent: /"k100"/,
    creates: ['advice.txt'],
    maxMs: 10_000,
  },
);

// Deep and wide input (issue 14, case 7). Before: a chain of 2,500 promotions overflowed the call stack in the
// promotion-cycle rule, so validate, paths, plan and recommend all died with "Maximum call stack size exceeded";
// 300,000 problems in one file overflowed `problems.push(...spread)` in the framework loader and in report (150,000
// here: a spread of more than about 125,000 overflows); an unclosed JSON nesting 100,000 deep overflowed the
// scanner that locates a JSON syntax error, and a pattern of braces nested 30,000 deep the glob translation.
// Levels run 1 to 9 and a promotion must lead higher, so no valid framework holds more than 8 promotions in a
// row: the chain is reported (every problem by validate, one line elsewhere). A chain of 2,500 lateral moves is
// valid: it gets its route.
const CHAIN = 2_500;
const chainRole = (i: number, type: 'promotion' | 'lateral') => `id: step-${i}
title: Step ${i}
level: ${type === 'promotion' ? Math.min(9, 1 + i) : 1}
track: foundation
entry: ${i === 0}
summary: Step ${i} of a long ladder.
responsibilities:
  - Take step ${i}.
how_to_get_here:
  - Take the step before.
skills:
  - { skill: troubleshooting, level: ${1 + (i % 5)}, importance: 5 }
${type === 'lateral' && i === CHAIN - 1 ? '' : `next:\n  - role: step-${(i + 1) % CHAIN}\n    type: ${type}\n`}`;
/** The small framework in fw/ plus a chain of 2,500 roles; for promotions the last leads back to the first. */
const chain = (type: 'promotion' | 'lateral') => (dir: string) => {
  writeMini(join(dir, 'fw'), Object.fromEntries(Array.from({ length: CHAIN }, (_, i) => [`roles/step-${i}.yaml`, chainRole(i, type)])));
  writeFileSync(join(dir, 'me.yaml'), 'current_role: step-0\nratings:\n  troubleshooting: 3\n');
};
const CHAIN_REFUSED = /^rungs: the framework in fw has 2493 errors \(first: fw\/roles\/step-\d+\.yaml:\d+:\d+: "step-\d+" \(level 9\) lists a promotion to "step-\d+" at level \d: a promotion must lead to a higher level/m;
const problemFlood = `current_role: support-technician\n${']\n'.repeat(150_000)}`; // 300 KB: a spread of more than about 125,000 overflowed
const FLOOD_FIRST = /^team\/flood\.yaml:2:1: error: Unexpected flow-seq-end token in YAML stream: "\]" \[yaml-syntax\]$/m;

const deepRows: Case[] = [
  {
    class: 'limits',
    name: 'a chain of 2,500 promotions, via validate: every problem listed, the cycle through all of them found',
    setup: chain('promotion'),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: new RegExp(`^fw/roles/step-${CHAIN - 1}\\.yaml:\\d+:\\d+: error: promotion cycle: step-0 -> step-1 -> step-2 -> (step-\\d+ -> ){${CHAIN - 4}}step-${CHAIN - 1} -> step-0 \\[promotion-cycle\\]$`, 'm'),
    maxMs: 25_000,
  },
  { class: 'limits', name: 'a chain of 2,500 promotions, via paths: one line', setup: chain('promotion'), args: ['paths', '--data', 'fw'], exit: 1, stderr: CHAIN_REFUSED, maxMs: 25_000 },
  { class: 'limits', name: 'a chain of 2,500 promotions, via plan to the far end: one line', setup: chain('promotion'), args: ['plan', 'me.yaml', '--to', `step-${CHAIN - 1}`, '--data', 'fw'], exit: 1, stderr: CHAIN_REFUSED, maxMs: 25_000 },
  { class: 'limits', name: 'a chain of 2,500 promotions, via recommend: one line', setup: chain('promotion'), args: ['recommend', 'me.yaml', '--data', 'fw'], exit: 1, stderr: CHAIN_REFUSED, maxMs: 25_000 },
  {
    class: 'limits',
    name: 'a chain of 2,500 lateral moves (valid), via plan to the far end: the whole route',
    setup: chain('lateral'),
    args: ['plan', 'me.yaml', '--to', `step-${CHAIN - 1}`, '--data', 'fw', '-f', 'json', '-o', 'plan.json'],
    exit: 0,
    creates: ['plan.json'],
    maxMs: 25_000,
    after: (d) => (JSON.parse(readFileSync(join(d, 'plan.json'), 'utf8')) as { steps: unknown[] }).steps.length === CHAIN - 1 || fail(`not a route of ${CHAIN - 1} moves`),
  },
  {
    class: 'limits',
    name: '150,000 problems in a profile, via report: listed, the rest of the team reported',
    setup: (d) => { team(d); writeFileSync(join(d, 'team', 'flood.yaml'), problemFlood); },
    args: ['report', 'team', '-f', 'json', '-o', 'r.json'],
    exit: 1,
    stderr: FLOOD_FIRST,
    creates: ['r.json'],
    maxMs: 25_000,
    after: (d) => (JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')) as { summary: { used: number } }).summary.used === 2 || fail('not the two good profiles'),
  },
  {
    class: 'limits',
    name: '150,000 problems in a framework file, via validate',
    setup: (d) => writeMini(join(d, 'fw'), { 'skills/troubleshooting.yaml': `${MINI_FILES['skills/troubleshooting.yaml']}${']\n'.repeat(150_000)}` }),
    args: ['validate', 'fw', '-f', 'json', '-o', 'v.json'],
    exit: 1,
    creates: ['v.json'],
    stderr: /^rungs: wrote v\.json$/m,
    maxMs: 25_000,
  },
  {
    class: 'limits',
    name: '150,000 problems in a framework file, as the active framework: one line',
    setup: (d) => writeMini(join(d, 'fw'), { 'skills/troubleshooting.yaml': `${MINI_FILES['skills/troubleshooting.yaml']}${']\n'.repeat(150_000)}` }),
    args: ['roles', '--data', 'fw'],
    exit: 1,
    stderr: /^rungs: the framework in fw has 150000 errors \(first: fw\/skills\/troubleshooting\.yaml:\d+:1: Unexpected flow-seq-end token/m,
    maxMs: 25_000,
  },
  {
    class: 'limits',
    name: 'a pattern of braces nested 30,000 deep: one line',
    setup: team,
    args: ['report', `${'{'.repeat(30_000)}team${'}'.repeat(30_000)}/*.yaml`],
    exit: 2,
    stderr: /^rungs: \{{60}\.\.\.: the pattern nests \{\.\.\.\} more than 100 deep$/m,
  },
  { class: 'limits', name: 'a pattern of braces nested 100 deep still reads the team', setup: team, args: ['report', `${'{'.repeat(100)}team${'}'.repeat(100)}/*.yaml`, '-f', 'json', '-o', 'r.json'], exit: 0, creates: ['r.json'] },
  {
    class: 'limits',
    name: 'an unclosed JSON nesting 100,000 deep in a profile',
    setup: (d) => writeFileSync(join(d, 'me.json'), `{"current_role": ${'['.repeat(100_000)}`),
    args: ['recommend', 'me.json'],
    exit: 1,
    stderr: /^rungs: me\.json:1:\d+: error: invalid JSON: .* \[json-syntax\]$/m,
  },
];

// A 930 KB profile of 95,000 list items (issue 14, case 8): parsing it needs about 90 MB of heap, over the parse
// worker's 64 MB. Before: with workers (RUNGS_PARSE_WORKERS=1 forces them on a small team) the worker died with
// "Worker terminated due to reaching memory limit" and the whole report with it (exit 2); without, it was
// rejected and the team reported. Now both paths give the same rejection and the same report.
const ITEMS = `current_role: support-technician\nevidence:\n${'  - xxxxx\n'.repeat(95_000)}`;
const ITEMS_REJECTED = /^team\/big\.yaml:3:3: error: "evidence" must be a mapping \(got a list\) \[schema\]$/m;
const reported = (read: number) => (d: string) => {
  const { summary } = JSON.parse(readFileSync(join(d, 'r.json'), 'utf8')) as { summary: { read: number; used: number; rejected: number } };
  if (summary.read !== read || summary.used !== read - 1 || summary.rejected !== 1) fail(`read ${summary.read}, used ${summary.used}, rejected ${summary.rejected}`);
};
for (const workers of ['0', '1'] as const) {
  deepRows.push({
    class: 'limits',
    name: `a profile of 95,000 list items in a team, ${workers === '0' ? 'without' : 'with'} parse workers: rejected, the rest reported`,
    setup: (d) => { team(d); writeFileSync(join(d, 'team', 'big.yaml'), ITEMS); },
    env: { RUNGS_PARSE_WORKERS: workers },
    args: ['report', 'team', '-f', 'json', '-o', 'r.json'],
    exit: 1,
    stderr: ITEMS_REJECTED,
    creates: ['r.json'],
    maxMs: 20_000,
    after: reported(3),
  });
}
deepRows.push({
  class: 'limits',
  name: 'a profile of 95,000 list items among 450, with a parse worker: the batches before and after it all reported',
  setup: (d) => {
    mkdirSync(join(d, 'team'));
    for (let i = 0; i < 450; i++) writeFileSync(join(d, 'team', `p${String(i).padStart(3, '0')}.yaml`), FULL_PROFILE.replace('Sam Patel', `Person ${i}`));
    writeFileSync(join(d, 'team', 'p250-big.yaml'), ITEMS); // in the second batch of 200, between p250 and p251
  },
  env: { RUNGS_PARSE_WORKERS: '1' },
  args: ['report', 'team', '-f', 'json', '-o', 'r.json'],
  exit: 1,
  stderr: /^team\/p250-big\.yaml:3:3: error: "evidence" must be a mapping \(got a list\) \[schema\]$/m,
  creates: ['r.json'],
  maxMs: 20_000,
  after: reported(451),
});

// ---------------------------------------------------------------------------------------------------------
// Interaction: `assess` needs a terminal, and says so before anything else.

const NEEDS_TERMINAL = /^rungs: assess needs an interactive terminal$/m;

const interactionRows: Case[] = [
  { class: 'interaction', name: 'assess with stdin piped', setup: () => {}, args: ['assess', '--save', 'me.yaml'], stdin: 'support-technician\n3\n3\n', exit: 2, stderr: NEEDS_TERMINAL },
  { class: 'interaction', name: 'assess with stdin closed', setup: () => {}, args: ['assess', '--save', 'me.yaml'], stdin: 'closed', exit: 2, stderr: NEEDS_TERMINAL },
  { class: 'interaction', name: 'assess with stdin from a file (not a terminal)', setup: me, args: ['assess', '--resume', 'me.yaml'], stdin: { file: '/dev/null' }, exit: 2, stderr: NEEDS_TERMINAL },
  { class: 'interaction', name: 'assess: the hint names the way out', setup: () => {}, args: ['assess'], exit: 2, stderr: /^hint: answer in a file and run: rungs recommend <file>$/m },
  { class: 'interaction', name: 'recommend - with stdin closed', setup: () => {}, args: ['recommend', '-'], stdin: 'closed', exit: 1, stderr: /^rungs: <stdin>:1:1: error: the profile is empty \[empty-file\]$/m },
  { class: 'interaction', name: 'report - with stdin closed', setup: () => {}, args: ['report', '-'], stdin: 'closed', exit: 2, stderr: /^rungs: <stdin>: no profiles on standard input$/m },
  { class: 'interaction', name: 'recommend - with binary on stdin', setup: () => {}, args: ['recommend', '-'], stdin: Buffer.from([0x61, 0x0a, 0xff, 0xfe]), exit: 1, stderr: /^rungs: <stdin>:2:1: not valid UTF-8 text$/m },
  { class: 'interaction', name: 'report - with a YAML stream nested 10,000 deep', setup: () => {}, args: ['report', '-'], stdin: `current_role: x\nratings: ${'['.repeat(10_000)}\n`, exit: 1, stderr: /^<stdin>:2:\d+: error: the data is nested more than 200 levels deep/m },
  { class: 'interaction', name: 'report - with a !!js/function tag in the stream', setup: () => {}, args: ['report', '-'], stdin: `current_role: support-technician\nname: !!js/function "function () { process.exit(42) }"\n`, exit: 1, stderr: /^<stdin>:2:7: error: the YAML tag !!js\/function is not supported/m },
];

// ---------------------------------------------------------------------------------------------------------
// Limits that protect the user.

const bigProfile = () => profileWith(/^evidence:\n.*$/m, `evidence:\n  empathy: ${'x'.repeat(2 * MB)}`);

const limitRows: Case[] = [
  { class: 'limits', name: 'a 2 MB profile over the default 1 MB', setup: (d) => writeFileSync(join(d, 'me.yaml'), bigProfile()), args: ['recommend', 'me.yaml'], exit: 1, stderr: /^rungs: me\.yaml: error: the file is 2\.0 MB, over the limit of 1\.0 MB \(raise it with --max-file-size\) \[file-too-large\]$/m },
  { class: 'limits', name: '--max-file-size 3 lets the 2 MB profile through', setup: (d) => writeFileSync(join(d, 'me.yaml'), bigProfile()), args: ['--max-file-size', '3', 'recommend', 'me.yaml', '-f', 'json', '-o', 'advice.json'], exit: 0, creates: ['advice.json'] },
  { class: 'limits', name: 'a 2 MB profile on stdin', setup: () => {}, args: ['recommend', '-'], stdin: bigProfile(), exit: 1, stderr: /^rungs: <stdin>: more than 1\.0 MB on standard input, over the limit \(raise it with --max-file-size\)$/m },
  {
    class: 'limits',
    name: 'a 2 MB framework file over the limit',
    setup: (d) => writeMini(join(d, 'fw'), { 'skills/troubleshooting.yaml': `${MINI_FILES['skills/troubleshooting.yaml']}# ${'x'.repeat(2 * MB)}\n` }),
    args: ['validate', 'fw'],
    exit: 1,
    stdout: /^fw\/skills\/troubleshooting\.yaml: error: the file is 2\.0 MB, over the limit of 1\.0 MB \(raise it with --max-file-size\) \[file-too-large\]$/m,
  },
  {
    class: 'limits',
    name: '--max-file-size 3 lets the 2 MB framework file through',
    setup: (d) => writeMini(join(d, 'fw'), { 'skills/troubleshooting.yaml': `${MINI_FILES['skills/troubleshooting.yaml']}# ${'x'.repeat(2 * MB)}\n` }),
    args: ['validate', 'fw', '--max-file-size', '3'],
    exit: 0,
    stdout: /0 errors/,
  },
  { class: 'limits', name: '--max-file-size must be a positive number', setup: () => {}, args: ['--max-file-size', '0', 'roles'], exit: 2, stderr: /--max-file-size.*expected a size in MB greater than 0/ },
  { class: 'limits', name: 'a batch over --max-files', setup: (d) => team(d, ['a.yaml', 'b.yaml', 'c.yaml']), args: ['report', 'team', '--max-files', '2'], exit: 2, stderr: /^hint: raise the limit with --max-files <n>, or split the team$/m },
  {
    class: 'limits',
    name: '-f html for more than 20,000 people: refused before reading, pointing at csv and json',
    setup: () => {},
    args: ['report', '-', '-f', 'html', '-o', 'team.html'],
    stdin: '{"current_role":"support-technician"}\n'.repeat(20_001),
    exit: 2,
    stderr: /^rungs: -f html is for up to 20,000 people; this report has 20,001 profiles\nhint: use -f csv or -f json for a team this size, or report it in parts$/m,
  },
  { class: 'limits', name: 'a batch over --max-files: the message', setup: (d) => team(d, ['a.yaml', 'b.yaml', 'c.yaml']), args: ['report', 'team', '--max-files', '2', '-o', 'r.txt'], exit: 2, stderr: /^rungs: more than 2 profiles in this batch$/m },
  { class: 'limits', name: '--max-files must be a whole number', setup: team, args: ['report', 'team', '--max-files', 'lots'], exit: 2, stderr: /^rungs: --max-files: "lots" is not a whole number of at least 1$/m },
  {
    class: 'limits',
    name: 'the alias limit: 101 aliases are refused',
    setup: (d) => writeFileSync(join(d, 'me.yaml'), `${FULL_PROFILE}x: &a 1\ny: [${Array.from({ length: 101 }, () => '*a').join(', ')}]\n`),
    args: ['recommend', 'me.yaml'],
    exit: 1,
    stderr: /^rungs: me\.yaml:1:1: error: too many aliases \(\*name\) to expand: over the limit of 100, as in a file built to exhaust memory \[yaml-syntax\]$/m,
  },
  ...(
    [
      ['validate', 'fw'],
      ['recommend', 'me.yaml'],
      ['report', 'team', '-f', 'html'],
      ['plan', 'me.yaml', '--to', 'support-team-lead'],
      ['roles'],
    ] as const
  ).map(
    (args): Case => ({
      class: 'limits',
      name: `no network: ${args.join(' ')} with every socket, DNS and fetch call made to throw`,
      setup: (d) => {
        writeMini(join(d, 'fw'));
        me(d);
        team(d);
      },
      nodeArgs: () => ['--import', new URL('./no-network.mjs', import.meta.url).href],
      args: [...args],
      exit: 0,
      absent: /NETWORK ACCESS/,
    }),
  ),
];

export const CASES: Case[] = [...yamlRows(), ...shapeRows, ...fileRows, ...outputRows, ...specialInputRows, ...surroundingRows, ...walkRows, ...textRows, ...invisibleRows, ...duplicateRows, ...deepRows, ...interactionRows, ...limitRows];
