/**
 * The machine-wide settings file (`<config dir>/telemetry.json`): consent, the anonymous id, the secret
 * salt of project ids, whether the notice was shown. Reading never writes; writing is atomic (temp file
 * and rename, mode 0600) and reports failure instead of throwing.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TelemetrySettings {
  /** `false` after `disable()`, `true` after `enable()`; absent means never chosen (enabled by default). */
  enabled?: boolean;
  anonymousId?: string;
  /** Key of the project-id HMAC; never sent. */
  salt?: string;
  noticeShown?: boolean;
}

export type SettingsRead =
  | { state: 'missing' }
  | { state: 'ok'; settings: TelemetrySettings }
  | { state: 'unreadable' };

export const SETTINGS_FILE = 'telemetry.json';

export function settingsPath(configDir: string): string {
  return join(configDir, SETTINGS_FILE);
}

function pick(raw: Record<string, unknown>): TelemetrySettings {
  const out: TelemetrySettings = {};
  if (typeof raw.enabled === 'boolean') out.enabled = raw.enabled;
  if (typeof raw.anonymousId === 'string' && raw.anonymousId !== '') out.anonymousId = raw.anonymousId;
  if (typeof raw.salt === 'string' && raw.salt.length >= 32) out.salt = raw.salt;
  if (typeof raw.noticeShown === 'boolean') out.noticeShown = raw.noticeShown;
  return out;
}

export function readSettings(file: string): SettingsRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { state: 'missing' } : { state: 'unreadable' };
  }
  try {
    const raw: unknown = JSON.parse(text);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { state: 'unreadable' };
    return { state: 'ok', settings: pick(raw as Record<string, unknown>) };
  } catch {
    return { state: 'unreadable' };
  }
}

export function writeSettings(file: string, settings: TelemetrySettings): boolean {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
    renameSync(temp, file);
    return true;
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing to clean up
    }
    return false;
  }
}

function isWritableDir(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    accessSync(dir, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `writeSettings(file)` could succeed, found by looking only: the nearest existing ancestor is a writable directory. */
export function canWriteSettings(file: string): boolean {
  let dir = dirname(file);
  for (;;) {
    try {
      statSync(dir);
      return isWritableDir(dir);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') return false;
    }
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}
