/**
 * The worker thread of `scrubjay/stream`: compiles the scrubber once from the options it was
 * started with, then scrubs each batch it receives (values, or NDJSON/text lines) and sends back
 * the results with the batch id. Its tsup entry is `stream/worker`, next to `stream.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScrubber } from '../../create-scrubber.js';
import type { ScrubOptions } from '../../types.js';
import { scrubLine } from './scrub-line.js';
import type { LineItem, LineSettings } from './types.js';
import type { PoolReply, PoolRequest } from './worker-pool.js';

export interface WorkerSetup {
  mode: 'values' | 'lines';
  options: ScrubOptions;
  settings: LineSettings;
}

if (parentPort) {
  const port = parentPort;
  const { mode, options, settings } = workerData as WorkerSetup;
  const scrubber = createScrubber(options);
  port.on('message', ({ id, items }: PoolRequest) => {
    const results =
      mode === 'values' ? items.map((value) => scrubber.scrub(value).value) : items.map((item) => scrubLine(scrubber, item as LineItem, settings));
    port.postMessage({ id, results } satisfies PoolReply);
  });
}
