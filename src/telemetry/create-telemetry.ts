/**
 * createTelemetry: a privacy-safe telemetry client for a CLI. Every event is gated by consent, built
 * from bucketed facts and a config summary, scrubbed by the engine, and queued; `flush` sends batches
 * within a bounded time. In debug mode events are printed exactly as they would be sent, and never sent.
 */
import envPathsImport from 'env-paths';
import { ScrubjayError } from '../scrubjay-error.js';
import { buildEvent } from './build-event.js';
import { resolveConsent } from './consent.js';
import { EventQueue, batchBody } from './event-queue.js';
import { newRunId } from './identity.js';
import { noticeText } from './notice.js';
import type { Session } from './open-session.js';
import { openSession } from './open-session.js';
import { isProjectOptedOut } from './project-opt-out.js';
import { sendBatch, settleWithin } from './send-batch.js';
import { canWriteSettings, readSettings, settingsPath, writeSettings } from './settings-store.js';
import { readTelemetryEnv } from './telemetry-env.js';
import type { FetchLike, RecordInput, Telemetry, TelemetryOptions, TelemetryStatus } from './types.js';

// env-paths is ESM-only: a CJS build that require()s it gets the namespace, whose `default` is the function.
const envPaths: typeof envPathsImport = typeof envPathsImport === 'function' ? envPathsImport : (envPathsImport as unknown as { default: typeof envPathsImport }).default;

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

function positive(value: number | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new ScrubjayError('INVALID_OPTIONS', `telemetry option ${option} must be a positive number`);
  return value;
}

function checkOptions(options: TelemetryOptions): void {
  if (typeof options.name !== 'string' || !NAME.test(options.name)) throw new ScrubjayError('INVALID_OPTIONS', 'telemetry option name must be 1-64 of [A-Za-z0-9._-]');
  if (typeof options.version !== 'string') throw new ScrubjayError('INVALID_OPTIONS', 'telemetry option version must be a string');
  let url: URL | undefined;
  try {
    url = new URL(options.endpoint);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') throw new ScrubjayError('INVALID_OPTIONS', 'telemetry option endpoint must be an http(s) URL');
}

function defaultCwd(): string {
  try {
    return process.cwd();
  } catch {
    return '/';
  }
}

export function createTelemetry(options: TelemetryOptions): Telemetry {
  checkOptions(options);
  const { name, version, endpoint } = options;
  const timeoutMs = positive(options.flushTimeoutMs, 500, 'flushTimeoutMs');
  const maxBatch = positive(options.maxBatch, 20, 'maxBatch');
  const gitTimeoutMs = positive(options.gitTimeoutMs, 300, 'gitTimeoutMs');
  const queue = new EventQueue(maxBatch, positive(options.maxPayloadBytes, 65_536, 'maxPayloadBytes'));
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? defaultCwd();
  const settingsFile = settingsPath(options.configDir ?? envPaths(name, { suffix: '' }).config);
  const flags = readTelemetryEnv(name, env);
  const write = options.stderr ?? ((text: string) => void process.stderr.write(text));
  const fetchImpl: FetchLike | undefined = options.fetch ?? (typeof fetch === 'function' ? fetch : undefined);
  const now = options.now ?? Date.now;
  const runId = newRunId();
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;
  let projectOptOut: boolean | undefined;
  let session: Promise<Session | undefined> | undefined;
  let toldOff = false;

  function debugLine(text: string): void {
    if (!flags.debug) return;
    try {
      write(`${name}:telemetry ${text}\n`);
    } catch {
      // the host's writer failed: nothing else to do
    }
  }

  function status(): TelemetryStatus {
    projectOptOut ??= isProjectOptedOut(cwd, name);
    const reason = stopped
      ? 'machine-disabled'
      : resolveConsent({ env: flags, hostDisabled: options.disabled === true, projectDisabled: projectOptOut, settings: readSettings(settingsFile), settingsWritable: canWriteSettings(settingsFile) });
    return { name, enabled: reason === 'enabled', reason, debug: flags.debug, settingsFile, disableVariable: flags.disableVariable };
  }

  function startSend(): void {
    const batch = queue.take();
    if (batch.length === 0 || fetchImpl === undefined || stopped) return;
    const sending = sendBatch(fetchImpl, endpoint, batchBody(batch), timeoutMs).finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }

  async function record(eventName: string, input: RecordInput = {}): Promise<void> {
    try {
      const current = status();
      if (!current.enabled) {
        if (!toldOff) debugLine(`off (${current.reason}): nothing recorded`);
        toldOff = true;
        return;
      }
      session ??= openSession({ settingsFile, runId, tool: { name, version }, env, cwd, gitTimeoutMs, ...(options.machine && { machine: options.machine }), ...(options.scrub && { scrub: options.scrub }) });
      const opened = await session;
      if (opened === undefined || stopped) {
        if (!toldOff) debugLine('off (settings-unwritable): the ids cannot be stored, nothing recorded');
        toldOff = true;
        return;
      }
      const event = buildEvent({ eventName, input, time: now(), anonymousId: opened.anonymousId, runId, projectId: opened.projectId, tool: { name, version }, machine: opened.machine, ...(options.configSchema && { configSchema: options.configSchema }), ...(options.summarize && { summarize: options.summarize }) });
      const json = JSON.stringify(opened.scrubber.scrub(event).value);
      if (flags.debug) {
        debugLine(`event (debug mode: printed, not sent; the body holds the same JSON, unindented)\n${JSON.stringify(JSON.parse(json), null, 2)}`);
        return;
      }
      queue.push(json);
      if (queue.length >= maxBatch) startSend();
    } catch (error) {
      debugLine(`error: ${error instanceof Error ? error.name : 'unknown'}`);
    }
  }

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0 && !stopped) startSend();
      await settleWithin(Promise.allSettled([...inFlight]), timeoutMs);
    } catch {
      // never into the host
    }
  }

  function save(enabled: boolean): boolean {
    try {
      const read = readSettings(settingsFile);
      const kept = read.state === 'ok' ? read.settings : {};
      // Disabling forgets the ids: enabling again starts a new, unlinkable identity.
      const next = enabled ? { ...kept, enabled: true } : { enabled: false, ...(kept.noticeShown !== undefined && { noticeShown: kept.noticeShown }) };
      return writeSettings(settingsFile, next);
    } catch {
      return false;
    }
  }

  return {
    record,
    flush,
    status,
    enable(): boolean {
      stopped = false;
      return save(true);
    },
    disable(): boolean {
      stopped = true;
      session = undefined;
      queue.clear();
      return save(false);
    },
    notice(): string | undefined {
      try {
        if (!status().enabled) return undefined;
        const read = readSettings(settingsFile);
        if (read.state !== 'ok' && read.state !== 'missing') return undefined;
        const settings = read.state === 'ok' ? read.settings : {};
        if (settings.noticeShown === true) return undefined;
        return writeSettings(settingsFile, { ...settings, noticeShown: true }) ? noticeText(name, flags.disableVariable) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
