/** Help texts shared by the tool and its commands. */
import type { Command } from './command.js';
import { EXIT_CODE_TABLE } from './exit-codes.js';

export const TAGLINE = 'make error reports and telemetry payloads safe to send';

export function exitCodesHelp(): string {
  return ['Exit codes:', ...EXIT_CODE_TABLE.map((e) => `  ${e.code}  ${e.meaning}`)].join('\n');
}

export function toolHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `scrubjay ${version} - ${TAGLINE}`,
    '',
    'Usage:',
    '  scrubjay <command> [options]',
    '  scrubjay <command> --help',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
    '',
    exitCodesHelp(),
    '',
    'Environment:',
    '  SCRUBJAY_DEBUG=1  print the stack of internal errors (may contain input text)',
    '',
  ].join('\n');
}
