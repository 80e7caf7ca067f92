/**
 * `scrubjay/pino`: pino options that scrub every log line before it reaches its destination.
 *
 *   const logger = pino({ ...scrubjayPino() });
 *   const logger = pino({ ...scrubjayPino() }, pino.transport({ target: 'pino/file' }));
 *
 * It uses `hooks.streamWrite`, which sees each finished line (message, merged object, child
 * bindings, serialized `err`, the output of your serializers) right before pino writes it, so it
 * works with any destination, `pino.destination()`, multistream and `pino.transport()` alike.
 * Trade-off: the scrub runs on the logging thread (see bench/integrations.mjs for the cost per
 * line). To keep that thread at pino's own speed, scrub in the transport's worker instead: this
 * module's default export is a `pino.transport()` pipeline step that does the same scrub there.
 *
 *   pino(pino.transport({ pipeline: [{ target: 'scrubjay/pino' }, { target: 'pino/file', options: { destination: 1 } }] }));
 */
import { withMachineContext } from './shared/node-context.js';
import { createToolkit } from './shared/toolkit.js';
import type { ScrubOptions } from '../types.js';
import { createStreamWrite } from './pino/stream-write.js';
import { createLineTransform } from './pino/transport.js';
import type { Transform } from 'node:stream';

export interface ScrubjayPinoOptions extends ScrubOptions {
  /** pino's `messageKey`, if you changed it (default `msg`). */
  messageKey?: string;
}

/** The options to spread into `pino({...})`: `{ hooks: { streamWrite } }`. */
export interface ScrubjayPinoLoggerOptions {
  hooks: { streamWrite: (line: string) => string };
}

export function scrubjayPino(options: ScrubjayPinoOptions = {}): ScrubjayPinoLoggerOptions {
  const { messageKey = 'msg', ...scrubOptions } = options;
  const toolkit = createToolkit(withMachineContext(scrubOptions));
  return { hooks: { streamWrite: createStreamWrite(toolkit, { messageKey }) } };
}

/**
 * The `pino.transport()` pipeline step (`{ target: 'scrubjay/pino', options }`): scrubs the lines
 * in pino's worker thread. Options cross into the worker by structured clone: plain data only.
 */
export default function scrubjayPinoTransport(options: ScrubjayPinoOptions = {}): Transform {
  return createLineTransform(scrubjayPino(options).hooks.streamWrite);
}
