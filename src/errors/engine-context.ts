import type { Finding, JsonValue } from '../types.js';
import { CallState } from '../walk/call-state.js';
import type { Walk, WalkEnv } from '../walk/walk-value.js';
import type { TwoGenerationMemo } from '../util/two-generation-memo.js';
import type { ErrorScrubContext, MemoFrame, MemoMessage, Recorded, RecordedFinding } from './error-context.js';
import { builtinTemplates } from './message-catalog.js';
import { scrubErrorWith } from './scrub-error.js';
import type { CompiledTemplate } from './template-types.js';
import type { Span } from './types.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { keepShape } from '../util/keep-shape.js';
import { makeFinding } from '../text/to-findings.js';

export interface ErrorRenderSettings {
  /** `ScrubOptions.keepIdentifiers`. */
  keepIdentifiers: boolean;
  /** `ScrubOptions.keepProjectPaths`. */
  keepProjectPaths: boolean;
  /** `ScrubLimits.maxStringLength` of the scrubber. */
  maxStringLength: number;
  /** The scrubber's memos of scrubbed frames and messages; absent when results depend on the call (numbering). */
  frameMemo?: TwoGenerationMemo<MemoFrame>;
  messageMemo?: TwoGenerationMemo<MemoMessage>;
  headerMemo?: TwoGenerationMemo<MemoMessage>;
}

/** An `ErrorScrubContext` inside the engine's value walk: shares its call state, budget, findings and path. */
class EngineContext implements ErrorScrubContext {
  readonly keepIdentifiers: boolean;
  readonly keepProjectPaths: boolean;
  readonly maxStringLength: number;
  readonly frameMemo: TwoGenerationMemo<MemoFrame> | undefined;
  readonly messageMemo: TwoGenerationMemo<MemoMessage> | undefined;
  readonly headerMemo: TwoGenerationMemo<MemoMessage> | undefined;

  constructor(
    private readonly state: CallState,
    private readonly depth: number,
    private readonly walk: Walk,
    private readonly env: WalkEnv,
    settings: ErrorRenderSettings,
  ) {
    this.keepIdentifiers = settings.keepIdentifiers;
    this.keepProjectPaths = settings.keepProjectPaths;
    this.maxStringLength = settings.maxStringLength;
    this.frameMemo = settings.frameMemo;
    this.messageMemo = settings.messageMemo;
    this.headerMemo = settings.headerMemo;
  }

  get templates(): readonly CompiledTemplate[] {
    return builtinTemplates();
  }

  scrubText(text: string, start: number, end: number): string {
    if (start >= end) return '';
    const { findings } = this.state;
    const before = findings.length;
    const out = this.env.scrubString(text.slice(start, end), this.state, 'value');
    // The engine reports offsets into the slice; findings point into the whole string.
    for (let i = before; i < findings.length; i++) {
      const f = findings[i]!;
      findings[i] = makeFinding(f.ruleId, f.type, f.detail, f.pointer, f.target, f.start + start, f.end + start);
    }
    return out;
  }

  scrubKey(key: string): string {
    return this.at(key, () => this.env.scrubString(key, this.state, 'key'));
  }

  scrubValue(value: unknown, key: string | number): JsonValue {
    return this.at(key, () => this.walk(value, this.state, this.depth + 1, typeof key === 'string' ? this.env.sensitiveKey(key) : undefined) ?? null);
  }

  isPlaceholder(text: string): boolean {
    return this.env.isPlaceholder(text);
  }

  report(ruleId: string, type: string, start: number, end: number, detail?: string): void {
    this.state.findings.push(makeFinding(ruleId, type, detail, this.state.pointer(), 'value', start, end));
  }

  mapFindings<T>(fn: () => T, move: (start: number, end: number) => Span): T {
    const { findings } = this.state;
    const before = findings.length;
    try {
      return fn();
    } finally {
      for (let i = before; i < findings.length; i++) {
        const f = findings[i]!;
        const moved = move(f.start, f.end);
        findings[i] = makeFinding(f.ruleId, f.type, f.detail, f.pointer, f.target, moved.start, moved.end);
      }
    }
  }

  record<T>(fn: () => T): Recorded<T> {
    const { findings } = this.state;
    const before = findings.length;
    const value = fn();
    const made = findings.slice(before);
    if (made.some((f) => f.type === 'dropped')) return { value, findings: undefined };
    return { value, findings: made.map(({ pointer: _pointer, ...rest }) => rest) };
  }

  replay(recorded: readonly RecordedFinding[], offset: number): void {
    if (recorded.length === 0) return;
    const pointer = this.state.pointer();
    for (const f of recorded) {
      // The fields in the order the engine writes them, so that reports read the same.
      this.state.findings.push(makeFinding(f.ruleId, f.type, f.detail, pointer, f.target, f.start + offset, f.end + offset));
    }
  }

  at<T>(key: string | number, fn: () => T): T {
    this.state.path.push(key);
    try {
      return fn();
    } finally {
      this.state.path.pop();
    }
  }
}

const SPARE_KEY = Object.freeze({ text: '', sensitive: undefined });
/** A walk environment that is never called: the spare context's. */
const SPARE_ENV: WalkEnv = {
  maxDepth: 0,
  scrubString: () => '',
  scrubKey: () => SPARE_KEY,
  sensitiveKey: () => undefined,
  isPlaceholder: () => false,
  renderError: () => null,
};

// A spare context, built from constants: see util/keep-shape.ts.
keepShape(new EngineContext(new CallState(DEFAULT_LIMITS, false), 0, () => null, SPARE_ENV, { keepIdentifiers: false, keepProjectPaths: false, maxStringLength: 0 }));

/**
 * The engine hook: renders an Error or error-shaped object met by the value walker (same
 * signature as `renderErrorFields` plus settings). `cause` and `errors` go back through `walk`,
 * which guards depth and cycles and calls this renderer again for nested errors.
 */
export function renderScrubbedError(
  error: object,
  state: CallState,
  depth: number,
  walk: Walk,
  env: WalkEnv,
  settings: ErrorRenderSettings,
): JsonValue {
  return scrubErrorWith(new EngineContext(state, depth, walk, env, settings), error) as JsonValue;
}
