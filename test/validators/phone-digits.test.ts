import { describe, expect, it } from 'vitest';
import { isPhoneDigitCount } from '../../src/validators/phone-digits.js';

describe('isPhoneDigitCount', () => {
  it.each([
    ['+44 20 7946 0958', 'UK, international'],
    ['(212) 555-0147', 'North American'],
    ['+14155550132', 'E.164, compact'],
    ['555 0147', 'seven digits'],
    ['+86 138 0013 8000', 'China, 13 digits'],
    ['+123456789012345', 'fifteen digits, the E.164 maximum'],
  ])('accepts %s (%s)', (text) => {
    expect(isPhoneDigitCount(text)).toBe(true);
  });

  it.each([
    ['+12.5', 'three digits'],
    ['123456', 'six digits'],
    ['+1234567890123456', 'sixteen digits'],
    ['000 0000 0000', 'one repeated digit'],
    ['+44 20 7946 0958 ext', 'letters'],
    ['', 'empty'],
  ])('rejects %j (%s)', (text) => {
    expect(isPhoneDigitCount(text)).toBe(false);
  });
});
