import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNumbers, sortRanges } from '../../src/util/sort-small.js';

describe('sort-small', () => {
  it('sorts numbers like the built-in sort, short lists and long ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 120 }), (list) => {
        expect(sortNumbers([...list])).toEqual([...list].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts ranges by start, longer first, keeping the order of equal ranges', () => {
    const range = fc.record({ start: fc.integer({ min: 0, max: 9 }), end: fc.integer({ min: 0, max: 12 }), tag: fc.nat() });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 120 }), (list) => {
        expect(sortRanges([...list])).toEqual([...list].sort((a, b) => a.start - b.start || b.end - a.end));
      }),
      { numRuns: 300 },
    );
  });
});
