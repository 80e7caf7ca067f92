/** Checks the stream options and starts the worker pool they ask for. */
import { ScrubjayError } from '../../scrubjay-error.js';
import type { ScrubOptions } from '../../types.js';
import type { ScrubStreamOptions } from './types.js';
import type { WorkerSetup } from './worker.js';
import { WorkerPool } from './worker-pool.js';

const STREAM_KEYS = new Set(['workers', 'batchSize', 'scrubber', 'workerUrl', 'text', 'invalidLine', 'maxLineLength', 'records', 'parse']);

/** The engine options alone: what the workers compile their scrubber from. */
export function engineOptions(options: ScrubStreamOptions): ScrubOptions {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !STREAM_KEYS.has(key))) as ScrubOptions;
}

export function workerCount(options: ScrubStreamOptions & { parse?: unknown }): number {
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0) throw new ScrubjayError('INVALID_OPTIONS', 'options.workers must be a whole number, 0 or more');
  if (workers > 0 && options.scrubber) throw new ScrubjayError('INVALID_OPTIONS', 'options.scrubber cannot be passed to workers: give the scrubber options instead');
  if (workers > 0 && options.parse) throw new ScrubjayError('INVALID_OPTIONS', 'options.parse cannot be passed to workers');
  return workers;
}

export function startPool(
  options: ScrubStreamOptions,
  defaultUrl: URL,
  setup: WorkerSetup,
  deliver: (results: unknown[]) => void,
  onError: (error: Error) => void,
): WorkerPool {
  return new WorkerPool(options.workers ?? 0, options.workerUrl ?? defaultUrl, setup, deliver, onError);
}

/** Ends a stream's pool: waits for the batches in flight, closes the workers, then calls `done`. */
export function finishPool(pool: WorkerPool, done: () => void): void {
  void pool.drain().then(async () => {
    await pool.close();
    done();
  });
}
