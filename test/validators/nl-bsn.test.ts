import { describe, expect, it } from 'vitest';
import { isNlBsnValid } from '../../src/validators/nl-bsn.js';

describe('isNlBsnValid', () => {
  it.each([
    ['111222333', 'sum 66'],
    ['123456782', 'sum 154'],
    ['1234.56.782', 'dotted'],
    ['23456784', 'eight digits with an implied leading zero (sum 143)'],
  ])('accepts %s (%s)', (text) => {
    expect(isNlBsnValid(text)).toBe(true);
  });

  it.each([
    ['123456789', 'fails the 11-proef'],
    ['111222334', 'last digit off by one'],
    ['000000000', 'zero sum'],
    ['1234567', 'seven digits'],
    ['1234567890', 'ten digits'],
    ['12345678a', 'a letter'],
  ])('rejects %s (%s)', (text) => {
    expect(isNlBsnValid(text)).toBe(false);
  });
});
