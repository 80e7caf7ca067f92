import { describe, expect, it } from 'vitest';
import { isEsNifValid } from '../../src/validators/es-nif.js';

describe('isEsNifValid', () => {
  it.each([
    ['12345678Z', 'DNI'],
    ['12345678-Z', 'DNI with a dash'],
    ['73.020.165-H', 'DNI, dotted'],
    ['00000023T', 'DNI with leading zeros'],
    ['X1234567L', 'NIE with X'],
    ['Y2037184L', 'NIE with Y'],
    ['Z1234567R', 'NIE with Z'],
    ['x-1234567-l', 'NIE, lower case and dashed'],
  ])('accepts %s (%s)', (text) => {
    expect(isEsNifValid(text)).toBe(true);
  });

  it.each([
    ['12345678A', 'wrong DNI letter'],
    ['X1234567A', 'wrong NIE letter'],
    ['1234567Z', 'seven digits without a prefix'],
    ['X12345678Z', 'prefix and eight digits'],
    ['W1234567L', 'unknown prefix letter'],
    ['12345678', 'no letter'],
  ])('rejects %s (%s)', (text) => {
    expect(isEsNifValid(text)).toBe(false);
  });
});
