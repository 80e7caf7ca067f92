import { formatPlaceholder } from '../placeholder.js';
import { classifyFrame } from './classify-frame.js';
import { ERROR_RULES, type ErrorScrubContext, type ScrubbedFrame } from './error-context.js';
import { isRuntimeFrameName } from './known-frame-names.js';
import { pathText } from './scrub-variable.js';
import type { Edit, FrameKind, ParsedEvalOrigin, ParsedFrame, Span } from './types.js';

// Files that name no file: Node's `[eval]`, `[stdin]`, vm's `evalmachine.<anonymous>`, the REPL, SpiderMonkey eval markers.
const PSEUDO_FILE = /^(?:\[[a-z]+\](?:-wrapper)?|evalmachine\.<anonymous>|REPL\d+|<anonymous>|eval|Function|injectedScript|debugger eval code)$/;
const NODE_MODULES = /[\\/]node_modules[\\/]|^node_modules[\\/]/g;
const SCHEME = /^[a-z][a-z0-9+.-]+:\/*/i;
const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/** The function name of a frame: kept in runtime and package code and when it is a runtime word, else `<identifier>`. */
function fnText(ctx: ErrorScrubContext, stack: string, span: Span, kind: FrameKind): string {
  const fn = stack.slice(span.start, span.end);
  if (ctx.isPlaceholder?.(fn)) return fn;
  if (kind === 'node' || kind === 'package' || isRuntimeFrameName(fn) || (kind === 'user' && ctx.keepIdentifiers)) {
    return ctx.scrubText(stack, span.start, span.end);
  }
  ctx.report(ERROR_RULES.frame, 'identifier', span.start, span.end);
  return formatPlaceholder('identifier');
}

/** The part of a package file before `node_modules`: kept when it holds no name, else a path placeholder. */
function packagePrefix(ctx: ErrorScrubContext, stack: string, start: number, end: number): string {
  const prefix = stack.slice(start, end);
  const rest = prefix.replace(SCHEME, '');
  if (!/[\p{L}\p{N}]/u.test(rest) || LOOPBACK_ORIGIN.test(prefix)) return prefix;
  return pathText(ctx, stack, start, end);
}

/** The file of a frame: runtime files stay (text rules aside), package files keep `node_modules/<package-relative file>`, user files become a path placeholder. */
function fileText(ctx: ErrorScrubContext, stack: string, span: Span): string {
  const file = stack.slice(span.start, span.end);
  const { kind, packageFile } = classifyFrame(file);
  // Runtime files (`node:fs`) stay, through the text rules all the same: a `node:` prefix proves nothing.
  if (kind === 'node' || kind === 'native' || PSEUDO_FILE.test(file)) return ctx.scrubText(stack, span.start, span.end);
  if (kind === 'user') return pathText(ctx, stack, span.start, span.end);
  let cut = -1;
  for (const match of file.matchAll(NODE_MODULES)) cut = match.index + (match[0][0] === 'n' ? 0 : 1);
  const tail = `node_modules/${packageFile ?? ''}`.replace(/\/$/, '');
  if (cut < 0) return `${pathText(ctx, stack, span.start, span.end)}/${packageFile ?? ''}`; // Deno's npm cache
  if (cut === 0) return tail;
  const prefix = packagePrefix(ctx, stack, span.start, span.start + cut - 1);
  return `${prefix}${prefix.endsWith('/') ? '' : '/'}${tail}`;
}

/** The file whose kind decides a frame's: for code made by eval, the innermost file that called eval. */
function kindFile(frame: ParsedFrame): string | undefined {
  let origin: ParsedEvalOrigin | undefined = frame.evalOrigin;
  if (!origin || (frame.file !== undefined && !PSEUDO_FILE.test(frame.file))) return frame.file;
  while (origin.evalOrigin) origin = origin.evalOrigin;
  return origin.file;
}

/** Edits for the eval origins of a frame, outermost first. */
function originEdits(ctx: ErrorScrubContext, stack: string, origin: ParsedEvalOrigin | undefined, edits: Edit[]): void {
  for (let o = origin; o; o = o.evalOrigin) {
    const kind = classifyFrame(kindFile({ ...o, format: 'v8', lineStart: 0, lineEnd: 0, isAsync: false, isConstructor: false })).kind;
    if (o.fnSpan) edits.push({ ...o.fnSpan, text: fnText(ctx, stack, o.fnSpan, kind === 'native' ? 'user' : kind) });
    if (o.fileSpan) edits.push({ ...o.fileSpan, text: fileText(ctx, stack, o.fileSpan) });
  }
}

/**
 * Scrubs one frame of `stack`: returns the edits to its spans (everything else of the line stays
 * as it is) and the frame's structured form. Line and column always stay.
 */
export function scrubFrame(ctx: ErrorScrubContext, stack: string, frame: ParsedFrame): { edits: Edit[]; frame: ScrubbedFrame } {
  const { kind } = classifyFrame(kindFile(frame));
  const edits: Edit[] = [];
  let fn: string | null = null;
  let file: string | null = null;
  if (frame.fnSpan) {
    fn = fnText(ctx, stack, frame.fnSpan, kind);
    edits.push({ ...frame.fnSpan, text: fn });
  }
  if (frame.methodSpan) edits.push({ ...frame.methodSpan, text: fnText(ctx, stack, frame.methodSpan, kind) });
  if (frame.fileSpan) {
    file = fileText(ctx, stack, frame.fileSpan);
    edits.push({ ...frame.fileSpan, text: file });
  }
  originEdits(ctx, stack, frame.evalOrigin, edits);
  return { edits, frame: { fn, file, line: frame.line ?? null, column: frame.column ?? null, kind } };
}
