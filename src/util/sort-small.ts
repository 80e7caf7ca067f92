/**
 * Stable insertion sorts for the short lists of the hot path (detector indices, spans, edits): most
 * are already in order or hold a handful of items, where a comparator-based `Array.prototype.sort`
 * costs far more than the comparisons themselves. Quadratic only on long unsorted lists, which
 * fall back to the built-in sort.
 */

const INSERTION_MAX = 64;

/** Sorts numbers ascending, in place. */
export function sortNumbers(list: number[]): number[] {
  if (list.length > INSERTION_MAX) return list.sort((a, b) => a - b);
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > v) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
  return list;
}

interface Ranged {
  start: number;
  end: number;
}

/** Whether `a` goes after `b`: later start, or the same start and a shorter range. */
function after(a: Ranged, b: Ranged): boolean {
  return a.start > b.start || (a.start === b.start && a.end < b.end);
}

/** Sorts ranges by start, longer first at equal starts, in place (stable). */
export function sortRanges<T extends Ranged>(list: T[]): T[] {
  if (list.length > INSERTION_MAX) return list.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && after(list[j]!, v)) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
  return list;
}
