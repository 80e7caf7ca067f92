import { ScrubjayError } from '../../scrubjay-error.js';
import type { LineFailure } from './types.js';

/** A line of an NDJSON stream that is not valid JSON. The message names the line and column, never the text. */
export class NdjsonLineError extends ScrubjayError {
  readonly line: number;
  readonly column: number | undefined;
  /** What is wrong (`invalid JSON (expected ',' or '}')`), in words that never quote the line. */
  readonly reason: string;

  constructor(failure: LineFailure) {
    super('INVALID_INPUT', `line ${failure.line}${failure.column === undefined ? '' : `, column ${failure.column}`}: ${failure.reason}`);
    this.line = failure.line;
    this.column = failure.column;
    this.reason = failure.reason;
  }
}
