/**
 * `scrubjay/stream`: Node Transforms that scrub what flows through them, for ingestion servers and
 * log pipelines.
 *
 *   pipeline(req, createNdjsonScrubStream({ workers: 4 }), res);       // bytes in, scrubbed NDJSON out
 *   source.pipe(createScrubStream()).on('data', (event) => send(event)); // values in, scrubbed values out
 *
 * NDJSON mode holds one line at a time (memory does not grow with the input); `workers: n` scrubs
 * on n worker threads and keeps the input order. This Node entry fills the context from this machine.
 */
import { pathToFileURL } from 'node:url';
import type { Transform } from 'node:stream';
import { withMachineContext } from './shared/node-context.js';
import { NdjsonScrubTransform } from './stream/ndjson-transform.js';
import { ValueScrubTransform } from './stream/value-transform.js';
import type { NdjsonStreamOptions, ScrubStreamOptions } from './stream/types.js';

export { NdjsonLineError } from './stream/ndjson-line-error.js';
export type { InvalidLinePolicy, NdjsonRecord, NdjsonStreamOptions, ScrubStreamOptions } from './stream/types.js';

/** The worker script: `stream/worker.js` next to this module once built (`.ts` in the sources, `.cjs` next to the CommonJS build). */
function defaultWorkerUrl(): URL {
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  const extension = /\.(?:[cm]?ts)$/.test(here) ? '.ts' : here.endsWith('.cjs') ? '.cjs' : '.js';
  return new URL(`./stream/worker${extension}`, here);
}

/** Object mode: each value written is scrubbed (`scrubber.scrub`) and its JSON-safe result read out, in order. */
export function createScrubStream(options: ScrubStreamOptions = {}): Transform {
  return new ValueScrubTransform(withMachineContext(options), defaultWorkerUrl());
}

/**
 * NDJSON mode: bytes in, one scrubbed JSON line out per input line (blank lines skipped); with
 * `text: true`, each line is scrubbed as text. With `records: true` it emits `NdjsonRecord` objects.
 */
export function createNdjsonScrubStream(options: NdjsonStreamOptions = {}): Transform {
  return new NdjsonScrubTransform(withMachineContext(options), defaultWorkerUrl());
}
