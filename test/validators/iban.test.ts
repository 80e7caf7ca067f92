import { describe, expect, it } from 'vitest';
import { isIbanValid } from '../../src/validators/iban.js';

describe('isIbanValid', () => {
  it.each([
    ['DE89370400440532013000', 'Germany, compact'],
    ['DE89 3704 0044 0532 0130 00', 'Germany, grouped'],
    ['GB29NWBK60161331926819', 'United Kingdom'],
    ['GB82 WEST 1234 5698 7654 32', 'United Kingdom, grouped'],
    ['FR1420041010050500013M02606', 'France, letter in the BBAN'],
    ['NO9386011117947', 'Norway, shortest (15)'],
    ['BE68539007547034', 'Belgium'],
    ['NL91ABNA0417164300', 'Netherlands'],
    ['MT84MALT011000012345MTLCAST001S', 'Malta (31)'],
    ['BR1800360305000010009795493C1', 'Brazil'],
    ['CH1904835KQRZWXYBNTMP', 'Switzerland, letters in the account (5n12c)'],
    ['FR17 3000 6000 01AB CDEF GHJK M12', 'France, a group of letters only (11c account)'],
    ['de89370400440532013000', 'lower case'],
  ])('accepts %s (%s)', (text) => {
    expect(isIbanValid(text)).toBe(true);
  });

  it.each([
    ['DE89370400440532013001', 'wrong check digits'],
    ['DE8937040044053201300', 'one character short for DE'],
    ['NL91ABNA04171643001', 'one character long for NL'],
    ['XX89370400440532013000', 'unknown country'],
    ['AB12CDEF3456GHIJ7890', 'an upper-case id'],
    ['DE89-3704-0044-0532-0130-00!', 'a character outside the format'],
    ['', 'empty'],
  ])('rejects %j (%s)', (text) => {
    expect(isIbanValid(text)).toBe(false);
  });
});
