/** The exit codes of the `scrubjay` CLI: one table, used by the commands and printed in the help. */

export const EXIT = {
  /** The command did its job. */
  ok: 0,
  /** Reserved for commands that judge their input (audit, check): findings or a privacy regression. */
  findings: 1,
  /** Usage error, unreadable file, invalid JSON, invalid context or rules. */
  usage: 2,
  /** A bug in scrubjay. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODE_TABLE: ReadonlyArray<{ code: ExitCode; meaning: string }> = [
  { code: EXIT.ok, meaning: 'success' },
  { code: EXIT.findings, meaning: 'findings or a privacy regression (reserved; scrub never uses it)' },
  { code: EXIT.usage, meaning: 'usage error or bad input (options, files, JSON, context, rules)' },
  { code: EXIT.internal, meaning: 'internal error (a bug in scrubjay; please report it)' },
];
