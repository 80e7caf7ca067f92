/**
 * `scrubjay/sentry`: scrubs Sentry events before they leave the process, understanding Sentry's
 * event payload (exceptions and frames, breadcrumbs, request, user, contexts, spans, logs).
 *
 *   Sentry.init({ dsn, ...scrubjaySentry() });                    // hooks: beforeSend & co.
 *   Sentry.init({ dsn, integrations: [scrubjaySentryIntegration()] });
 *
 * This Node entry fills the context from this machine. `sentry-core.ts` is the same without
 * `node:` imports, for browsers and edge runtimes: the `browser` and `worker` export conditions of
 * `scrubjay/sentry` pick it.
 */
import { createToolkit } from './shared/toolkit.js';
import { withMachineContext } from './shared/node-context.js';
import { createSentryHooks, createSentryIntegration } from './sentry/create-hooks.js';
import { sentryOptions } from './sentry/options.js';
import type { ScrubjaySentryOptions } from './sentry/options.js';
import type { SentryHooks, SentryIntegration } from './sentry/types.js';

export type { ScrubjaySentryOptions } from './sentry/options.js';
export type { SentryHooks, SentryIntegration } from './sentry/types.js';

/** `beforeSend`, `beforeSendTransaction`, `beforeBreadcrumb`, `beforeSendSpan` and `beforeSendLog`, to spread into `Sentry.init`. */
export function scrubjaySentry(options: ScrubjaySentryOptions = {}): SentryHooks {
  return createSentryHooks(createToolkit(sentryOptions(withMachineContext(options))));
}

/** The same scrubbing as an integration (`name: 'Scrubjay'`); list it last, after the integrations that add data. */
export function scrubjaySentryIntegration(options: ScrubjaySentryOptions = {}): SentryIntegration {
  return createSentryIntegration(createToolkit(sentryOptions(withMachineContext(options))));
}
