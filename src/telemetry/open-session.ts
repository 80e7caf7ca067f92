/**
 * The sending side of a process, opened at the first event that may leave and only then: the stored
 * ids (created and persisted on first use; if they cannot be persisted, nothing is sent), the project
 * id, the machine facts and the scrubber every event goes through.
 */
import { machineContext } from '../machine-context.js';
import { createScrubber } from '../node-scrubber.js';
import type { ScrubOptions, Scrubber } from '../types.js';
import { hashProjectId, newAnonymousId, newSalt } from './identity.js';
import type { MachineFacts } from './machine-facts.js';
import { collectMachineFacts } from './machine-facts.js';
import { findProjectSource } from './project-source.js';
import type { TelemetrySettings } from './settings-store.js';
import { readSettings, writeSettings } from './settings-store.js';

export interface Session {
  anonymousId: string;
  projectId: string;
  machine: MachineFacts;
  scrubber: Scrubber;
}

export interface SessionOptions {
  settingsFile: string;
  runId: string;
  tool: { name: string; version: string };
  env: Record<string, string | undefined>;
  cwd: string;
  gitTimeoutMs: number;
  machine?: MachineFacts;
  scrub?: ScrubOptions;
}

type Ids = Required<Pick<TelemetrySettings, 'anonymousId' | 'salt'>>;

/** The stored ids, created if missing; undefined when telemetry was disabled meanwhile or the ids cannot be persisted. */
function storedIds(file: string): Ids | undefined {
  const read = readSettings(file);
  if (read.state === 'unreadable') return undefined;
  const settings = read.state === 'ok' ? read.settings : {};
  if (settings.enabled === false) return undefined;
  if (settings.anonymousId !== undefined && settings.salt !== undefined) return { anonymousId: settings.anonymousId, salt: settings.salt };
  const created = { ...settings, anonymousId: settings.anonymousId ?? newAnonymousId(), salt: settings.salt ?? newSalt() };
  if (!writeSettings(file, created)) return undefined;
  const again = readSettings(file); // another process may have written first: use what is on disk
  if (again.state !== 'ok' || again.settings.anonymousId === undefined || again.settings.salt === undefined) return undefined;
  return { anonymousId: again.settings.anonymousId, salt: again.settings.salt };
}

export async function openSession(options: SessionOptions): Promise<Session | undefined> {
  const ids = storedIds(options.settingsFile);
  if (ids === undefined) return undefined;
  const source = await findProjectSource(options.cwd, { gitTimeoutMs: options.gitTimeoutMs, env: options.env });
  const projectId = hashProjectId(ids.salt, source);
  const scrub = options.scrub ?? {};
  const scrubber = createScrubber({
    ...scrub,
    context: scrub.context ?? { ...machineContext(), env: options.env, cwd: options.cwd },
    // Values this client generated or the host hard-coded; a rule must never eat them.
    allow: [...(scrub.allow ?? []), ids.anonymousId, options.runId, projectId, options.tool.name, options.tool.version],
  });
  return { anonymousId: ids.anonymousId, projectId, machine: options.machine ?? collectMachineFacts(options.env), scrubber };
}
