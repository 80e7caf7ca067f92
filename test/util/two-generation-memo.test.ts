import { describe, expect, it } from 'vitest';
import { TwoGenerationMemo } from '../../src/util/two-generation-memo.js';

describe('TwoGenerationMemo', () => {
  it('returns what was set, and undefined for what never was', () => {
    const memo = new TwoGenerationMemo<number>(4);
    memo.set('a', 1);
    expect(memo.get('a')).toBe(1);
    expect(memo.get('b')).toBeUndefined();
  });

  it('keeps at most two generations: a key older than that is forgotten', () => {
    const memo = new TwoGenerationMemo<number>(2);
    for (const [i, k] of ['a', 'b', 'c', 'd', 'e'].entries()) memo.set(k, i);
    // young = {e}, old = {c, d}: a and b were dropped with the first old generation.
    expect([memo.get('a'), memo.get('b')]).toEqual([undefined, undefined]);
    expect(memo.get('e')).toBe(4);
  });

  it('moves a key that keeps coming back to the young generation, so a stream of one-off keys does not evict it', () => {
    const memo = new TwoGenerationMemo<string>(3);
    memo.set('hot', 'kept');
    for (let i = 0; i < 50; i++) {
      memo.set(`once-${i}`, 'x');
      expect(memo.get('hot')).toBe('kept');
    }
    expect(memo.get('once-0')).toBeUndefined();
  });
});
