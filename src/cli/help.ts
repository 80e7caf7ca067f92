/** Help texts shared by the tool and its commands. */
import type { Command } from './command.js';
import { EXIT, EXIT_CODE_TABLE } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';

export const TAGLINE = 'make error reports and telemetry payloads safe to send';

/** Meanings that the commands now give to codes the shared table still calls reserved. */
const MEANINGS: Partial<Record<ExitCode, string>> = {
  [EXIT.findings]: 'findings (audit --fail-on-findings) or a privacy regression (check)',
};

const EXAMPLES: ReadonlyArray<[string, string]> = [
  ['scrubjay scrub event.json', 'print the scrubbed event'],
  ['my-tool --dump-telemetry | scrubjay audit', 'see what is redacted, and why'],
  ['scrubjay check', 'CI gate: planted values, shape snapshot'],
];

function table(rows: ReadonlyArray<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function exitCodesHelp(): string {
  return ['Exit codes:', ...EXIT_CODE_TABLE.map((e) => `  ${e.code}  ${MEANINGS[e.code] ?? e.meaning}`)].join('\n');
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
    'Examples:',
    ...table(EXAMPLES),
    '',
    'Configuration:',
    '  audit and check read scrubjay.config.json (or the "scrubjay" key of',
    '  package.json), found from the working directory upward; see',
    "  'scrubjay check --help' for its fields.",
    '',
    exitCodesHelp(),
    '',
    'Environment:',
    '  SCRUBJAY_DEBUG=1  print the stack of internal errors (may contain input text)',
    '  NO_COLOR=1        no colour in audit and check output; FORCE_COLOR=1 forces it',
    '',
  ].join('\n');
}
