/**
 * CliError: an expected failure with its exit code and a one-line message. Messages name files, lines,
 * options and rule ids; they never contain input content.
 */
import { ScrubjayError } from '../index.js';
import { EXIT } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';

export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
    /** Extra lines, printed indented under the message. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A usage error with a pointer to the help of `command` (or of the tool). */
export function usageError(message: string, command?: string): CliError {
  const help = command ? `scrubjay ${command} --help` : 'scrubjay --help';
  return new CliError(`${message} (see '${help}')`);
}

/** `<file>:<line>:<column>: invalid JSON (<reason>)` */
export function invalidJsonError(file: string, line: number, column: number, reason: string): CliError {
  return new CliError(`${file}:${line}:${column}: invalid JSON (${reason})`);
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EIO: 'input/output error',
};

/** A short reason for a file-system error, from its code (never its message). */
export function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return FS_REASONS[code] ?? code;
  return 'unknown error';
}

export interface ErrorReport {
  exitCode: ExitCode;
  lines: string[];
}

/** Maps any thrown value to an exit code and the lines to print on stderr (each prefixed `scrubjay: `). */
export function describeError(error: unknown, debug = false): ErrorReport {
  if (error instanceof CliError) {
    return { exitCode: error.exitCode, lines: [`scrubjay: ${error.message}`, ...error.details.map((d) => `  ${d}`)] };
  }
  if (error instanceof ScrubjayError) return describeScrubjayError(error);
  const name = error instanceof Error ? error.name : typeof error;
  const lines = [`scrubjay: internal error (${name}); please report it (set SCRUBJAY_DEBUG=1 for details)`];
  if (debug) lines.push(String(error instanceof Error ? error.stack ?? error.message : error));
  return { exitCode: EXIT.internal, lines };
}

function describeScrubjayError(error: ScrubjayError): ErrorReport {
  const cliTerms = (s: string): string => s.replaceAll('options.rules', '--rules').replaceAll('options.context', '--context');
  const head =
    error.code === 'UNKNOWN_RULE'
      ? 'invalid --rules'
      : cliTerms(error.message.split('\n', 1)[0] ?? error.code).replace(/:$/, '');
  const details = error.problems.map((p) => `  - ${p.rule}: ${cliTerms(p.problem)}`);
  return { exitCode: EXIT.usage, lines: [`scrubjay: ${head}`, ...details] };
}
