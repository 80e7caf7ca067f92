/** The shape of a CLI command, and the strict argument parsing every command shares. */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error.js';
import type { CliIO } from './io.js';

export interface Command {
  name: string;
  /** One line for the command list of `scrubjay --help`. */
  summary: string;
  /** The full text of `scrubjay <name> --help`. */
  help: string;
  /** Runs with the arguments after the command name; returns the exit code or throws a CliError. */
  run(args: string[], io: CliIO): Promise<number>;
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** True when `--help` or `-h` appears before any `--`: help wins over every other argument. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** The quoted option or argument in a `parseArgs` message (an argument from argv, never input). */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? '';
}

/** Maps node:util parseArgs errors to one-line usage errors pointing at the help. */
export function toUsageError(error: unknown, command?: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return usageError(`unknown option '${quoted(message)}'`, command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usageError(`unexpected argument '${quoted(message)}'`, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted(message);
      if (/does not take an argument/.test(message)) return usageError(`option '${option}' takes no value`, command);
      if (/ambiguous/.test(message)) return usageError(`option '${option}' needs a value (write ${option}=VALUE for values starting with '-')`, command);
      return usageError(`option '${option}' needs a value`, command);
    }
    default:
      return error;
  }
}

/** Strict parseArgs for a command: unknown options and missing values are usage errors. */
export function parseCommandArgs<const O extends OptionsConfig>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw toUsageError(error, command);
  }
}
