import { describe, expect, it } from 'vitest';
import { isCpfValid } from '../../src/validators/cpf.js';

describe('isCpfValid', () => {
  it.each([
    ['529.982.247-25', 'formatted'],
    ['111.444.777-35', 'formatted'],
    ['39053344705', 'compact'],
    ['714.602.380-01', 'second check digit 1'],
    ['123.456.789-09', 'first check digit 0'],
  ])('accepts %s (%s)', (text) => {
    expect(isCpfValid(text)).toBe(true);
  });

  it.each([
    ['529.982.247-26', 'wrong second check digit'],
    ['529.982.247-15', 'wrong first check digit'],
    ['111.111.111-11', 'one repeated digit (passes the arithmetic)'],
    ['000.000.000-00', 'zeros'],
    ['529.982.247-2', 'ten digits'],
    ['529.982.247-2x', 'a letter'],
  ])('rejects %s (%s)', (text) => {
    expect(isCpfValid(text)).toBe(false);
  });
});
