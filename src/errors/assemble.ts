import type { ErrorScrubContext } from './error-context.js';
import type { Edit } from './types.js';
import { sortRanges } from '../util/sort-small.js';

/**
 * Builds the scrubbed form of `text[start, end)`: each edit (absolute offsets, non-overlapping
 * after sorting; later overlapping ones are dropped) writes its text, and every range between
 * edits goes through the engine's text rules.
 */
export function assemble(ctx: ErrorScrubContext, text: string, start: number, end: number, edits: readonly Edit[]): string {
  const sorted = sortRanges([...edits]);
  let out = '';
  let cursor = start;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end > end) continue;
    if (edit.start > cursor) out += ctx.scrubText(text, cursor, edit.start);
    out += edit.text;
    cursor = edit.end;
  }
  if (cursor < end) out += ctx.scrubText(text, cursor, end);
  return out;
}
