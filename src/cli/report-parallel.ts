// Parsing a large batch of profile files on worker threads. The team report does not depend on the order
// people are added in (everything is sorted at the end), so results are taken as they arrive.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Framework } from '../core/types.js';
import type { ReadResult } from '../io/read-profiles.js';
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

/** Reads `files` on `workers` threads, calling `take` for each result on the main thread. */
export async function readInParallel(framework: Framework, files: readonly string[], maxBytes: number, workers: number, take: (r: ReadResult) => void): Promise<void> {
  const script = join(packageRoot(), 'dist', 'report-worker.mjs');
  const share = Math.ceil(files.length / workers);
  const runs: Promise<void>[] = [];
  for (let w = 0; w < workers; w++) {
    const slice = files.slice(w * share, (w + 1) * share);
    if (slice.length === 0) continue;
    const data: WorkerInput = { framework, files: slice, maxBytes, cwd: process.cwd() };
    runs.push(
      new Promise<void>((resolve, reject) => {
        // A worker holds one batch at a time: a small heap keeps the process's peak memory down.
        const worker = new Worker(script, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
        worker.on('message', (m: WorkerMessage) => {
          if (m.type === 'batch') m.results.forEach(take);
          else resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a parse worker stopped with code ${code}`))));
      }),
    );
  }
  await Promise.all(runs);
}
