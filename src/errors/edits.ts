import type { Edit } from './types.js';
import { sortRanges } from '../util/sort-small.js';

/**
 * Applies replacements to `text`. Edits are sorted by start; an edit that overlaps an earlier
 * (or, at equal starts, a longer) one is dropped, so the result never depends on input order.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = sortRanges([...edits]);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) continue;
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** Shifts edits made on a slice that starts at `offset` of a larger text. */
export function shiftEdits(edits: readonly Edit[], offset: number): Edit[] {
  return edits.map((edit) => ({ ...edit, start: edit.start + offset, end: edit.end + offset }));
}
