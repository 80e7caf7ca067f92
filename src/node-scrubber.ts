/** The Node entry's createScrubber: the same engine, with this machine's context unless one is given. */
import type { ScrubOptions, Scrubber } from './types.js';
import { createScrubber as createCoreScrubber } from './create-scrubber.js';
import { machineContext } from './machine-context.js';

export function createScrubber(options: ScrubOptions = {}): Scrubber {
  return createCoreScrubber({ ...options, context: options.context ?? machineContext() });
}
