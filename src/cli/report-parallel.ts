// Parsing a large batch of profile files on worker threads. The team report does not depend on the order
// people are added in (everything is sorted at the end), so results are taken as they arrive.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { indexFramework, type FrameworkIndex } from '../core/index-framework.js';
import type { Framework } from '../core/types.js';
import { readProfileFileAt, type ReadResult } from '../io/read-profiles.js';
import { packageRoot } from '../io/paths.js';
import type { WorkerInput, WorkerMessage } from './report-worker.js';

/** Below this many files, starting workers (~40 ms each) costs more than it saves. */
export const PARALLEL_MIN_FILES = 1000;

/**
 * How many parse workers for `files` files: one on a machine with two or more cores and a large batch, else
 * none. RUNGS_PARSE_WORKERS=n overrides it (0 turns workers off; tests use it to run the parallel path on a
 * small team).
 */
export function parseWorkers(files: number): number {
  const forced = process.env.RUNGS_PARSE_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 8);
  // One parse worker keeps up with the main thread's scoring (measured: two were no faster, and cost memory).
  return files >= PARALLEL_MIN_FILES && availableParallelism() >= 2 ? 1 : 0;
}

/** Results a worker sends back at a time. */
const BATCH = 200;

/**
 * Reads `files` on `workers` threads, calling `take` for each result on the main thread.
 *
 * A worker's heap is small, and one profile under the file size limit can need far more (measured: a 930 KB
 * list of 95,000 items about 90 MB, a 1 MB flow list or 300,000 syntax errors 420-450 MB; --max-file-size
 * raises it without bound). A worker that runs out of memory loses only the batch it was reading: that batch
 * is read here, on the main thread's heap, exactly as without workers, and a new worker goes on after it.
 */
export async function readInParallel(framework: Framework, files: readonly string[], maxBytes: number, workers: number, take: (r: ReadResult) => void): Promise<void> {
  const script = join(packageRoot(), 'dist', 'report-worker.mjs');
  const share = Math.ceil(files.length / workers);
  let index: FrameworkIndex | undefined;
  const readShare = async (slice: readonly string[]) => {
    let rest = slice;
    while (rest.length) {
      const read = await runWorker(script, { framework, files: [...rest], maxBytes, cwd: process.cwd(), batch: BATCH }, take);
      if (read === undefined) return;
      index ??= indexFramework(framework);
      for (const abs of rest.slice(read, read + BATCH)) take(readProfileFileAt(abs, index, maxBytes));
      rest = rest.slice(read + BATCH);
    }
  };
  const runs: Promise<void>[] = [];
  for (let w = 0; w < workers; w++) {
    const slice = files.slice(w * share, (w + 1) * share);
    if (slice.length) runs.push(readShare(slice));
  }
  await Promise.all(runs);
}

/** Runs one worker over its files: undefined when it read them all, or how many it had sent when its heap ran out. */
function runWorker(script: string, data: WorkerInput, take: (r: ReadResult) => void): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    // A worker holds one batch at a time: a small heap keeps the process's peak memory down.
    const worker = new Worker(script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
    let sent = 0;
    let outOfMemory = false;
    // Node delivers every message a worker posted before its 'error' and 'exit' events, so `sent` is exact.
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'batch') {
        sent += m.results.length;
        m.results.forEach(take);
      } else resolve(undefined);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
      else reject(error);
    });
    worker.on('exit', (code) => {
      if (outOfMemory) resolve(sent);
      else if (code === 0) resolve(undefined);
      else reject(new Error(`a parse worker stopped with code ${code}`));
    });
  });
}
