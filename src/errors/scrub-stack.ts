import { applyEdits } from './edits.js';
import type { ErrorScrubContext, RecordedFinding, ScrubbedFrame } from './error-context.js';
import { parseStack } from './parse-stack.js';
import { scrubFrameMemo } from './frame-memo.js';
import { scrubMessageToFixpoint } from './message-fixpoint.js';
import { rememberedScrub } from './remembered-scrub.js';
import type { Edit } from './types.js';

// `TypeError`, `Error [ERR_X]`, `AbortError`: the name (and Node's code) before `: message`.
const HEADER_NAME = /[A-Za-z_$][\w$.]*(?: \[[\w-]+\])?(?=: |:?$)/y;
// util.inspect lines that start a nested error: `  [cause]: Error: …`, `  [errors]: [`.
const NESTED = /^\s*\[(?:cause|errors)\]: /;

/** A message already scrubbed (the error's `message` field), to reuse where the stack repeats it. */
export interface KnownMessage {
  raw: string;
  scrubbed: string;
  /** Its findings, offsets into `raw`. */
  findings: readonly RecordedFinding[];
}

/** Scrubs a header `Name [CODE]: message`: the name stays (through the text rules), the message is scrubbed as one. */
export function scrubHeader(ctx: ErrorScrubContext, text: string, start: number, end: number, known?: KnownMessage): string {
  HEADER_NAME.lastIndex = start;
  const name = HEADER_NAME.exec(text);
  if (!name || name.index + name[0].length > end) return scrubMessageToFixpoint(ctx, text, start, end);
  const nameEnd = start + name[0].length;
  const separator = text.startsWith(': ', nameEnd) ? 2 : 0;
  const from = nameEnd + separator;
  const head = ctx.scrubText(text, start, nameEnd) + text.slice(nameEnd, from);
  if (known && ctx.replay && end - from === known.raw.length && text.startsWith(known.raw, from)) {
    ctx.replay(known.findings, from);
    return head + known.scrubbed;
  }
  return head + scrubMessageToFixpoint(ctx, text, from, end);
}

/** Longest header kept by the header memo. */
const MEMO_MAX_HEADER = 4096;

/**
 * The header before the first frame, memoized by its text: the stacks of one error repeat it (with a
 * code frame, it costs a tokenizer run), while their frames' lines and columns may differ.
 */
function scrubTopHeader(ctx: ErrorScrubContext, stack: string, end: number, known: KnownMessage | undefined): string {
  const memo = end <= MEMO_MAX_HEADER ? ctx.headerMemo : undefined;
  if (!memo) return scrubHeader(ctx, stack, 0, end, known);
  return rememberedScrub(ctx, memo, stack.slice(0, end), () => scrubHeader(ctx, stack, 0, end, known)).text;
}

/**
 * Scrubs a stack string keeping its layout: only the spans of function names and files of frames,
 * the header's message and the non-frame lines change; frame punctuation, lines and columns stay.
 */
export function scrubStack(ctx: ErrorScrubContext, stack: string, known?: KnownMessage): { stack: string; frames: ScrubbedFrame[] } {
  const parsed = parseStack(stack);
  const edits: Edit[] = [];
  const frames: ScrubbedFrame[] = [];
  const header = parsed.headerSpan;
  if (header.end > 0) edits.push({ start: header.start, end: header.end, text: scrubTopHeader(ctx, stack, header.end, known) });
  for (const frame of parsed.frames) {
    const scrubbed = scrubFrameMemo(ctx, stack, frame);
    for (const edit of scrubbed.edits) edits.push(edit);
    frames.push(scrubbed.frame);
  }
  for (const line of parsed.otherLines) {
    const nested = NESTED.exec(stack.slice(line.start, line.end));
    const text = nested
      ? stack.slice(line.start, line.start + nested[0].length) + scrubHeader(ctx, stack, line.start + nested[0].length, line.end)
      : scrubMessageToFixpoint(ctx, stack, line.start, line.end);
    edits.push({ ...line, text });
  }
  return { stack: applyEdits(stack, edits), frames };
}
