/**
 * A text scrubbed once per scrubber: the message field, a stack's header. A hit in the memo reports
 * the findings it recorded again; a miss is scrubbed while its findings are recorded, and kept unless
 * a value was dropped to a limit (then `findings` is undefined and nothing is kept).
 */
import type { TwoGenerationMemo } from '../util/two-generation-memo.js';
import type { ErrorScrubContext, MemoMessage, RecordedFinding } from './error-context.js';

/**
 * `memo` may be absent (a text too long to keep): the findings are still recorded and returned. A
 * context that cannot record (no `record`/`replay`) just scrubs, with `findings` undefined.
 */
export function rememberedScrub(
  ctx: ErrorScrubContext,
  memo: TwoGenerationMemo<MemoMessage> | undefined,
  text: string,
  scrub: () => string,
): { text: string; findings: readonly RecordedFinding[] | undefined } {
  if (!ctx.record || !ctx.replay) return { text: scrub(), findings: undefined };
  const hit = memo?.get(text);
  if (hit) {
    ctx.replay(hit.findings, 0);
    return hit;
  }
  const { value, findings } = ctx.record(scrub);
  if (findings) memo?.set(text, { text: value, findings });
  return { text: value, findings };
}
