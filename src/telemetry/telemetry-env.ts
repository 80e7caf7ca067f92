/** The environment variables of a telemetry client, by the host tool's name. */
import { isDebugEnabled } from './debug-matcher.js';

export interface TelemetryEnv {
  /** `DO_NOT_TRACK` is set (https://consoledonottrack.com). */
  doNotTrack: boolean;
  /** `<NAME>_TELEMETRY_DISABLED` is set. */
  disabled: boolean;
  /** `DEBUG` names `<name>:telemetry`, or `<NAME>_TELEMETRY_DEBUG` is set. */
  debug: boolean;
  disableVariable: string;
}

/** `my-cli` → `MY_CLI`: the prefix of the tool's variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').split('_').filter(Boolean).join('_');
}

/** A flag is set when it has a value other than empty, `0`, `false`, `no` or `off`. */
export function isFlagSet(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false' && v !== 'no' && v !== 'off';
}

export function readTelemetryEnv(name: string, env: Record<string, string | undefined>): TelemetryEnv {
  const prefix = envPrefix(name);
  return {
    doNotTrack: isFlagSet(env.DO_NOT_TRACK),
    disabled: isFlagSet(env[`${prefix}_TELEMETRY_DISABLED`]),
    debug: isFlagSet(env[`${prefix}_TELEMETRY_DEBUG`]) || isDebugEnabled(env.DEBUG, `${name}:telemetry`),
    disableVariable: `${prefix}_TELEMETRY_DISABLED`,
  };
}
