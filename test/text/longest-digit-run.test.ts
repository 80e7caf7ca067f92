import { describe, expect, it } from 'vitest';
import { longestDigitRun } from '../../src/text/text-engine.js';

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
  ])('%j → %d', (text, expected) => {
    expect(longestDigitRun(text)).toBe(expected);
  });
});
