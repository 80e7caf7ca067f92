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

function relative(span: Span | undefined, base: number): string {
  return span ? `${span.start - base},${span.end - base}` : '-';
}

export function scrubFrameMemo(ctx: ErrorScrubContext, stack: string, frame: ParsedFrame): { edits: Edit[]; frame: ScrubbedFrame } {
  const memo = ctx.frameMemo;
  if (!memo || !ctx.record || !ctx.replay || frame.evalOrigin) return scrubFrame(ctx, stack, frame);
  const base = frame.lineStart;
  const end = Math.max(base, frame.fnSpan?.end ?? 0, frame.methodSpan?.end ?? 0, frame.fileSpan?.end ?? 0);
  if (end - base > MAX_KEY) return scrubFrame(ctx, stack, frame);
  const key = `${stack.slice(base, end)}\u0000${relative(frame.fnSpan, base)} ${relative(frame.methodSpan, base)} ${relative(frame.fileSpan, base)}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    const { value, findings } = ctx.record(() => scrubFrame(ctx, stack, frame));
    if (!findings) return value;
    hit = {
      edits: value.edits.map((e) => ({ start: e.start - base, end: e.end - base, text: e.text })),
      fn: value.frame.fn,
      file: value.frame.file,
      kind: value.frame.kind,
      findings: findings.map((f) => ({ ...f, start: f.start - base, end: f.end - base })),
    };
    memo.set(key, hit);
    return value;
  }
  ctx.replay(hit.findings, base);
  const edits: Edit[] = [];
  for (const e of hit.edits) edits.push({ start: e.start + base, end: e.end + base, text: e.text });
  return { edits, frame: { fn: hit.fn, file: hit.file, line: frame.line ?? null, column: frame.column ?? null, kind: hit.kind } };
}
