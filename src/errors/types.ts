/** Shapes shared by the modules of `src/errors/`: stack frames, template matches, edits. */

/** A half-open range `[start, end)` of UTF-16 offsets into the scanned string. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of `[start, end)` by `text`. */
export interface Edit extends Span {
  text: string;
}

/** A redaction proposed by a structural module: the span and the placeholder type it becomes. */
export interface TypedSpan extends Span {
  type: string;
}

export type FrameKind = 'node' | 'package' | 'user' | 'native';

export type StackFormat = 'v8' | 'spidermonkey' | 'jsc';

/** Where code ran: `file:line:column`, possibly inside code that `eval` created. */
export interface ParsedLocation {
  /** File, URL or marker (`native`, `<anonymous>`, `[native code]`, `index 0`) as written. */
  file?: string;
  fileSpan?: Span;
  line?: number;
  lineSpan?: Span;
  column?: number;
  columnSpan?: Span;
  /** For code created by `eval`: the function and location of the `eval` call. */
  evalOrigin?: ParsedEvalOrigin;
}

export interface ParsedEvalOrigin extends ParsedLocation {
  fn?: string;
  fnSpan?: Span;
}

/** One stack frame, with the offsets of each part in the original stack string. */
export interface ParsedFrame extends ParsedLocation {
  format: StackFormat;
  /** The frame's line, without its line break. */
  lineStart: number;
  lineEnd: number;
  /** Function name without `async `, `new ` and ` [as method]` (V8), as written. */
  fn?: string;
  fnSpan?: Span;
  /** The name in V8's ` [as method]` suffix. */
  method?: string;
  methodSpan?: Span;
  isAsync: boolean;
  isConstructor: boolean;
}

export interface ParsedStack {
  /** Text before the first frame (`Error: msg`, possibly several lines); '' when frames come first. */
  header: string;
  headerSpan: Span;
  frames: ParsedFrame[];
  /** Lines after the header that are not frames (`[cause]: …`, `... 3 lines matching …`, `}`). */
  otherLines: Span[];
}
