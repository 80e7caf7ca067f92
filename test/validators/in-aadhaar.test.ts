import { describe, expect, it } from 'vitest';
import { isInAadhaarValid } from '../../src/validators/in-aadhaar.js';

describe('isInAadhaarValid', () => {
  it.each([
    ['2341 2341 2346', 'printed grouping'],
    ['498712345679', 'compact'],
    ['8765-4321-0988', 'dashed'],
  ])('accepts %s (%s)', (text) => {
    expect(isInAadhaarValid(text)).toBe(true);
  });

  it.each([
    ['2341 2341 2347', 'Verhoeff check fails'],
    ['1234 5678 9012', 'first digit 1'],
    ['0234 1234 1234', 'first digit 0'],
    ['2021 2022 2020', 'three years (Verhoeff-valid)'],
    ['2341 2341 234', 'eleven digits'],
    ['23412341234612', 'fourteen digits'],
  ])('rejects %s (%s)', (text) => {
    expect(isInAadhaarValid(text)).toBe(false);
  });
});
