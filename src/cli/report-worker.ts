// A parse worker for `rungs report`: reads and checks a share of the profile files, so that parsing uses the
// second core while the main thread scores. Results go back in batches of plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { indexFramework } from '../core/index-framework.js';
import type { Framework } from '../core/types.js';
import { readProfileFileAt, type ReadResult } from '../io/read-profiles.js';

export interface WorkerInput {
  framework: Framework;
  files: string[];
  maxBytes: number;
  cwd: string;
  /** Results sent back at a time: the main thread counts them to know where a worker stopped. */
  batch: number;
}

export type WorkerMessage = { type: 'batch'; results: ReadResult[] } | { type: 'done' };

const input = workerData as WorkerInput;
const index = indexFramework(input.framework);
let batch: ReadResult[] = [];
for (const abs of input.files) {
  batch.push(readProfileFileAt(abs, index, input.maxBytes, input.cwd));
  if (batch.length === input.batch) {
    parentPort!.postMessage({ type: 'batch', results: batch } satisfies WorkerMessage);
    batch = [];
  }
}
parentPort!.postMessage({ type: 'batch', results: batch } satisfies WorkerMessage);
parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
