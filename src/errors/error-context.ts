import type { Finding, JsonValue } from '../types.js';
import type { TwoGenerationMemo } from '../util/two-generation-memo.js';
import type { CompiledTemplate } from './template-types.js';
import type { Edit, FrameKind, Span } from './types.js';

/**
 * What the error scrubber needs from the engine. One adapter runs inside the engine's value
 * walker (`engine-context.ts`), another over a public `Scrubber` (`error-scrubber.ts`).
 */
export interface ErrorScrubContext {
  readonly keepIdentifiers: boolean;
  /** Whether paths in the project may stay as `<project>/src/x.js` (the engine writes them so). */
  readonly keepProjectPaths: boolean;
  readonly templates: readonly CompiledTemplate[];
  /** Longer messages and stacks are not parsed: they go to `scrubValue` whole (which drops them). */
  readonly maxStringLength: number;
  /** The engine's text rules on `text[start, end)` of the string at the current path; findings use offsets into `text`. */
  scrubText(text: string, start: number, end: number): string;
  /** Any value at `key` under the current path, scrubbed by the engine (errors come back to the error scrubber). */
  scrubValue(value: unknown, key: string | number): JsonValue;
  /** The scrubbed form of an own-property key. */
  scrubKey(key: string): string;
  /** Whether the whole text is a placeholder the engine writes (left as it is: scrubbing is idempotent). */
  isPlaceholder?(text: string): boolean;
  /** Records a structural redaction of `[start, end)` of the string at the current path. */
  report(ruleId: string, type: string, start: number, end: number, detail?: string): void;
  /**
   * Runs `fn`, which scrubs another text than the string at the current path (a later pass over
   * scrubbed output), and moves the offsets of every finding it reported through `move`, to offsets
   * of the string at the current path.
   */
  mapFindings<T>(fn: () => T, move: (start: number, end: number) => Span): T;
  /** Runs `fn` with `key` appended to the current path. */
  at<T>(key: string | number, fn: () => T): T;
  /**
   * Runs `fn` and keeps the findings it reported, so that its result can be used again elsewhere
   * (the message repeated in the stack header, the same frame in another stack) without scrubbing
   * the text twice. `findings` is undefined when the result cannot be reused (a value was dropped to
   * a limit). Given with `replay`.
   */
  record?<T>(fn: () => T): Recorded<T>;
  /** Reports recorded findings again, at the current path, with offsets moved by `offset`. */
  replay?(findings: readonly RecordedFinding[], offset: number): void;
  /** Scrubbed frames by the text they start with, shared by the calls of one scrubber (absent with numbering). */
  readonly frameMemo?: TwoGenerationMemo<MemoFrame>;
  /** Scrubbed messages by their text, likewise. */
  readonly messageMemo?: TwoGenerationMemo<MemoMessage>;
  /** Scrubbed stack headers (the lines before the first frame) by their text, likewise. */
  readonly headerMemo?: TwoGenerationMemo<MemoMessage>;
}

/** A finding without its path: offsets into the text it was recorded on. */
export type RecordedFinding = Omit<Finding, 'pointer'>;

export interface Recorded<T> {
  value: T;
  findings: readonly RecordedFinding[] | undefined;
}

/** A scrubbed message as the message memo keeps it: findings with offsets into the message. */
export interface MemoMessage {
  text: string;
  findings: readonly RecordedFinding[];
}

/** A scrubbed frame as the frame memo keeps it: offsets relative to the start of its line. */
export interface MemoFrame {
  /** Start and end of the function, method and file spans (-1 when absent): a hit must have the same. */
  shape: readonly number[];
  edits: readonly Edit[];
  fn: string | null;
  file: string | null;
  kind: FrameKind;
  findings: readonly RecordedFinding[];
}

export interface ScrubbedFrame {
  fn: string | null;
  file: string | null;
  line: number | null;
  column: number | null;
  kind: FrameKind;
}

/** The JSON-safe form of an error. Fields that the error lacks are left out; own properties follow. */
export interface ScrubbedError {
  name: string;
  code?: string | number;
  message: string;
  frames?: ScrubbedFrame[];
  stack?: string;
  cause?: JsonValue;
  errors?: JsonValue;
  [property: string]: JsonValue | ScrubbedFrame[] | undefined;
}

/** Rule ids of the findings the error scrubber reports itself. */
export const ERROR_RULES = {
  template: 'error-message-template',
  quoted: 'error-quoted-string',
  codeFrame: 'error-code-frame',
  command: 'error-command-line',
  frame: 'error-stack-frame',
  userValue: 'error-user-value',
} as const;
