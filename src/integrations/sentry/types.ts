/**
 * The parts of Sentry's event payload that scrubjay reads, as structural types: they match the
 * events of `@sentry/node`, `@sentry/browser` and the other JavaScript SDKs (v8 to v11) without
 * importing any of them. https://develop.sentry.dev/sdk/data-model/event-payloads/
 */

export type SentryRecord = Record<string, unknown>;

export interface SentryFrame extends SentryRecord {
  filename?: string;
  abs_path?: string;
  module?: string;
  function?: string;
  in_app?: boolean;
  lineno?: number;
  colno?: number;
  vars?: SentryRecord;
  pre_context?: string[];
  context_line?: string;
  post_context?: string[];
}

export interface SentryStacktrace extends SentryRecord {
  frames?: SentryFrame[];
}

export interface SentryException extends SentryRecord {
  type?: string;
  value?: string;
  module?: string;
  stacktrace?: SentryStacktrace;
  mechanism?: SentryRecord;
}

/** `Sentry.init` options that scrubjay fills: each hook returns a scrubbed copy of what it gets. */
export interface SentryHooks {
  beforeSend<E extends object>(event: E, hint?: unknown): E | null;
  beforeSendTransaction<E extends object>(event: E, hint?: unknown): E | null;
  beforeBreadcrumb<B extends object>(breadcrumb: B, hint?: unknown): B | null;
  /** Sentry v10+ streamed spans (`traceLifecycle: 'stream'`): name, attributes and link attributes. */
  beforeSendSpan<S extends object>(span: S): S;
  /** Sentry logs (`enableLogs: true`): message and attributes. */
  beforeSendLog<L extends object>(log: L): L | null;
}

/** An integration for `integrations: [...]`: scrubs events in its `processEvent`, spans in `processSpan`. */
export interface SentryIntegration {
  name: 'Scrubjay';
  processEvent<E extends object>(event: E, hint?: unknown, client?: unknown): E | null;
  processSpan<S extends object>(span: S, client?: unknown): void;
}
