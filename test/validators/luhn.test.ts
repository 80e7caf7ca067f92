import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../src/validators/luhn.js';

describe('isLuhnValid', () => {
  it.each([
    ['4242424242424242', 'Visa (Stripe test card)'],
    ['4111 1111 1111 1111', 'Visa, spaced'],
    ['5555-5555-5555-4444', 'Mastercard, dashed'],
    ['2223003122003222', 'Mastercard 2-series'],
    ['378282246310005', 'American Express'],
    ['6011111111111117', 'Discover'],
    ['3566002020360505', 'JCB'],
    ['36227206271667', 'Diners Club, 14 digits'],
    ['6205500000000000004', 'UnionPay, 19 digits'],
    ['046 454 286', 'Canadian SIN example'],
  ])('accepts %s (%s)', (text) => {
    expect(isLuhnValid(text)).toBe(true);
  });

  it.each([
    ['4242424242424241', 'last digit off by one'],
    ['4111111111111121', 'two digits swapped'],
    ['5555555555554445', 'Mastercard with a wrong check digit'],
    ['0', 'a single digit'],
    ['', 'empty'],
    ['4242 4242 4242 424a', 'a letter'],
    ['4242_4242_4242_4242', 'an unknown separator'],
  ])('rejects %j (%s)', (text) => {
    expect(isLuhnValid(text)).toBe(false);
  });

  it('never throws on a non-string', () => {
    expect(isLuhnValid(undefined as unknown as string)).toBe(false);
  });
});
