/** Options and shapes of `scrubjay/stream`. */
import type { Finding, ScrubOptions, Scrubber } from '../../types.js';

export interface ScrubStreamOptions extends ScrubOptions {
  /**
   * Worker threads that scrub in parallel (default 0: scrub on the stream's own thread). Output
   * keeps the input order. Options must be structured-cloneable (no functions) to reach the workers.
   */
  workers?: number;
  /** Values or lines sent to a worker at a time (default 64 values, 256 lines). */
  batchSize?: number;
  /** A compiled scrubber to use instead of compiling one from the options (without workers only). */
  scrubber?: Scrubber;
  /** Where the worker script is, if a bundler moved it (default: `stream/worker.js` next to this module). */
  workerUrl?: string | URL;
}

export type InvalidLinePolicy = 'error' | 'skip' | 'placeholder';

export interface NdjsonStreamOptions extends ScrubStreamOptions {
  /** Each line is plain text, scrubbed on its own; blank lines stay (default false: one JSON value per line). */
  text?: boolean;
  /**
   * A line that is not valid JSON: `'error'` (default) fails the stream with an `NdjsonLineError`
   * naming the line and column, once the output of the lines before it has been read; `'skip'`
   * leaves it out; `'placeholder'` writes `"<dropped:invalid-json>"` in its place.
   */
  invalidLine?: InvalidLinePolicy;
  /** Longest line kept, in UTF-16 units (default 16 Mi); a longer one becomes `<dropped:too-long>` and is never held whole. */
  maxLineLength?: number;
  /** Emit `NdjsonRecord` objects (line number, scrubbed text, findings) instead of bytes. */
  records?: boolean;
  /**
   * Parses a line instead of `JSON.parse` (without workers only). With `invalidLine: 'error'`, what it
   * throws fails the stream as it is, so it can carry your own message.
   */
  parse?: (text: string, line: number) => unknown;
}

/** One scrubbed line, in records mode. */
export interface NdjsonRecord {
  /** 1-based line number in the input. */
  line: number;
  /** The scrubbed line, without its line break. */
  text: string;
  findings: Finding[];
}

/** Why a line could not be read as JSON; never contains input text. */
export interface LineFailure {
  line: number;
  column?: number;
  reason: string;
}

/** The outcome of one input line: output text (none when the line is skipped), findings, or a failure. */
export interface LineResult {
  line: number;
  out?: string;
  findings?: Finding[];
  failure?: LineFailure;
}

/** What the stream sends a worker for each line: its number and text, or its length when it was too long. */
export type LineItem = [line: number, text: string] | [line: number, text: null, length: number];

export interface LineSettings {
  text: boolean;
  invalidLine: InvalidLinePolicy;
  records: boolean;
}
