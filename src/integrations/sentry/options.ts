import type { ScrubOptions } from '../../types.js';

/**
 * Options of the Sentry integration: the engine's options, with two defaults that keep Sentry's
 * grouping and stack trace views useful. Placeholders are never numbered (a frame must read the
 * same in every event), and paths inside the project stay relative to it (`<project>/src/app.js`)
 * unless `keepProjectPaths` is false.
 */
export type ScrubjaySentryOptions = Omit<ScrubOptions, 'numbering'>;

export function sentryOptions(options: ScrubjaySentryOptions): ScrubOptions {
  return { ...options, numbering: false, keepProjectPaths: options.keepProjectPaths ?? true };
}
