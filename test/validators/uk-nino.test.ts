import { describe, expect, it } from 'vitest';
import { isUkNinoValid } from '../../src/validators/uk-nino.js';

describe('isUkNinoValid', () => {
  it.each([
    ['AB123456C', 'compact'],
    ['JG 10 37 25 A', 'printed in pairs'],
    ['ZA123456D', 'Z is a valid first letter'],
    ['ce123456b', 'lower case'],
  ])('accepts %s (%s)', (text) => {
    expect(isUkNinoValid(text)).toBe(true);
  });

  it.each([
    ['QQ123456A', 'HMRC example prefix (Q is never used)'],
    ['DA123456A', 'first letter D'],
    ['AO123456A', 'second letter O'],
    ['AV123456A', 'second letter V'],
    ['GB123456A', 'unallocated prefix GB'],
    ['BG123456A', 'unallocated prefix BG'],
    ['NK123456A', 'unallocated prefix NK'],
    ['ZZ123456A', 'unallocated prefix ZZ'],
    ['AB123456E', 'suffix outside A-D'],
    ['AB12345C', 'five digits'],
  ])('rejects %s (%s)', (text) => {
    expect(isUkNinoValid(text)).toBe(false);
  });
});
