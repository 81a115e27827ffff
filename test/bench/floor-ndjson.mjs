// The floor under `rungs report -`: what Node itself takes to read the same JSON lines from stdin and
// JSON.parse each of them on both cores (the second half on a worker thread), and nothing else: no checks,
// no scoring, no report. The benchmark times it beside rungs, so the NDJSON row shows how far above Node's
// own limit rungs is. Prints the number of lines parsed on stderr.
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

/** JSON.parse of every non-blank line of text[from, to). */
function parseLines(text, from, to) {
  let parsed = 0;
  for (let start = from; start < to; ) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    if (end > start) {
      JSON.parse(text.slice(start, end));
      parsed++;
    }
    start = end + 1;
  }
  return parsed;
}

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url));
  const text = readFileSync(0, 'utf8');
  const half = text.indexOf('\n', text.length >> 1) + 1 || text.length;
  const theirs = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  worker.postMessage(text.slice(half));
  const mine = parseLines(text, 0, half);
  const total = mine + (await theirs);
  await worker.terminate();
  process.stderr.write(`parsed ${total} lines\n`);
} else {
  parentPort.once('message', (text) => parentPort.postMessage(parseLines(text, 0, text.length)));
}
