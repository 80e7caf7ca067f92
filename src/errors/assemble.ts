import type { Replacement } from '../text/render.js';
import type { ErrorScrubContext } from './error-context.js';
import type { Edit } from './types.js';
import { sortRanges } from '../util/sort-small.js';

/**
 * Builds the scrubbed form of `text[start, end)`: each edit (absolute offsets, non-overlapping
 * after sorting; later overlapping ones are dropped) writes its text, and every range between
 * edits goes through the engine's text rules. When `replacements` is given, each change is pushed
 * to it with offsets relative to `start` in the source and to the result in the output, in order.
 */
export function assemble(ctx: ErrorScrubContext, text: string, start: number, end: number, edits: readonly Edit[], replacements?: Replacement[]): string {
  const sorted = sortRanges([...edits]);
  let out = '';
  let cursor = start;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end > end) continue;
    if (edit.start > cursor) out += scrubGap(ctx, text, cursor, edit.start, start, out.length, replacements);
    replacements?.push({ srcStart: edit.start - start, srcEnd: edit.end - start, outStart: out.length, outEnd: out.length + edit.text.length });
    out += edit.text;
    cursor = edit.end;
  }
  if (cursor < end) out += scrubGap(ctx, text, cursor, end, start, out.length, replacements);
  return out;
}

/**
 * `text[from, to)` through the engine's text rules. A change is recorded as one replacement, narrowed
 * to what lies between the text the source and the result begin and end with.
 */
function scrubGap(ctx: ErrorScrubContext, text: string, from: number, to: number, start: number, at: number, replacements: Replacement[] | undefined): string {
  const scrubbed = ctx.scrubText(text, from, to);
  if (!replacements || (scrubbed.length === to - from && text.startsWith(scrubbed, from))) return scrubbed;
  let head = 0;
  while (head < scrubbed.length && from + head < to && scrubbed[head] === text[from + head]) head++;
  let tail = 0;
  while (tail < scrubbed.length - head && tail < to - from - head && scrubbed[scrubbed.length - 1 - tail] === text[to - 1 - tail]) tail++;
  replacements.push({ srcStart: from + head - start, srcEnd: to - tail - start, outStart: at + head, outEnd: at + scrubbed.length - tail });
  return scrubbed;
}
