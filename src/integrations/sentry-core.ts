/**
 * `scrubjay/sentry` for browsers and edge runtimes: the same hooks and integration as the Node
 * entry, with no `node:` imports. There is no machine to read, so pass `context` yourself if you
 * know values that must not leave (a user name, a token the page holds).
 */
import { createToolkit } from './shared/toolkit.js';
import { createSentryHooks, createSentryIntegration } from './sentry/create-hooks.js';
import { sentryOptions } from './sentry/options.js';
import type { ScrubjaySentryOptions } from './sentry/options.js';
import type { SentryHooks, SentryIntegration } from './sentry/types.js';

export type { ScrubjaySentryOptions } from './sentry/options.js';
export type { SentryHooks, SentryIntegration } from './sentry/types.js';

export function scrubjaySentry(options: ScrubjaySentryOptions = {}): SentryHooks {
  return createSentryHooks(createToolkit(sentryOptions(options)));
}

export function scrubjaySentryIntegration(options: ScrubjaySentryOptions = {}): SentryIntegration {
  return createSentryIntegration(createToolkit(sentryOptions(options)));
}
