/** The Node entry's factories: the same engine, with this machine's context unless one is given. */
import type { ScrubOptions, Scrubber } from './types.js';
import { createScrubber as createCoreScrubber } from './create-scrubber.js';
import { createErrorScrubber as createCoreErrorScrubber, memoizedScrubError } from './errors/error-scrubber.js';
import type { ErrorScrubber } from './errors/error-scrubber.js';
import { machineContext } from './machine-context.js';

function withMachineContext(options: ScrubOptions): ScrubOptions {
  return { ...options, context: options.context ?? machineContext() };
}

export function createScrubber(options: ScrubOptions = {}): Scrubber {
  return createCoreScrubber(withMachineContext(options));
}

export function createErrorScrubber(options: ScrubOptions = {}): ErrorScrubber {
  return createCoreErrorScrubber(withMachineContext(options));
}

/** `scrubError` with this machine's context unless the options give one. */
export const scrubError = memoizedScrubError(createErrorScrubber);
