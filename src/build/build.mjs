// The build: precompiled schema validators, then one code-split ESM bundle per command.
// Runs on `npm install` (prepare), `npm pack` (prepack) and `npm test`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KINDS = ['framework', 'skill', 'role', 'questions', 'profile'];

// 1. Schemas -> standalone validators. Compiling at run time costs ~60 ms of ajv import plus compile on every
// start; the generated code needs neither. ajv's standalone output require()s a few runtime helpers, so it is
// bundled by esbuild into one self-contained ESM module.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, strictRequired: false, code: { source: true, esm: true } });
const exportsByName = {};
for (const kind of KINDS) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', `${kind}.schema.json`), 'utf8'));
  ajv.addSchema(schema, kind);
  exportsByName[kind] = kind;
}
const generated = join(root, 'src', 'generated');
mkdirSync(generated, { recursive: true });
const raw = join(generated, 'validators.raw.mjs');
writeFileSync(raw, standaloneCode(ajv, exportsByName));
await build({
  entryPoints: [raw],
  outfile: join(generated, 'validators.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
});
rmSync(raw);

// 2. The CLI: code-split so that each command loads only what it needs (see src/cli/main.ts).
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'src', 'cli', 'main.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // CommonJS dependencies bundled into ESM need a real require for Node built-ins.
  banner: { js: "import { createRequire as __rungsCreateRequire } from 'node:module'; const require = __rungsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  absWorkingDir: root,
});

// 3. The shipped framework, checked and compiled to JSON (src/io/default-cache.ts explains why).
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
