/** The Node entry's factories: the same engine, with this machine's context unless one is given. */
import type { ScrubOptions, Scrubber } from './types.js';
import { createScrubber as createCoreScrubber } from './create-scrubber.js';
import { createErrorScrubber as createCoreErrorScrubber } from './errors/error-scrubber.js';
import type { ErrorScrubber } from './errors/error-scrubber.js';
import type { ScrubbedError } from './errors/error-context.js';
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

/** Compiled error scrubbers by options object (a memo: compiling takes milliseconds). */
const compiled = new WeakMap<ScrubOptions, ErrorScrubber>();
const DEFAULT_OPTIONS: ScrubOptions = Object.freeze({});

/** `scrubError` with this machine's context unless the options give one. */
export function scrubError(error: object, options: ScrubOptions = DEFAULT_OPTIONS): ScrubbedError {
  let scrubber = compiled.get(options);
  if (!scrubber) {
    scrubber = createErrorScrubber(options);
    compiled.set(options, scrubber);
  }
  return scrubber.scrubError(error).value;
}
