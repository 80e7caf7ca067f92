import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detachedCopy } from '../../src/util/detached-copy.js';

describe('detachedCopy', () => {
  it('gives back the same text for any string, lone surrogates and escapes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(detachedCopy(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(detachedCopy('\ud800 "q" \\ \n \u2028')).toBe('\ud800 "q" \\ \n \u2028');
  });
});
