// `rungs report <inputs...>`: one report over many profiles. A bad profile never stops the report: it is
// listed in the report's errors and on stderr, everyone else is reported, and the exit code is 1.
import { indexFramework, type FrameworkIndex } from '../../core/index-framework.js';
import { pushAll, type Problem } from '../../core/problems.js';
import { createTeam, memoryRows, type PersonRow, type RowStore, type TeamInput } from '../../core/team.js';
import { listView } from '../../core/list-view.js';
import { EXIT, printable, RungsError } from '../../errors.js';
import { expandInputs, stdinProfiles, tooMany, type StdinProfiles } from '../../io/inputs.js';
import { readStdin, stdinIsTerminal } from '../../io/stdin.js';
import { formatProblem, type ProfileResult } from '../../io/profile.js';
import { readProfileFileAt } from '../../io/read-profiles.js';
import { parseWorkers, readInParallel } from '../report-parallel.js';
import { addToSnapshot, newSnapshot, pathInside, people, type PeopleOptions } from '../report-people.js';
import { openSpill, type Spill } from '../../io/spill.js';
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import type { FormatOf } from '../../render/formats.js';
import { renderer } from '../../render/registry.js';
import { activeFramework, checkOutput, emit, maxFileBytes, renderContext, type CommonOptions } from '../context.js';

export interface ReportOptions extends CommonOptions {
  maxFiles?: string;
  bom?: boolean;
  /** An earlier snapshot folder, or a date (YYYY-MM-DD): what "change since last time" compares with. */
  since?: string;
}

/**
 * The HTML report is a page for a browser, laid out for a team (tested at 200 people): at 20,000 it is some 30 MB,
 * and past that it is neither readable nor cheap to make (its people table is sorted by readiness, so every row
 * is held at once). Larger teams are refused before anything is read, pointing at CSV and JSON.
 */
export const HTML_MAX_PEOPLE = 20_000;

/** Above this many inputs, a terminal gets a progress line. */
const PROGRESS_MIN = 500;

export async function run(inputs: string[], options: ReportOptions): Promise<number> {
  const stores = workingStores();
  try {
    return await report(inputs, options, stores);
  } finally {
    stores.close();
  }
}

async function report(inputs: string[], options: ReportOptions, stores: Stores): Promise<number> {
  const format = (options.format ?? 'table') as FormatOf<'report'>;
  const maxFiles = parseMaxFiles(options.maxFiles);
  if (options.bom && format !== 'csv') throw new RungsError(`--bom is for -f csv, not -f ${format}`, EXIT.usage);
  const framework = await activeFramework(options);
  const index = indexFramework(framework);

  const maxBytes = maxFileBytes(options);
  const { files, stdin, readsBack, problems: walkProblems, notices } = expandInputs(inputs, { maxFiles });
  for (const notice of notices) process.stderr.write(`rungs: ${printable(notice)}\n`);
  checkOutput(options, files, undefined, readsBack);
  const since = options.since === undefined ? {} : readSince(options.since, index, maxBytes, maxFiles);
  // Standard input may hold a whole team: 256 profiles' worth of --max-file-size, enough for 100,000 typical ones.
  // Only counted here: each is read when its turn comes, after the files.
  const streamed = stdin ? await readStdinProfiles(maxBytes * 256, index) : undefined;
  const streamedCount = streamed?.count ?? 0;
  if (files.length + streamedCount > maxFiles) throw tooMany(maxFiles);

  // Each profile goes into the team as soon as it is read: only its report row is kept, not the profile, and a
  // large team's rows wait on disk.
  const total = files.length + streamedCount;
  if (format === 'html' && total > HTML_MAX_PEOPLE) {
    throw new RungsError(
      `-f html is for up to ${HTML_MAX_PEOPLE.toLocaleString('en-US')} people; this report has ${total.toLocaleString('en-US')} profiles`,
      EXIT.usage,
      'use -f csv or -f json for a team this size, or report it in parts',
    );
  }
  const team = createTeam(index, stores.open(total));
  // A profile is found again by its file, or by its place on standard input: for a name that comes twice.
  const reread = (source: unknown): TeamInput => {
    const r = typeof source === 'number' ? streamed!.at(source) : readProfileFileAt(source as string, index, maxBytes);
    if (!r.result.ok) throw new RungsError(`${r.name}: changed while the report was reading it; run the report again`, EXIT.usage);
    return { file: r.name, profile: r.result.profile, warnings: r.result.warnings, ratings: r.result.ratings };
  };
  // Files in the order found, then standard input: the order a person's profiles are merged in.
  let place: Map<string, number> | undefined;
  const order = (source: unknown): number => {
    if (typeof source === 'number') return files.length + source;
    place ??= new Map(files.map((abs, i) => [abs, i]));
    return place.get(source as string) ?? -1;
  };
  // Profiles of the same person become one, and each is matched with the earlier assessment to compare with.
  const everyone = people(team, { ...since, reread, order });
  const dirs = inputs.filter((i) => i !== '-').map((i) => resolve(i)).filter(isDirectory);
  const problems: Problem[] = [...walkProblems];
  let used = 0;
  let rejected = 0;
  /** `source`: the file's absolute path, or the profile's place on standard input. */
  const take = (result: ProfileResult, name: string, source: string | number) => {
    if (result.ok) {
      everyone.take({ file: name, profile: result.profile, warnings: result.warnings, ratings: result.ratings }, typeof source === 'number' ? name : pathInside(source, dirs), source);
      used++;
    } else {
      rejected++;
      pushAll(problems, result.problems);
    }
  };

  const progress = progressLine(total);
  let done = 0;
  const workers = parseWorkers(files.length);
  if (workers > 0) {
    // Large batches: parsing on worker threads, scoring here as results arrive.
    await readInParallel(framework, files, maxBytes, workers, (r) => {
      progress(done++);
      take(r.result, r.name, resolve(r.name));
    });
  } else {
    for (const abs of files) {
      progress(done++);
      const r = readProfileFileAt(abs, index, maxBytes);
      take(r.result, r.name, abs);
    }
  }
  let k = 0;
  streamed?.forEach((result, name) => {
    progress(done++);
    take(result, name, k++);
  });
  progress(total, true);
  const { left, merged } = everyone.finish();

  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of errors) process.stderr.write(`${formatProblem(p)}\n`);
  const report = team.finish(errors, { read: total, used, rejected }, left);
  const draw = await renderer('report', format, renderContext(options, Boolean(options.output)));
  // Written as it is made: a large team's report never exists whole, in memory or half-written on disk.
  emit(
    (write) => {
      // Opt-in: Excel opens a UTF-8 CSV without a BOM in the legacy code page (names come out garbled); most other
      // tools read a BOM as part of the first column's name.
      if (options.bom) write('\uFEFF');
      draw(report, write);
    },
    options,
    files,
    undefined,
    readsBack,
  );
  process.stderr.write(`rungs: read ${total} profile${total === 1 ? '' : 's'}, used ${used}, rejected ${rejected}\n`);
  if (merged) process.stderr.write(`rungs: ${merged} profile${merged === 1 ? ' was' : 's were'} another assessment of someone already read (same name): reported as one person each\n`);
  return rejected > 0 || walkProblems.length > 0 || (since.rejected ?? 0) > 0 ? EXIT.findings : EXIT.ok;
}

interface Stores {
  /** Where the rows of `profiles` people are kept. */
  open(profiles: number): RowStore;
  close(): void;
}

/** From this many profiles, the rows go to disk (RUNGS_SPILL_MIN sets it; tests use 0). */
const SPILL_MIN = 20_000;

/** The rows: in a temporary file for a large team (in memory where none can be made). */
function workingStores(): Stores {
  const forced = process.env.RUNGS_SPILL_MIN;
  const min = forced !== undefined && /^\d+$/.test(forced) ? Number(forced) : SPILL_MIN;
  let spill: Spill<PersonRow> | undefined;
  return {
    open(profiles) {
      if (profiles < min) return memoryRows();
      // A large team's report keeps little (rows on disk, long lists packed) but allocates a great deal as it
      // reads and scores each profile, and V8 lets the heap grow to several times what is live before it
      // collects: at 100,000 people, 420 MB for some 70 MB live. Growing it by half at a time kept the peak at
      // 270 MB, no slower there; at 10,000 it cost 5%, so smaller teams keep V8's default. The flag is read at
      // every collection, so setting it now works (README, "Speed").
      setFlagsFromString('--heap-growing-percent=50');
      spill = openSpill<PersonRow>();
      return spill ? spilledRows(spill) : memoryRows();
    },
    close() {
      spill?.close();
    },
  };
}

function spilledRows(spill: Spill<PersonRow>): RowStore {
  return { put: (row) => void spill.put(row), get: (i) => spill.get(i), list: (order) => listView(order.length, (k) => spill.get(order[k]!)) };
}

/**
 * --since: an earlier snapshot folder (its profiles read now; one that cannot be used is listed on stderr and
 * makes the exit code 1, as in the team), or a date.
 */
function readSince(value: string, index: FrameworkIndex, maxBytes: number, maxFiles: number): PeopleOptions & { rejected?: number } {
  const dir = resolve(value);
  if (isDirectory(dir)) {
    const snapshot = newSnapshot();
    let rejected = 0;
    for (const abs of expandInputs([value], { maxFiles }).files) {
      const r = readProfileFileAt(abs, index, maxBytes);
      if (r.result.ok) addToSnapshot(snapshot, pathInside(abs, [dir]), { file: r.name, profile: r.result.profile });
      else {
        rejected++;
        for (const p of r.result.problems.filter((p) => p.severity === 'error')) process.stderr.write(`${formatProblem(p)} (in the --since snapshot)\n`);
      }
    }
    return { snapshot, rejected };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { since: value };
  throw new RungsError(`--since ${JSON.stringify(value)} is neither a folder of earlier profiles nor a date (YYYY-MM-DD)`, EXIT.usage);
}

function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

function parseMaxFiles(value: string | undefined): number {
  if (value === undefined) return 100_000;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new RungsError(`--max-files: "${value}" is not a whole number of at least 1`, EXIT.usage);
  }
  return n;
}

async function readStdinProfiles(maxBytes: number, index: FrameworkIndex): Promise<StdinProfiles> {
  if (stdinIsTerminal()) {
    throw new RungsError('- reads profiles from standard input, but it is a terminal', EXIT.usage, 'pipe them in: cat people.ndjson | rungs report -');
  }
  const profiles = stdinProfiles(await readStdin(maxBytes), index);
  if (profiles.count === 0) throw new RungsError('<stdin>: no profiles on standard input', EXIT.usage);
  return profiles;
}

/** `\r`-updated progress on stderr, only for a terminal and a long run; clears itself when done. */
function progressLine(total: number): (done: number, end?: boolean) => void {
  if (!process.stderr.isTTY || total <= PROGRESS_MIN) return () => {};
  let last = -1;
  return (done, end = false) => {
    if (end) {
      process.stderr.write('\r\x1b[K');
      return;
    }
    const pct = Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    process.stderr.write(`\rrungs: reading profiles ${done}/${total} (${pct}%)`);
  };
}
