import type { JsonValue } from '../types.js';
import type { CompiledTemplate } from './template-types.js';
import type { FrameKind } from './types.js';

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
  report(ruleId: string, type: string, start: number, end: number): void;
  /** Runs `fn` with `key` appended to the current path. */
  at<T>(key: string | number, fn: () => T): T;
  /**
   * Runs `fn` and keeps the findings it reported, so that the same result can be used again at
   * another path (the message repeated in the stack header) without scrubbing the text twice.
   * `replay` is undefined when the result cannot be reused (a value was dropped to a limit).
   */
  record?<T>(fn: () => T): Recorded<T>;
}

export interface Recorded<T> {
  value: T;
  /** Reports the recorded findings again, at the current path, with offsets moved by `offset`. */
  replay: ((offset: number) => void) | undefined;
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
