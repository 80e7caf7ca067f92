import { describe, expect, it } from 'vitest';
import { isUsSsnValid } from '../../src/validators/us-ssn.js';

describe('isUsSsnValid', () => {
  it.each([
    ['078-05-1120', 'the Woolworth wallet card number'],
    ['219-09-9999', 'the SSA advertising example'],
    ['078051120', 'undashed'],
    ['219 09 9999', 'spaced'],
    ['899-99-9999', 'highest issuable area'],
    ['001-01-0001', 'lowest of each part'],
  ])('accepts %s (%s)', (text) => {
    expect(isUsSsnValid(text)).toBe(true);
  });

  it.each([
    ['000-12-3456', 'area 000'],
    ['666-12-3456', 'area 666'],
    ['900-12-3456', 'area 9xx'],
    ['987-65-4320', 'advertising range 987-65-432x (area 9xx)'],
    ['123-00-4567', 'group 00'],
    ['123-45-0000', 'serial 0000'],
    ['123-45-678', 'eight digits'],
    ['123-45-67890', 'ten digits'],
    ['12a-45-6789', 'a letter'],
  ])('rejects %s (%s)', (text) => {
    expect(isUsSsnValid(text)).toBe(false);
  });
});
