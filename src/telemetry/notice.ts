/** The first-run notice a host CLI prints, and the lines of its `telemetry status`. */
import { CONSENT_DESCRIPTIONS } from './consent.js';
import type { TelemetryStatus } from './types.js';

export function noticeText(name: string, disableVariable: string): string {
  return [
    `${name} collects anonymous usage data: the command, the ${name} version, general machine facts`,
    '(OS, architecture, CPU count range, Node.js major version, CI), a summary of the config and errors',
    'with paths, environment values and secrets removed. It helps decide what to work on next.',
    `See exactly what is sent: DEBUG=${name}:telemetry ${name} … (prints events, sends nothing).`,
    `Opt out: \`${name} telemetry disable\`, ${disableVariable}=1 or DO_NOT_TRACK=1.`,
    '',
  ].join('\n');
}

export function statusText(status: TelemetryStatus): string {
  const lines = [
    `${status.name} telemetry: ${CONSENT_DESCRIPTIONS[status.reason]}${status.reason === 'env-disabled' ? ` (${status.disableVariable})` : ''}`,
    `settings: ${status.settingsFile}`,
  ];
  if (status.debug) lines.push('debug: on (events are printed to stderr and never sent)');
  return `${lines.join('\n')}\n`;
}
