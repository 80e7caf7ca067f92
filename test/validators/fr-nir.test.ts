import { describe, expect, it } from 'vitest';
import { isFrNirValid } from '../../src/validators/fr-nir.js';

// Numbers made up for these tests; keys computed as 97 - (13 digits mod 97).
describe('isFrNirValid', () => {
  it.each([
    ['1 84 12 76 451 089 46', 'printed grouping'],
    ['184127645108946', 'compact'],
    ['269059935012384', 'born abroad (department 99)'],
    ['1 85 07 2A 004 017 97', 'Corsica 2A counts as 19; key 97'],
    ['263032B12345686', 'Corsica 2B counts as 18'],
    ['155027512004556', 'month 02'],
    ['193012000100770', 'department 20'],
  ])('accepts %s (%s)', (text) => {
    expect(isFrNirValid(text)).toBe(true);
  });

  it.each([
    ['1 84 12 76 451 089 47', 'wrong key'],
    ['1 85 07 2A 004 017 00', 'key 00'],
    ['263032B12345659', 'key computed with 2B as 19'],
    ['384127645108943', 'sex digit 3 (key right for it)'],
    ['184137645108962', 'month 13 (key right for it)'],
    ['184007645108948', 'month 00 (key right for it)'],
    ['184127645100038', 'order number 000 (key right for it)'],
    ['184120045108961', 'department 00 (key right for it)'],
    ['18412764510894', 'fourteen digits'],
    ['1841276451089460', 'sixteen digits'],
    ['1 84 12 2C 451 089 46', 'department 2C'],
    ['', 'empty'],
  ])('rejects %j (%s)', (text) => {
    expect(isFrNirValid(text)).toBe(false);
  });
});
