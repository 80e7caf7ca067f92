import { describe, expect, it } from 'vitest';
import { isVerhoeffValid } from '../../src/validators/verhoeff.js';

describe('isVerhoeffValid', () => {
  it.each([
    ['2363', '236 with check digit 3 (Verhoeff 1969 example)'],
    ['1428570', '142857 with check digit 0'],
    ['123451', '12345 with check digit 1'],
    ['2341 2341 2346', 'spaced 12 digits'],
    ['8765-4321-0988', 'dashed 12 digits'],
  ])('accepts %s (%s)', (text) => {
    expect(isVerhoeffValid(text)).toBe(true);
  });

  it.each([
    ['2364', 'wrong check digit'],
    ['3263', 'transposed digits'],
    ['123456', 'arbitrary digits'],
    ['2341 2341 2347', 'Aadhaar-shaped with a wrong check digit'],
    ['7', 'a single digit'],
    ['23a3', 'a letter'],
  ])('rejects %s (%s)', (text) => {
    expect(isVerhoeffValid(text)).toBe(false);
  });
});
