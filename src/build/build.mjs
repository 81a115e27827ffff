// The build: precompiled schema validators, then one code-split ESM bundle per command.
// Runs on `npm install` (prepare), `npm pack` (prepack) and `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { writeNotices } from './notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KINDS = ['framework', 'skill', 'role', 'questions', 'profile'];

// 1. Schemas -> standalone validators, one module per file kind (a command loads only the kinds it reads).
// Compiling at run time costs ~60 ms of ajv import plus compile on every start; the generated code needs
// neither. ajv's standalone output require()s a few runtime helpers, so each module is bundled by esbuild into
// a self-contained ESM module.
const generated = join(root, 'src', 'generated');
// The inputs of every bundle that ships, for the third-party notices (step 2).
const shipped = [];
mkdirSync(generated, { recursive: true });
for (const kind of KINDS) {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, strictRequired: false, code: { source: true, esm: true } });
  ajv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8')), kind);
  const raw = join(generated, `${kind}.raw.mjs`);
  writeFileSync(raw, standaloneCode(ajv, { validate: kind }));
  try {
    const result = await build({
      metafile: true,
      entryPoints: [raw],
      outfile: join(generated, `${kind}.js`),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: root,
    });
    shipped.push(result.metafile);
  } finally {
    rmSync(raw);
  }
}

// commander loads node:child_process (and with it net and dgram, ~5 ms of every start) only to run external
// subcommands, which rungs has none of: it gets a stand-in that loads the module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = { spawn: (...args) => process.getBuiltinModule('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// chalk works out the terminal's colour support when it loads (loading node:tty, node:os and a facade of
// node:process), but rungs always tells it the level (src/render/text.ts): it gets a stand-in that detects nothing.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'no-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'no-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

// 2. The CLI: code-split so that each command loads only what it needs (see src/cli/main.ts).
rmSync(join(root, 'dist'), { recursive: true, force: true });
const cli = await build({
  metafile: true,
  // The report's parse worker is an entry of its own: a Worker starts from a file.
  entryPoints: { cli: join(root, 'src', 'cli', 'main.ts'), 'report-worker': join(root, 'src', 'cli', 'report-worker.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // .mjs: Node knows each chunk is an ES module from its name, instead of looking up the package.json that
  // says so for every one of the ~20 a command loads (~6% of `rungs recommend`'s instructions).
  outExtension: { '.js': '.mjs' },
  minify: process.env.RUNGS_NO_MINIFY !== '1',
  // Minified for start-up speed; `--verbose` maps stack traces back to src/ (see bin/rungs.js).
  sourcemap: true,
  legalComments: 'none',
  plugins: [lazyChildProcess, chalkWithoutDetection],
  // CommonJS dependencies bundled into ESM need a real require for Node built-ins.
  banner: { js: "import { createRequire as __rungsCreateRequire } from 'node:module'; const require = __rungsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  absWorkingDir: root,
});
shipped.push(cli.metafile);
// The licences of what the bundles hold (MIT and ISC ask for their text to travel with the code).
writeNotices(root, shipped, join(root, 'THIRD-PARTY-NOTICES.txt'));

// 3. Help and version, rendered once by commander so that `rungs --help` need not load it (src/cli/main.ts).
{
  const run = (args) => execFileSync(process.execPath, [join(root, 'dist', 'cli.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '' } });
  const top = run(['--help']);
  const commands = [...top.split('\nCommands:\n')[1].matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help');
  const texts = { '': top, '--version': run(['--version']) };
  for (const command of commands) texts[command] = run([command, '--help']);
  writeFileSync(join(root, 'dist', 'help.json'), JSON.stringify(texts));
}

// 4. The shipped framework, checked and compiled to JSON (src/io/default-cache.ts explains why).
const compiler = join(root, 'dist', '.compile-default.mjs');
await build({
  entryPoints: [join(root, 'src', 'build', 'compile-default.ts')],
  outfile: compiler,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __rungsCreateRequire } from 'node:module'; const require = __rungsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  absWorkingDir: root,
});
try {
  (await import(compiler)).run(root);
} finally {
  rmSync(compiler);
}
