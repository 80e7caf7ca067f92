/**
 * `scrubError` and `createErrorScrubber`: the error view of the engine. `scrub()` renders every Error
 * or error-shaped object it meets with the same code (`engine-context.ts`), so these are thin: they
 * exist for callers that hold an error and want its typed, structured form.
 */
import { createScrubber } from '../create-scrubber.js';
import { formatPlaceholder } from '../placeholder.js';
import type { Finding, ScrubOptions } from '../types.js';
import { isErrorLike } from '../walk/render-objects.js';
import type { ScrubbedError } from './error-context.js';

export interface ErrorScrubResult {
  value: ScrubbedError;
  findings: Finding[];
}

export interface ErrorScrubber {
  scrubError(error: object): ErrorScrubResult;
}

/** Compiles the rules once (like `createScrubber`) and returns a scrubber of errors. */
export function createErrorScrubber(options: ScrubOptions = {}): ErrorScrubber {
  const scrubber = createScrubber(options);
  return {
    scrubError(error: object): ErrorScrubResult {
      if (typeof error !== 'object' || error === null || !isErrorLike(error)) {
        const value = { name: 'Error', message: formatPlaceholder('dropped', 'error') } as unknown as ScrubbedError;
        return { value, findings: [] };
      }
      const { value, findings } = scrubber.scrub(error);
      return { value: value as unknown as ScrubbedError, findings };
    },
  };
}

/**
 * A `scrubError(error, options?)` that compiles the rules once per options object (a memo, with no
 * effect on results: compiling takes milliseconds, scrubbing microseconds). Pass the same object to reuse.
 */
export function memoizedScrubError(create: (options: ScrubOptions) => ErrorScrubber): (error: object, options?: ScrubOptions) => ScrubbedError {
  const compiled = new WeakMap<ScrubOptions, ErrorScrubber>();
  const defaults: ScrubOptions = Object.freeze({});
  return (error, options = defaults) => {
    let scrubber = compiled.get(options);
    if (!scrubber) {
      scrubber = create(options);
      compiled.set(options, scrubber);
    }
    return scrubber.scrubError(error).value;
  };
}

/**
 * Scrubs an Error or error-shaped object (`{ name, message, stack }`) into a JSON-safe structure:
 * `{ name, code, message, frames, stack, cause, errors, ...own properties }`.
 */
export const scrubError = memoizedScrubError(createErrorScrubber);
