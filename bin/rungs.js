#!/usr/bin/env node
// The published entry point: everything lives in the bundled dist/ (built by `npm install` / `npm pack`).
// Stack traces point at src/*.ts when asked for: enabled before the bundle loads, so its source map is read.
if (process.argv.includes('--verbose')) process.setSourceMapsEnabled(true);
import('../dist/cli.mjs').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.mjs')) {
    process.stderr.write('rungs: the build is missing (dist/cli.mjs). Run `npm install` (or `npm run build`) in the rungs folder.\n');
    process.exitCode = 2;
    return;
  }
  throw error;
});
