/** Types of the telemetry client: its options, the event it sends, and its consent status. */
import type { ConfigSchema } from '../config/schema-types.js';
import type { SummarizeOptions } from '../config/summary-types.js';
import type { JsonValue, ScrubOptions } from '../types.js';
import type { MachineFacts } from './machine-facts.js';

export type { MachineFacts };

/** The `fetch` the client calls: the global one by default. */
export type FetchLike = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ ok: boolean; body?: { cancel(): Promise<void> } | null }>;

export interface TelemetryOptions {
  /** The host tool's name: `[a-z0-9._-]`. Names the config dir, the env variables and the DEBUG namespace. */
  name: string;
  /** The host tool's version, sent with every event. */
  version: string;
  /** Where batches are POSTed (http or https URL). */
  endpoint: string;
  /** Config schema for `summarizeConfig`; without one, nothing of the config is sent. */
  configSchema?: ConfigSchema;
  /** Options of the config summary (allowed packages, scopes …). */
  summarize?: SummarizeOptions;
  /** Options of the scrubber every event goes through; `context` defaults to this machine, with `env` and `cwd` below. */
  scrub?: ScrubOptions;
  /** Longest a flush (and any request) may take, in ms (default 500). */
  flushTimeoutMs?: number;
  /** Events per request; reaching it starts a send in the background (default 20). */
  maxBatch?: number;
  /** Largest request body in bytes; the oldest queued events go first (default 65 536). */
  maxPayloadBytes?: number;
  /** The host's own opt-out (a `telemetry: false` in its config file, a `--no-telemetry` flag). */
  disabled?: boolean;
  /** Environment (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Working directory: the project (default `process.cwd()`). */
  cwd?: string;
  /** Directory of the machine-wide settings (default: the OS config dir of `name`, through env-paths). */
  configDir?: string;
  fetch?: FetchLike;
  /** Writer of the debug output (default: `process.stderr`). */
  stderr?: (text: string) => void;
  /** Clock in ms since the epoch (default `Date.now`). */
  now?: () => number;
  /** Machine facts to use instead of detecting them (tests). */
  machine?: MachineFacts;
  /** Longest wait for `git rev-list` when deriving the project id, in ms (default 300). */
  gitTimeoutMs?: number;
}

/** One event, exactly as it is sent (after the scrubber). */
export interface TelemetryEvent {
  event: string;
  time: string;
  /** Random id of this machine, stored in the config dir. */
  anonymousId: string;
  /** Random id of this process (the session id; named `runId` because `session*` keys are redacted by design). */
  runId: string;
  /** HMAC-SHA256 of the project's git root commit, remote or directory, keyed by a secret salt of this machine. */
  projectId: string;
  tool: { name: string; version: string };
  command?: JsonValue;
  machine: JsonValue;
  config?: JsonValue;
  error?: JsonValue;
  props?: JsonValue;
}

/** What `record` takes: the command, the config (summarized), the error (scrubbed), more properties. */
export interface RecordInput {
  command?: string;
  config?: unknown;
  error?: unknown;
  [prop: string]: unknown;
}

/** Why telemetry is on or off, in the order the rules are checked. */
export type ConsentReason =
  | 'do-not-track'
  | 'env-disabled'
  | 'host-disabled'
  | 'project-disabled'
  | 'machine-disabled'
  | 'settings-unreadable'
  | 'settings-unwritable'
  | 'enabled';

export interface TelemetryStatus {
  /** The host tool's name. */
  name: string;
  /** Whether events would be sent (or, in debug mode, printed). */
  enabled: boolean;
  reason: ConsentReason;
  /** Debug mode: events are printed to stderr and never sent. */
  debug: boolean;
  /** The machine-wide settings file. */
  settingsFile: string;
  /** The env variable that disables telemetry (`MYCLI_TELEMETRY_DISABLED`). */
  disableVariable: string;
}

export interface Telemetry {
  /** Gated, summarized, scrubbed, queued (or printed in debug mode). Never throws. */
  record(eventName: string, input?: RecordInput): Promise<void>;
  /** Sends what is queued; resolves within `flushTimeoutMs`. Never throws. */
  flush(): Promise<void>;
  /** Persists the machine-wide opt-in; false when the settings could not be written. */
  enable(): boolean;
  /** Persists the machine-wide opt-out (and forgets the ids); stops this process at once. */
  disable(): boolean;
  /** Reads the consent state; never writes. */
  status(): TelemetryStatus;
  /** The first-run notice, once per machine (recorded as shown); undefined otherwise or when not enabled. */
  notice(): string | undefined;
}
