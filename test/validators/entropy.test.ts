import { describe, expect, it } from 'vitest';
import { hasEntropy, shannonEntropy } from '../../src/validators/entropy.js';

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
  ])('shannonEntropy(%j) = %d', (text, bits) => {
    expect(shannonEntropy(text)).toBeCloseTo(bits, 10);
  });
});

describe('entropy', () => {
  it.each([
    ['random hex (32)', '9f86d081884c7d659a2feaa0c55ad015'],
    ['random base64 (40)', 'q7Tz+K2mW9xvB1c/RfLp0sY8nJ4aH6dE3uQiVtZo'],
    ['random base62 (24)', 'Xk3pQ9vL2mN7bR4tW8yZ1cF6'],
  ])('accepts %s', (_why, text) => {
    expect(hasEntropy(text)).toBe(true);
  });

  it.each([
    ['repeated character', 'aaaaaaaaaaaaaaaaaaaaaaaa'],
    ['two characters', 'abababababababababababab'],
    ['placeholder', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx1'],
    ['short word', 'secret'],
    ['empty', ''],
  ])('rejects %s', (_why, text) => {
    expect(hasEntropy(text)).toBe(false);
  });
});
