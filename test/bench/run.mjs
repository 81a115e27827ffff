#!/usr/bin/env node
// `npm run bench`: the speed benchmark of issue 5. Generates its own data (deterministic from a seed), times whole
// processes and prints one row per target. Every comparison is a ratio measured in the same run, the two commands
// alternating (A B A B ...) after a warm-up, the median of the per-pair ratios reported, because the machine is
// shared and noisy.
//
//   node test/bench/run.mjs [--quick] [--only <row>[,<row>...]] [--seed <n>] [--keep]
//
// --quick   fewer runs, teams and frameworks a tenth of the size: a smoke test, not comparable with the targets
// --only    run only these rows (see ROWS below for the names)
// --keep    keep the generated data (its folder is printed) instead of deleting it
//
// Exit 0 even when a target fails (this is a measurement); exit 1 only when the harness itself could not measure
// the happy path (generated data rejected, a command failing). Peak memory comes from GNU time (/usr/bin/time -f %M);
// `rungs assess` runs under a pseudo-terminal (util-linux `script`). What runs is a copy of the built package taken
// at the start, so a rebuild in the working tree meanwhile cannot disturb the measurement.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { generateFramework, makeProfiles, profileYaml, readFrameworkIds, ROOT, writeNdjson, writeProfileFolder } from './generate.mjs';

// ------------------------------------------------------------------------------------------------ options
const ROWS = [
  'help',
  'roles',
  'recommend',
  'assess',
  'rescore',
  'validate-default',
  'validate-vs-ajv',
  'validate-vs-ajv-2000',
  'validate-vs-ajv-10000',
  'report-yaml',
  'report-ndjson',
  'report-ndjson-json',
  'growth-report',
  'report-100k',
  'growth-report-100k',
  'report-400k',
  'growth-validate',
  'growth-validate-10000',
];
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stdout.write(`usage: node test/bench/run.mjs [--quick] [--only <row>[,<row>...]] [--seed <n>] [--keep]\nrows: ${ROWS.join(', ')}\n`);
  process.exit(0);
}
const only = opts.only ? opts.only.split(',').map((s) => s.trim()).filter(Boolean) : ROWS;
for (const name of only) {
  if (!ROWS.includes(name)) {
    process.stderr.write(`bench: unknown row "${name}"; the rows are: ${ROWS.join(', ')}\n`);
    process.exit(2);
  }
}
const quick = opts.quick;
const seed = Number(opts.seed);

// Sizes: the targets are stated for these; --quick divides them by 10 (the growth ratios stay the same).
const SIZE = quick
  ? { fwSmall: 20, fwBig: 200, fwHuge: 1000, teamSmall: 100, teamBig: 1000, teamHuge: 10000, teamMax: 40000 }
  : { fwSmall: 200, fwBig: 2000, fwHuge: 10000, teamSmall: 1000, teamBig: 10000, teamHuge: 100000, teamMax: 400000 };
const skillsFor = (roles) => Math.max(51, Math.round(roles / 4));
// Timed repetitions (pairs for comparisons), after `warm` untimed ones.
const RUNS = quick ? { fast: 3, medium: 3, slow: 2, warm: 1 } : { fast: 15, medium: 9, slow: 5, warm: 1 };

// ------------------------------------------------------------------------------------------------ environment
const NODE = process.execPath;
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true'], { stdio: 'pipe' }).status === 0);
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));

/** The environment of every timed command: NODE_EXTRA_CA_CERTS costs ~50 ms per Node start where it is set. */
const ENV = { ...process.env, NO_COLOR: '1' };
for (const key of ['NODE_EXTRA_CA_CERTS', 'RUNGS_DATA', 'FORCE_COLOR', 'GITHUB_ACTIONS']) delete ENV[key];

const started = performance.now();
const TMP = mkdtempSync(join(os.tmpdir(), 'rungs-bench-'));
const cleanup = () => {
  if (!opts.keep) rmSync(TMP, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

const log = (line) => process.stderr.write(`${line}\n`);

/**
 * What is measured: a copy of the package as published (bin/, dist/, data/, schemas/, package.json) taken right
 * after the build, so that a rebuild in the working tree during the run (dist/ is deleted and rewritten) cannot
 * break or change it. `cp -a` keeps the data files' timestamps, which the compiled default framework checks.
 */
const PKG = join(TMP, 'rungs');
function snapshotPackage() {
  if (!existsSync(join(ROOT, 'dist', 'cli.mjs'))) throw new HarnessError('dist/cli.mjs is missing: run `npm run build` first (npm run bench does)');
  mkdirSync(PKG);
  const parts = ['bin', 'dist', 'data', 'schemas', 'package.json'].map((p) => join(ROOT, p));
  const cp = spawnSync('cp', ['-a', ...parts, PKG], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (cp.status !== 0) throw new HarnessError(`could not copy the package to ${PKG}: ${cp.stderr}`);
  for (const args of [['--version'], ['validate', '--strict']]) {
    const r = spawnSync(NODE, [join(PKG, 'bin', 'rungs.js'), ...args], { cwd: TMP, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0) throw new HarnessError(`the copied build does not work (rungs ${args.join(' ')}: exit ${r.status}); was dist/ being rebuilt? run again\n${r.stdout}${r.stderr}`);
  }
}
const BIN = join(PKG, 'bin', 'rungs.js');
/** Not part of the package: run from here. */
const FLOOR_NDJSON = fileURLToPath(new URL('./floor-ndjson.mjs', import.meta.url));
/** The default framework of the copy: the generated data follows it (framework.yaml, questions.yaml, ids). */
const PKG_DATA = join(PKG, 'data');
const defaultIds = () => (data.ids ??= readFrameworkIds(PKG_DATA));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
const shellQuote = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');

/** The command did not run the happy path: the harness cannot measure it. */
class HarnessError extends Error {}
/** The command is not there yet ("not implemented yet"): the row is n/a. */
class NotAvailable extends Error {}

// ------------------------------------------------------------------------------------------------ running commands
/**
 * A command spec: { label, args, stdin?: file, memory?: bool, expect?: (result) => string | undefined }
 * (run as `node ...args`), or { label, steps: [spec, ...] } (run one after the other, times added up),
 * or { label, pty: 'shell command', waitFor?: RegExp, alsoFor?: RegExp } (run under `script`, timed until
 * waitFor appears on the terminal, or until it exits).
 */
async function runSpec(spec, check) {
  if (spec.steps) {
    let ms = 0;
    for (const step of spec.steps) ms += (await runSpec(step, check)).ms;
    return { ms, rssKB: null };
  }
  if (spec.pty) return runPty(spec, check);
  const memFile = spec.memory && GNU_TIME ? join(TMP, 'maxrss.txt') : undefined;
  const [file, args] = memFile ? [GNU_TIME, ['-f', '%M', '-o', memFile, NODE, ...spec.args]] : [NODE, spec.args];
  const stdinFd = spec.stdin ? openSync(spec.stdin, 'r') : 'ignore';
  let result;
  const t0 = performance.now();
  try {
    result = spawnSync(file, args, { cwd: TMP, env: ENV, stdio: [stdinFd, 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } finally {
    if (typeof stdinFd === 'number') closeSync(stdinFd);
  }
  const ms = performance.now() - t0;
  if (check) verify(spec, { status: result.status, signal: result.signal, stderr: String(result.stderr ?? ''), error: result.error });
  let rssKB = null;
  if (memFile) rssKB = Number(readFileSync(memFile, 'utf8').trim().split('\n').pop());
  return { ms, rssKB };
}

function verify(spec, r) {
  if (r.error) throw new HarnessError(`${spec.label}: could not run: ${r.error.message}`);
  if (/not implemented yet/i.test(r.stderr)) throw new NotAvailable(`${spec.label}: ${r.stderr.trim().split('\n')[0]}`);
  const problem = spec.expect ? spec.expect(r) : r.status === 0 ? undefined : `exit ${r.status ?? r.signal}`;
  if (problem) throw new HarnessError(`${spec.label}: ${problem}\n${r.stderr.trim().split('\n').slice(0, 8).join('\n')}`);
}

const stripAnsi = (s) => s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[@-_]/g, '');

/** Runs a shell command under a pseudo-terminal (util-linux `script`); times it until a text appears or it exits. */
function runPty(spec, check) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const child = spawn(SCRIPT, ['-qec', spec.pty, '/dev/null'], { cwd: TMP, env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let seenAt = null;
    let alsoAt = null;
    let exitedAt = null;
    let killTimer;
    const limit = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk.toString('utf8');
      if (!spec.waitFor) return;
      const plain = stripAnsi(out);
      if (seenAt === null && spec.waitFor.test(plain)) seenAt = performance.now();
      if (alsoAt === null && spec.alsoFor?.test(plain)) alsoAt = performance.now();
      if (seenAt !== null && (alsoAt !== null || !spec.alsoFor) && !killTimer) {
        // Seen: cancel the questionnaire as a person would (Ctrl-C), and make sure it goes away.
        child.stdin.write('\x03');
        killTimer = setTimeout(() => child.kill('SIGTERM'), 3000);
      }
    });
    child.stderr.on('data', (chunk) => (out += chunk.toString('utf8')));
    child.on('error', (error) => reject(new HarnessError(`${spec.label}: could not run script: ${error.message}`)));
    child.on('exit', () => (exitedAt = performance.now()));
    child.on('close', (status, signal) => {
      clearTimeout(limit);
      clearTimeout(killTimer);
      const end = exitedAt ?? performance.now();
      try {
        if (spec.waitFor) {
          if (seenAt === null) {
            const text = stripAnsi(out).trim().split('\n').slice(0, 8).join('\n');
            if (/not implemented yet/i.test(text)) throw new NotAvailable(`${spec.label}: ${text.split('\n')[0]}`);
            throw new HarnessError(`${spec.label}: the prompt (${spec.waitFor}) never appeared (exit ${status ?? signal})\n${text}`);
          }
        } else if (check) {
          verify(spec, { status, signal, stderr: stripAnsi(out) });
        }
        resolvePromise({ ms: (seenAt ?? end) - t0, alsoMs: alsoAt === null ? null : alsoAt - t0, rssKB: null });
      } catch (error) {
        reject(error);
      }
    });
  });
}

function stats(samples) {
  const ms = samples.map((s) => s.ms);
  const rss = samples.map((s) => s.rssKB).filter((x) => x !== null && Number.isFinite(x));
  const also = samples.map((s) => s.alsoMs).filter((x) => x !== null && x !== undefined);
  return {
    runs: ms.length,
    medianMs: round(median(ms), 2),
    minMs: round(Math.min(...ms), 2),
    maxMs: round(Math.max(...ms), 2),
    timesMs: ms.map((x) => round(x, 2)),
    ...(rss.length ? { medianMaxRssMB: round(median(rss) / 1024, 1), maxMaxRssMB: round(Math.max(...rss) / 1024, 1) } : {}),
    ...(also.length ? { alsoMedianMs: round(median(also), 2) } : {}),
  };
}

/**
 * The benchmark must finish in five minutes even while a command is far slower than its target: a row's timed
 * runs are cut to what fits in ROW_BUDGET_MS (judged from the warm-up), never below 3; and a warm-up over
 * SLOW_MS counts as the first timed run (what a warm-up saves is lost in the noise of such a long run).
 */
const ROW_BUDGET_MS = 40_000;
const SLOW_MS = 12_000;
const affordable = (runs, warmMs, least = 3) => Math.max(Math.min(least, runs), Math.min(runs, Math.floor(ROW_BUDGET_MS / warmMs)));

/**
 * A against B: a checked warm-up of each, then `pairs` alternating pairs (A B A B ...), at least `least` of them
 * whatever the budget. Every timed run is checked too: a run that failed fast would pass for a fast run.
 */
async function compare(a, b, { pairs, warm = RUNS.warm, least = 3 }) {
  const wa = await runSpec(a, true);
  const wb = await runSpec(b, true);
  const warmMs = wa.ms + wb.ms;
  pairs = affordable(pairs, warmMs, least);
  const sa = [];
  const sb = [];
  if (warmMs > SLOW_MS) {
    sa.push(wa);
    sb.push(wb);
  }
  for (let i = 1; i < warm; i++) {
    await runSpec(a);
    await runSpec(b);
  }
  while (sa.length < pairs) {
    sa.push(await runSpec(a, true));
    sb.push(await runSpec(b, true));
  }
  const A = stats(sa);
  const B = stats(sb);
  // The ratio is the median of the per-pair ratios B/A: each pair ran back to back, so a change in the machine's
  // load between pairs cancels out (the ratio of the two medians is kept beside it).
  const pairRatios = sa.map((x, i) => sb[i].ms / x.ms);
  return {
    A: { label: a.label, ...A },
    B: { label: b.label, ...B },
    ratio: median(pairRatios),
    ratioOfMedians: round(B.medianMs / A.medianMs, 3),
    pairRatios: pairRatios.map((r) => round(r, 3)),
  };
}

/** One command alone: a checked warm-up, then `runs` timed runs. */
async function measure(spec, { runs, warm = RUNS.warm }) {
  const first = await runSpec(spec, true);
  runs = affordable(runs, first.ms);
  const samples = first.ms > SLOW_MS ? [first] : [];
  for (let i = 1; i < warm; i++) await runSpec(spec);
  while (samples.length < runs) samples.push(await runSpec(spec, true));
  return { A: { label: spec.label, ...stats(samples) } };
}

// ------------------------------------------------------------------------------------------------ data (lazily)
const data = {};
const lazy = (key, make) => () => (data[key] ??= make());

const frameworkOf = (roles) =>
  lazy(`fw${roles}`, () => {
    const dir = join(TMP, `framework-${roles}`);
    const skills = skillsFor(roles);
    const t0 = performance.now();
    generateFramework(dir, { roles, skills, seed: seed + roles, dataDir: PKG_DATA });
    log(`  generated a framework of ${roles} roles and ${skills} skills in ${fmtMs(performance.now() - t0)}`);
    // The benchmark measures the happy path: the generated framework must be clean, warnings included.
    const r = spawnSync(NODE, [BIN, 'validate', dir, '--strict'], { cwd: TMP, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      const out = `${r.stdout}${r.stderr}`.trim().split('\n').slice(0, 15).join('\n');
      throw new HarnessError(`the generated ${roles}-role framework is not clean: rungs validate --strict exited ${r.status}\n${out}`);
    }
    return { dir, roles, skills };
  });

const teamOf = (count, { ndjson: withNdjson = true } = {}) =>
  lazy(`team${count}`, () => {
    const t0 = performance.now();
    const profiles = makeProfiles(count, { seed: seed + count, ids: defaultIds() });
    const folder = writeProfileFolder(join(TMP, `team-${count}`), profiles);
    const ndjson = withNdjson ? writeNdjson(join(TMP, `team-${count}.ndjson`), profiles) : undefined;
    log(`  generated ${fmtInt(count)} profiles (a folder of YAML files${ndjson ? ' and one NDJSON file' : ''}) in ${fmtMs(performance.now() - t0)}`);
    return { folder, ndjson, count };
  });

const profileFile = lazy('profile', () => {
  const file = join(TMP, 'profile.yaml');
  writeFileSync(file, profileYaml(makeProfiles(1, { seed, ids: defaultIds() })[0]));
  return file;
});

// ------------------------------------------------------------------------------------------------ commands
const nodeBaseline = { label: 'node -e 0', args: ['-e', '0'] };
const rungs = (label, args, extra = {}) => ({ label, args: [BIN, ...args], ...extra });
/** rungs report must read every profile and reject none (exit 0), or it is not the happy path. */
const expectReport = (count) => (r) => {
  if (r.status !== 0) return `exit ${r.status ?? r.signal} (some profiles rejected?)`;
  const m = /read (\d+) profiles?, used (\d+), rejected (\d+)/.exec(r.stderr);
  if (m && (Number(m[1]) !== count || Number(m[2]) !== count)) return `read ${m[1]} and used ${m[2]} profiles, expected ${count}`;
  return undefined;
};

/** The floor script must have parsed every line. */
const expectParsed = (count) => (r) => {
  if (r.status !== 0) return `exit ${r.status ?? r.signal}`;
  const m = /parsed (\d+) lines/.exec(r.stderr);
  return m && Number(m[1]) === count ? undefined : `parsed ${m ? m[1] : 'no'} lines, expected ${count}`;
};

// Measurements shared between rows run once.
const measurements = {};
const once = (key, fn) => (measurements[key] ??= fn());

const reportYaml = () =>
  once('report-yaml', async () => {
    const small = teamOf(SIZE.teamSmall)();
    const big = teamOf(SIZE.teamBig)();
    // The default format (the table a team lead reads), stdout discarded.
    const spec = (team) => rungs(`rungs report <folder of ${fmtInt(team.count)} YAML files>`, ['report', team.folder], { memory: true, expect: expectReport(team.count) });
    return compare(spec(small), spec(big), { pairs: RUNS.slow });
  });

/** `rungs report` of the 100,000-profile folder in `format` (stdout discarded): peak memory is the target. */
const reportHuge = (format) =>
  once(`report-huge-${format}`, () => {
    const team = teamOf(SIZE.teamHuge, { ndjson: false })();
    const formatArgs = format === 'table' ? [] : ['-f', format];
    const label = `rungs report <folder of ${fmtInt(team.count)} YAML files>${format === 'table' ? '' : ` -f ${format}`}`;
    // Two runs each: at 100,000 profiles one takes some 40 s on the 2-core machine.
    return measure(rungs(label, ['report', team.folder, ...formatArgs], { memory: true, expect: expectReport(team.count) }), { runs: 2 });
  });

const validateGrowth = (smallRoles, bigRoles) =>
  once(`validate-growth-${smallRoles}-${bigRoles}`, async () => {
    const small = frameworkOf(smallRoles)();
    const big = frameworkOf(bigRoles)();
    return compare(rungs(`rungs validate <${small.roles} roles>`, ['validate', small.dir]), rungs(`rungs validate <${big.roles} roles>`, ['validate', big.dir]), { pairs: RUNS.slow, least: quick ? 3 : 5 });
  });

/** rungs validate of a generated framework against ajv-cli over its roles and skills (two processes). */
async function validateVsAjv(roles, { rolesOnly = false } = {}) {
  if (!existsSync(AJV)) throw new NotAvailable('ajv-cli is not installed (npm install -D ajv-cli@5)');
  const fw = frameworkOf(roles)();
  const ajv = (kind, folder) => ({ label: `ajv-cli validate ${folder}`, args: [AJV, 'validate', '-s', join(ROOT, 'schemas', `${kind}.schema.json`), '-d', join(fw.dir, folder, '*.yaml')] });
  const ajvBoth = { label: `ajv-cli validate roles/*.yaml + ajv-cli validate skills/*.yaml (${fw.roles} + ${fw.skills} files, two processes)`, steps: [ajv('role', 'roles'), ajv('skill', 'skills')] };
  // Five pairs at least: at 10,000 roles a pair takes some 5 s, and three pairs on a loaded machine say little.
  const m = await compare(ajvBoth, rungs(`rungs validate <${fw.roles} roles>`, ['validate', fw.dir], { memory: true }), { pairs: RUNS.medium, least: quick ? 3 : 5 });
  const what = `\`rungs validate\` of a ${fmtInt(fw.roles)}-role framework vs \`ajv-cli validate\` (roles + skills)`;
  const memory = m.B.medianMaxRssMB === undefined ? '' : `; rungs peak memory ${m.B.medianMaxRssMB.toFixed(0)} MB`;
  if (!rolesOnly) return [{ what, ...ratioRow(m, 1.0), note: `rungs also reads framework.yaml and questions.yaml and runs the cross-file rules${memory}` }];
  // For reference: ajv-cli over the role files alone (one process), measured right after.
  const only = await compare(ajv('role', 'roles'), rungs(`rungs validate <${fw.roles} roles>`, ['validate', fw.dir]), { pairs: quick ? 2 : 3 });
  return [
    {
      what,
      ...ratioRow(m, 1.0),
      note: `ajv-cli over the ${fw.roles} role files alone takes ${fmtMs(only.A.medianMs)} (rungs ${only.ratio.toFixed(2)}x that); rungs also reads framework.yaml and questions.yaml and runs the cross-file rules${memory}`,
      raw: { ...m, rolesOnly: only },
    },
  ];
}

/** rungs report - of the big team's NDJSON lines, in `format`, against one thread reading and JSON.parse-ing them. */
async function reportNdjson(format) {
  const team = teamOf(SIZE.teamBig)();
  const floor = { label: `node floor-ndjson.mjs < <${fmtInt(team.count)} NDJSON lines> (one thread)`, args: [FLOOR_NDJSON], stdin: team.ndjson, expect: expectParsed(team.count) };
  const args = format === 'table' ? ['report', '-'] : ['report', '-', '-f', format];
  const report = rungs(`rungs ${args.join(' ')} < <${fmtInt(team.count)} NDJSON lines>`, args, { stdin: team.ndjson, memory: true, expect: expectReport(team.count) });
  const m = await compare(floor, report, { pairs: RUNS.medium });
  const rate = team.count / (m.B.medianMs / 1000);
  const memory = m.B.medianMaxRssMB === undefined ? '' : `; peak memory ${m.B.medianMaxRssMB.toFixed(0)} MB (median max RSS)`;
  return [
    {
      what: `\`rungs ${args.join(' ')}\` of ${fmtInt(team.count)} NDJSON lines vs one thread reading and JSON.parse-ing them`,
      ...ratioRow(m, 2.5),
      note: `${fmtInt(rate)} profiles/s${memory}`,
    },
  ];
}

const ratioRow = (m, target) => ({
  measured: round(m.ratio, 2),
  unit: 'x',
  display: `${m.ratio.toFixed(2)}x (${fmtMs(m.B.medianMs)} vs ${fmtMs(m.A.medianMs)}, ${m.A.runs} pairs)`,
  target: { op: '<=', value: target },
  raw: m,
});

// Each row: its name (for --only), what it measures, and how. Rows may yield several table lines.
const ROW_DEFS = {
  help: async () => {
    const m = await compare(nodeBaseline, rungs('rungs --help', ['--help']), { pairs: RUNS.fast, warm: 2 });
    return [{ what: '`rungs --help` vs `node -e 0`', ...ratioRow(m, 2.0) }];
  },

  roles: async () => {
    const m = await compare(nodeBaseline, rungs('rungs roles', ['roles']), { pairs: RUNS.fast, warm: 2 });
    return [{ what: '`rungs roles` (the browse table) vs `node -e 0`', ...ratioRow(m, 3.0) }];
  },

  recommend: async () => {
    const m = await compare(nodeBaseline, rungs('rungs recommend profile.yaml', ['recommend', profileFile()]), { pairs: RUNS.fast, warm: 2 });
    return [{ what: '`rungs recommend profile.yaml` (default framework) vs `node -e 0`', ...ratioRow(m, 3.5) }];
  },

  assess: async () => {
    if (!SCRIPT) throw new NotAvailable('util-linux `script` is not installed: no pseudo-terminal to run assess in');
    const base = { label: 'script -qec "node -e 0" (until exit)', pty: `${shellQuote(NODE)} -e 0` };
    const assess = {
      label: 'script -qec "rungs assess" (until the first prompt appears)',
      pty: `${shellQuote(NODE)} ${shellQuote(BIN)} assess`,
      waitFor: /Your current role/,
      alsoFor: /Support Technician/,
    };
    const m = await compare(base, assess, { pairs: RUNS.medium, warm: 2 });
    return [
      {
        what: '`rungs assess`: first prompt drawn vs `node -e 0` (both under `script`)',
        ...ratioRow(m, 3.0),
        note: m.B.alsoMedianMs ? `the role list itself appears after ${fmtMs(m.B.alsoMedianMs)} (median)` : undefined,
      },
    ];
  },

  rescore: async () => {
    // One evaluation of the stopping rule and the choice of the next question (src/core/asking.ts nextStep), the
    // work between two prompts of `rungs assess`, timed in-process: the core is bundled from src/ for it.
    const { build } = await import('esbuild');
    const outfile = join(TMP, 'rescore.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('./rescore-entry.ts', import.meta.url))], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: ROOT, banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
    const measure = (dir) => {
      const r = spawnSync(NODE, [outfile, dir, String(RUNS.fast)], { cwd: TMP, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 });
      if (r.status !== 0) throw new HarnessError(`rescore: exit ${r.status}\n${r.stderr}`);
      return JSON.parse(String(r.stdout));
    };
    const small = measure(PKG_DATA);
    const big = measure(frameworkOf(SIZE.fwBig)().dir);
    const row = (m, label, value) => ({
      what: `re-scoring between two prompts (stopping rule + next question), ${label}: worst role's median`,
      measured: round(m.worstMs, 2),
      display: `${m.worstMs.toFixed(2)} ms (median role ${m.medianMs.toFixed(2)} ms; ${m.roles} roles, up to ${m.maxMoves} moves, ${m.maxPool} skills; the progress estimate: up to ${m.estimateWorstMs.toFixed(0)} ms)`,
      target: { op: '<=', value },
      unit: 'ms',
    });
    return [row(small, 'default framework', 5), row(big, `the ${SIZE.fwBig}-role framework`, 50)];
  },

  'validate-default': async () => {
    const m = await compare(nodeBaseline, rungs('rungs validate (default framework)', ['validate']), { pairs: RUNS.fast, warm: 2 });
    return [{ what: '`rungs validate` of the default framework vs `node -e 0`', ...ratioRow(m, 3.5) }];
  },

  'validate-vs-ajv': () => validateVsAjv(SIZE.fwSmall, { rolesOnly: true }),
  'validate-vs-ajv-2000': () => validateVsAjv(SIZE.fwBig),
  'validate-vs-ajv-10000': () => validateVsAjv(SIZE.fwHuge),

  'report-yaml': async () => {
    const m = await reportYaml();
    const n = SIZE.teamBig;
    const rate = n / (m.B.medianMs / 1000);
    const rows = [
      {
        what: `\`rungs report\` of ${fmtInt(n)} YAML profiles: throughput`,
        measured: round(rate, 0),
        unit: 'profiles/s',
        display: `${fmtInt(rate)} profiles/s (${fmtMs(m.B.medianMs)}, ${m.B.runs} runs)`,
        target: { op: '>=', value: 2000 },
        raw: m,
      },
    ];
    const mem = m.B.medianMaxRssMB;
    rows.push({
      what: `\`rungs report\` of ${fmtInt(n)} YAML profiles: peak memory`,
      measured: mem ?? null,
      unit: 'MB',
      display: mem === undefined ? 'n/a' : `${mem.toFixed(0)} MB (max ${m.B.maxMaxRssMB.toFixed(0)} MB)`,
      target: { op: '<=', value: 300 },
      note: mem === undefined ? 'GNU time (/usr/bin/time) is not installed: no peak memory (apt-get install time)' : 'max RSS from /usr/bin/time -f %M, median over the runs',
    });
    return rows;
  },

  // The old target, 30,000 profiles/s, sat below Node's own parse floor on the benchmark machine: retired for
  // a ratio to that floor, measured in the same run (issue 16).
  'report-ndjson': () => reportNdjson('table'),
  'report-ndjson-json': () => reportNdjson('json'),

  'growth-report': async () => {
    const m = await reportYaml();
    return [{ what: `growth: \`rungs report\` ${fmtInt(SIZE.teamBig)} / ${fmtInt(SIZE.teamSmall)} YAML profiles`, ...ratioRow(m, 11) }];
  },

  // Issue 16: a multi-site organisation's 100,000 people in bounded memory, in the formats a script reads.
  'report-100k': async () => {
    const rows = [];
    for (const format of ['table', 'csv', 'json']) {
      const m = await reportHuge(format);
      const mem = m.A.medianMaxRssMB;
      rows.push({
        what: `\`rungs report${format === 'table' ? '' : ` -f ${format}`}\` of ${fmtInt(SIZE.teamHuge)} YAML profiles: peak memory`,
        measured: mem ?? null,
        unit: 'MB',
        display: mem === undefined ? 'n/a' : `${mem.toFixed(0)} MB (max ${m.A.maxMaxRssMB.toFixed(0)} MB; ${fmtMs(m.A.medianMs)}, ${m.A.runs} runs)`,
        target: { op: '<=', value: 400 },
        note: mem === undefined ? 'GNU time (/usr/bin/time) is not installed: no peak memory (apt-get install time)' : 'max RSS from /usr/bin/time -f %M, median over the runs',
        raw: m,
      });
    }
    return rows;
  },

  'growth-report-100k': async () => {
    const small = teamOf(SIZE.teamBig)();
    const big = teamOf(SIZE.teamHuge, { ndjson: false })();
    const spec = (team) => rungs(`rungs report <folder of ${fmtInt(team.count)} YAML files>`, ['report', team.folder], { memory: true, expect: expectReport(team.count) });
    const m = await compare(spec(small), spec(big), { pairs: 2, least: 2 });
    const memory = m.B.medianMaxRssMB === undefined ? undefined : m.B.medianMaxRssMB / m.A.medianMaxRssMB;
    return [
      { what: `growth: \`rungs report\` ${fmtInt(SIZE.teamHuge)} / ${fmtInt(SIZE.teamBig)} YAML profiles, time`, ...ratioRow(m, 11) },
      {
        what: `growth: \`rungs report\` ${fmtInt(SIZE.teamHuge)} / ${fmtInt(SIZE.teamBig)} YAML profiles, peak memory`,
        measured: memory === undefined ? null : round(memory, 2),
        unit: 'x',
        display: memory === undefined ? 'n/a' : `${memory.toFixed(2)}x (${m.B.medianMaxRssMB.toFixed(0)} MB vs ${m.A.medianMaxRssMB.toFixed(0)} MB)`,
        target: { op: '<=', value: 4 },
      },
    ];
  },

  // 400,000 people: past the default --max-files, and 1.7 GB of JSON, which must be written as it is made.
  'report-400k': async () => {
    const team = teamOf(SIZE.teamMax, { ndjson: false })();
    const args = ['report', team.folder, '--max-files', String(team.count), '-f', 'json'];
    const m = await measure(rungs(`rungs report <folder of ${fmtInt(team.count)} YAML files> --max-files ${team.count} -f json`, args, { memory: true, expect: expectReport(team.count) }), { runs: 1 });
    const mem = m.A.medianMaxRssMB;
    return [
      {
        what: `\`rungs report -f json\` of ${fmtInt(team.count)} YAML profiles completes`,
        measured: 1,
        unit: 'completed',
        display: `completed in ${fmtMs(m.A.medianMs)}${mem === undefined ? '' : `, peak memory ${mem.toFixed(0)} MB`}`,
        target: { op: '>=', value: 1 },
        raw: m,
      },
    ];
  },

  'growth-validate': async () => {
    const m = await validateGrowth(SIZE.fwSmall, SIZE.fwBig);
    return [{ what: `growth: \`rungs validate\` ${fmtInt(SIZE.fwBig)} / ${fmtInt(SIZE.fwSmall)} roles`, ...ratioRow(m, 12) }];
  },

  'growth-validate-10000': async () => {
    const m = await validateGrowth(SIZE.fwBig, SIZE.fwHuge);
    return [{ what: `growth: \`rungs validate\` ${fmtInt(SIZE.fwHuge)} / ${fmtInt(SIZE.fwBig)} roles`, ...ratioRow(m, 5.5) }];
  },
};

// ------------------------------------------------------------------------------------------------ main
function judge(row) {
  if (row.measured === null || row.measured === undefined) return 'n/a';
  const { op, value } = row.target;
  return (op === '<=' ? row.measured <= value : row.measured >= value) ? 'pass' : 'FAIL';
}

const targetText = (t, unit) => `${t.op} ${unit === "x" ? `${t.value.toFixed(1)}x` : `${fmtInt(t.value)} ${unit}`}`;

async function main() {
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
    date: new Date().toISOString(),
  };
  log(`rungs bench${quick ? ' --quick (smaller data, fewer runs: a smoke test, not comparable with the targets)' : ''}: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}`);
  log(`  data in ${TMP}; peak memory via ${GNU_TIME ? `${GNU_TIME} -f %M` : 'nothing (GNU time missing)'}; pseudo-terminal via ${SCRIPT ?? 'nothing (script missing)'}`);

  try {
    snapshotPackage();
  } catch (error) {
    log(`bench: ${error.message}`);
    return 1;
  }

  const results = [];
  let harnessFailed = false;
  for (const name of only) {
    const t0 = performance.now();
    log(`· ${name} ...`);
    try {
      const rows = await ROW_DEFS[name]();
      for (const row of rows) results.push({ row: name, ...row, result: judge(row) });
      log(`  ${rows.map((r) => `${r.display} [${judge(r)}]`).join('; ')}  (${fmtMs(performance.now() - t0)})`);
    } catch (error) {
      if (error instanceof NotAvailable) {
        results.push({ row: name, what: name, measured: null, display: 'n/a', target: null, result: 'n/a', note: error.message });
        log(`  n/a: ${error.message}`);
      } else if (error instanceof HarnessError) {
        harnessFailed = true;
        results.push({ row: name, what: name, measured: null, display: 'ERROR', target: null, result: 'ERROR', note: error.message });
        log(`  ERROR: ${error.message}`);
      } else {
        throw error;
      }
    }
  }

  const seconds = (performance.now() - started) / 1000;
  const table = [['what', 'measured', 'target', 'result'], ...results.map((r) => [r.what, r.display, r.target ? targetText(r.target, r.unit) : '', r.result])];
  const widths = table[0].map((_, c) => Math.max(...table.map((line) => line[c].length)));
  const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const markdown = [line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n');
  const failed = results.filter((r) => r.result === 'FAIL');
  const summary = `${results.filter((r) => r.result === 'pass').length} pass, ${failed.length} FAIL, ${results.filter((r) => r.result === 'n/a').length} n/a${harnessFailed ? ', harness ERRORS' : ''}; ${seconds.toFixed(0)} s in all`;
  const machineLine = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.date.slice(0, 10)}`;

  process.stdout.write(`\n${markdown}\n\n${machineLine}\n${summary}\n`);
  for (const r of results) if (r.note) process.stdout.write(`  ${r.what}: ${r.note}\n`);
  if (failed.length) process.stdout.write(`\nFAIL: ${failed.map((r) => r.what).join('; ')}\n`);

  const dir = join(ROOT, 'test', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const name = quick ? 'quick' : only.length < ROWS.length ? 'partial' : 'latest';
  const json = {
    machine,
    quick,
    only: only.length < ROWS.length ? only : undefined,
    seed,
    sizes: { ...SIZE, skillsSmall: skillsFor(SIZE.fwSmall), skillsBig: skillsFor(SIZE.fwBig), skillsHuge: skillsFor(SIZE.fwHuge) },
    runs: RUNS,
    measured: 'a copy of bin/, dist/, data/ and schemas/ taken right after the build', environment: { unset: ['NODE_EXTRA_CA_CERTS', 'RUNGS_DATA', 'FORCE_COLOR', 'GITHUB_ACTIONS'], set: { NO_COLOR: '1' }, memory: GNU_TIME ? `${GNU_TIME} -f %M` : null, pty: SCRIPT ?? null },
    seconds: round(seconds, 1),
    rows: results,
  };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(dir, `${name}.md`), `${markdown}\n\n${machineLine}\n`);
  log(`wrote ${join('test', 'bench', 'results', `${name}.json`)} and ${name}.md`);
  return harnessFailed ? 1 : 0;
}

try {
  process.exitCode = await main();
} finally {
  cleanup();
}
