/**
 * Consent, as a pure function of what was read. Every refusal wins over every permission; the first
 * that applies names the reason. Telemetry is on only when nothing refuses it and its ids can persist.
 */
import type { SettingsRead } from './settings-store.js';
import type { TelemetryEnv } from './telemetry-env.js';
import type { ConsentReason } from './types.js';

export interface ConsentInput {
  env: Pick<TelemetryEnv, 'doNotTrack' | 'disabled'>;
  /** The host's `disabled` option. */
  hostDisabled: boolean;
  /** The project's package.json says `"<name>": { "telemetry": false }`. */
  projectDisabled: boolean;
  settings: SettingsRead;
  /** Whether the settings file could be written (consulted only when the ids are not stored yet). */
  settingsWritable: boolean;
}

export function resolveConsent(input: ConsentInput): ConsentReason {
  if (input.env.doNotTrack) return 'do-not-track';
  if (input.env.disabled) return 'env-disabled';
  if (input.hostDisabled) return 'host-disabled';
  if (input.projectDisabled) return 'project-disabled';
  if (input.settings.state === 'unreadable') return 'settings-unreadable';
  const stored = input.settings.state === 'ok' ? input.settings.settings : {};
  if (stored.enabled === false) return 'machine-disabled';
  const hasIds = stored.anonymousId !== undefined && stored.salt !== undefined;
  if (!hasIds && !input.settingsWritable) return 'settings-unwritable';
  return 'enabled';
}

/** One line per reason, for `status`. */
export const CONSENT_DESCRIPTIONS: Readonly<Record<ConsentReason, string>> = {
  'do-not-track': 'disabled by DO_NOT_TRACK',
  'env-disabled': 'disabled by the environment variable',
  'host-disabled': 'disabled by the host tool',
  'project-disabled': "disabled for this project by its package.json",
  'settings-unreadable': 'off: the settings file cannot be read',
  'machine-disabled': 'disabled on this machine',
  'settings-unwritable': 'off: the settings directory is not writable',
  enabled: 'enabled',
};
