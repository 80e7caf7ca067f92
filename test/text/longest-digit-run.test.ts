import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestDigitRun } from '../../src/text/text-engine.js';

/** The definition, written as a regex: runs of digits joined by at most two characters that are neither letters nor digits. */
function reference(text: string): number {
  let best = 0;
  for (const m of text.matchAll(/[0-9](?:[^A-Za-z0-9]{0,2}[0-9])*/g)) best = Math.max(best, m[0].replace(/[^0-9]/g, '').length);
  return best;
}

describe('longestDigitRun (prefilter of number formats)', () => {
  it.each([
    ['no digits here', 0],
    ['at run (/srv/a.js:12:5)', 3], // 12 and 5 are one character apart
    ['card 4242 4242 4242 4242', 16],
    ['call (415) 555-0134', 10],
    ['ssn 123-45-6789', 9],
    ['12.345.678-Z', 8],
    ['v1.2.3', 3],
    ['abc123def4567', 4],
    ['1   2', 1],
    ['+44 20 7946 0958', 12],
    ['é1-2ü3', 3], // non-ASCII letters are not letters of the run's definition
  ])('%j → %d', (text, expected) => {
    expect(longestDigitRun(text)).toBe(expected);
  });

  it('agrees with the definition on random texts of digits, letters and separators', () => {
    const unit = fc.constantFrom('1', '2', '0', 'a', 'Z', ' ', '-', '.', ':', '/', 'é', '(');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(longestDigitRun(text)).toBe(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
