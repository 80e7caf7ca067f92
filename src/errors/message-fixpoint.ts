/**
 * Scrubs a message until scrubbing the result changes nothing. One pass reads a message by
 * heuristics (which template matches, how quotes pair) that may read its own output another way:
 * a stray quote before a wrapped message pairs with a quote of the known message once that message
 * no longer matches its template. Iterating makes idempotence hold by construction, as for plain text
 * (`src/text/scrub-to-fixpoint.ts`); findings of later passes are mapped back to the original offsets.
 */
import { formatPlaceholder } from '../placeholder.js';
import { sourceOffset, type Replacement } from '../text/render.js';
import type { ErrorScrubContext } from './error-context.js';
import { scrubMessage } from './scrub-message.js';
import type { Span } from './types.js';

/** Passes after which a message that still changes is dropped whole (the text engine's limit too). */
const MAX_PASSES = 4;

/** An offset of the latest pass's input, moved back through every pass to the original message. */
function originalOffset(chain: readonly Replacement[][], offset: number, edge: 'start' | 'end'): number {
  let at = offset;
  for (let i = chain.length - 1; i >= 0; i--) at = sourceOffset(chain[i]!, at, edge);
  return at;
}

/**
 * `scrubMessage` on `text[start, end)`, repeated on its output while that changes; a message that
 * did not change in a pass is settled, so most messages take one pass. Findings point into `text`.
 * A message still changing after MAX_PASSES becomes `<dropped:unstable>`.
 */
export function scrubMessageToFixpoint(ctx: ErrorScrubContext, text: string, start = 0, end = text.length): string {
  const chain: Replacement[][] = [[]];
  let current = scrubMessage(ctx, text, start, end, 0, chain[0]);
  if (current.length === end - start && text.startsWith(current, start)) return current;
  const move = (s: number, e: number): Span => ({ start: start + originalOffset(chain, s, 'start'), end: start + originalOffset(chain, e, 'end') });
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const replacements: Replacement[] = [];
    const input = current;
    const next = ctx.mapFindings(() => scrubMessage(ctx, input, 0, input.length, 0, replacements), move);
    if (next === current) return current;
    chain.push(replacements);
    current = next;
  }
  ctx.report('limits', 'dropped', start, end, 'unstable');
  return formatPlaceholder('dropped', 'unstable');
}
