import { describe, expect, it } from 'vitest';
import { isNpmChecksumValid } from '../../src/validators/npm-checksum.js';

// Fake tokens made for these tests: random base62 bodies with a correct CRC-32 checksum.
describe('npm-checksum', () => {
  it.each(['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', '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'])('accepts %s', (token) => {
    expect(isNpmChecksumValid(token)).toBe(true);
  });

  it.each([
    ['checksum changed', 'npm_8GhabpVVm7VhPnn8RZ0pdyN4sNRo7e2gjvt4'],
    ['body changed', 'npm_9GhabpVVm7VhPnn8RZ0pdyN4sNRo7e2gjvt3'],
    ['GitHub prefix', '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'],
    ['upper-case prefix', 'NPM_8GhabpVVm7VhPnn8RZ0pdyN4sNRo7e2gjvt3'],
    ['too short', 'npm_8GhabpVVm7VhPnn8RZ0pdyN4sNRo7e2gjvt'],
    ['legacy UUID token', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'],
  ])('rejects %s', (_why, token) => {
    expect(isNpmChecksumValid(token)).toBe(false);
  });
});
