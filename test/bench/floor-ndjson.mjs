// The floor under `rungs report -`: what Node itself takes to read the same JSON lines from stdin, split them
// and JSON.parse each of them on one thread, and nothing else: no checks, no scoring, no report. The benchmark
// times it beside rungs, so the NDJSON rows show how far above Node's own limit rungs is. Prints the number of
// lines parsed on stderr. (Until 2026-12 this floor used both cores; issue 16 restated it as one thread.)
import { readFileSync } from 'node:fs';

const text = readFileSync(0, 'utf8');
let parsed = 0;
for (let start = 0; start < text.length; ) {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end > start) {
    JSON.parse(text.slice(start, end));
    parsed++;
  }
  start = end + 1;
}
process.stderr.write(`parsed ${parsed} lines\n`);
