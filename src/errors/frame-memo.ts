/**
 * Stack frames repeat across events: the same call sites, at the same or other lines and columns.
 * A frame is scrubbed once per distinct text before its location (with the offsets of its parts);
 * later frames reuse the edits and report the same findings, moved to their own line. Frames of
 * eval'd code, and every frame when the scrubber numbers placeholders, are scrubbed each time.
 */
import type { ErrorScrubContext, ScrubbedFrame } from './error-context.js';
import { scrubFrame } from './scrub-frame.js';
import type { Edit, ParsedFrame, Span } from './types.js';

/** Longest frame text (before the location) worth keeping. */
const MAX_KEY = 512;

/** Start and end of each span relative to `base`, -1 for an absent span. */
function shapeOf(frame: ParsedFrame, base: number): number[] {
  const shape: number[] = [];
  for (const span of [frame.fnSpan, frame.methodSpan, frame.fileSpan]) {
    shape.push(span ? span.start - base : -1, span ? span.end - base : -1);
  }
  return shape;
}

function sameShape(shape: readonly number[], frame: ParsedFrame, base: number): boolean {
  return (
    sameSpan(shape[0]!, shape[1]!, frame.fnSpan, base) && sameSpan(shape[2]!, shape[3]!, frame.methodSpan, base) && sameSpan(shape[4]!, shape[5]!, frame.fileSpan, base)
  );
}

function sameSpan(start: number, end: number, span: Span | undefined, base: number): boolean {
  return span ? start === span.start - base && end === span.end - base : start === -1;
}

export function scrubFrameMemo(ctx: ErrorScrubContext, stack: string, frame: ParsedFrame): { edits: Edit[]; frame: ScrubbedFrame } {
  const memo = ctx.frameMemo;
  if (!memo || !ctx.record || !ctx.replay || frame.evalOrigin) return scrubFrame(ctx, stack, frame);
  const base = frame.lineStart;
  const end = Math.max(base, frame.fnSpan?.end ?? 0, frame.methodSpan?.end ?? 0, frame.fileSpan?.end ?? 0);
  if (end - base > MAX_KEY) return scrubFrame(ctx, stack, frame);
  // Looked up by the slice itself (no copy); a hit must also have parsed into the same spans.
  const text = stack.slice(base, end);
  const hit = memo.get(text);
  if (hit === undefined || !sameShape(hit.shape, frame, base)) {
    const { value, findings } = ctx.record(() => scrubFrame(ctx, stack, frame));
    if (!findings) return value;
    memo.set(text, {
      shape: shapeOf(frame, base),
      edits: value.edits.map((e) => ({ start: e.start - base, end: e.end - base, text: e.text })),
      fn: value.frame.fn,
      file: value.frame.file,
      kind: value.frame.kind,
      findings: findings.map((f) => ({ ...f, start: f.start - base, end: f.end - base })),
    });
    return value;
  }
  ctx.replay(hit.findings, base);
  const edits: Edit[] = [];
  for (const e of hit.edits) edits.push({ start: e.start + base, end: e.end + base, text: e.text });
  return { edits, frame: { fn: hit.fn, file: hit.file, line: frame.line ?? null, column: frame.column ?? null, kind: hit.kind } };
}
