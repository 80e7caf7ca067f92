import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/types.js';
import { clipDetections, resolveOverlaps } from '../../src/text/resolve-overlaps.js';

const d = (ruleId: string, start: number, end: number, priority = 50, type = ruleId): Detection => ({ ruleId, type, start, end, priority });

describe('resolveOverlaps', () => {
  it('keeps disjoint spans in order', () => {
    expect(resolveOverlaps([d('b', 5, 8), d('a', 0, 3)]).map((x) => [x.ruleId, x.start, x.end])).toEqual([
      ['a', 0, 3],
      ['b', 5, 8],
    ]);
  });

  it('merges overlapping spans into their union, typed by the longest', () => {
    const out = resolveOverlaps([d('user', 6, 11, 70), d('path', 0, 20, 30), d('env', 18, 25, 90)]);
    expect(out).toEqual([{ ruleId: 'path', type: 'path', start: 0, end: 25, priority: 30 }]);
  });

  it('breaks ties of equal extent by priority, then rule id', () => {
    expect(resolveOverlaps([d('generic', 2, 9, 40), d('jwt', 2, 9, 80)])[0]!.ruleId).toBe('jwt');
    expect(resolveOverlaps([d('b', 2, 9), d('a', 2, 9)])[0]!.ruleId).toBe('a');
  });

  it('does not merge adjacent spans', () => {
    expect(resolveOverlaps([d('a', 0, 3), d('b', 3, 6)])).toHaveLength(2);
  });
});

describe('clipDetections', () => {
  it('cuts protected placeholder spans out of detections, splitting them', () => {
    const out = clipDetections([d('x', 0, 20)], [{ start: 5, end: 10 }, { start: 12, end: 14 }]);
    expect(out.map((x) => [x.start, x.end])).toEqual([
      [0, 5],
      [10, 12],
      [14, 20],
    ]);
  });

  it('drops detections entirely inside a placeholder', () => {
    expect(clipDetections([d('x', 6, 9)], [{ start: 5, end: 10 }])).toEqual([]);
  });
});
