/** The one error class of scrubjay. Messages never contain input text, only ids and locations. */

export type ScrubjayErrorCode =
  | 'INVALID_RULES'
  | 'UNKNOWN_RULE'
  | 'INVALID_OPTIONS'
  | 'INVALID_INPUT';

export interface RuleProblem {
  /** Rule id, or `<file or pack>#<index>` when the rule has no usable id. */
  rule: string;
  problem: string;
}

export class ScrubjayError extends Error {
  override readonly name = 'ScrubjayError';
  readonly code: ScrubjayErrorCode;
  readonly problems: readonly RuleProblem[];

  constructor(code: ScrubjayErrorCode, message: string, problems: readonly RuleProblem[] = []) {
    const detail = problems.map((p) => `\n  - ${p.rule}: ${p.problem}`).join('');
    super(message + detail);
    this.code = code;
    this.problems = problems;
  }
}
