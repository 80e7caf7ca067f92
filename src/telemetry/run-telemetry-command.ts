/**
 * The host CLI's `telemetry enable|disable|status` in one call: returns the exit code (0 done, 1 the
 * setting could not be saved, 2 usage) and writes its messages through `write`.
 */
import { statusText } from './notice.js';
import type { Telemetry } from './types.js';

export function telemetryCommandUsage(name: string): string {
  return `usage: ${name} telemetry <enable|disable|status>\n`;
}

export function runTelemetryCommand(telemetry: Telemetry, args: readonly string[], write: (text: string) => void): number {
  const status = telemetry.status();
  const [action = 'status', ...rest] = args;
  if (rest.length > 0 || !['enable', 'disable', 'status'].includes(action)) {
    write(telemetryCommandUsage(status.name));
    return 2;
  }
  if (action === 'status') {
    write(statusText(status));
    return 0;
  }
  const saved = action === 'enable' ? telemetry.enable() : telemetry.disable();
  if (!saved) {
    write(`${status.name} telemetry: could not save the setting in ${status.settingsFile}\n`);
    return 1;
  }
  write(`${status.name} telemetry ${action}d on this machine.\n`);
  const after = telemetry.status();
  if (action === 'enable' && !after.enabled) write(statusText(after));
  return 0;
}
