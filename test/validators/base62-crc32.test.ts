import { describe, expect, it } from 'vitest';
import { crc32, hasBase62Crc32, toBase62 } from '../../src/validators/base62-crc32.js';

describe('crc32', () => {
  it.each([
    ['', 0x00000000],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
    ['a', 0xe8b7be43],
  ])('crc32(%j)', (text, expected) => {
    expect(crc32(text)).toBe(expected);
  });
});

describe('toBase62', () => {
  it.each([
    [0, 6, '000000'],
    [61, 6, '00000z'],
    [62, 6, '000010'],
    [0xffffffff, 6, '4gfFC3'],
  ])('toBase62(%d, %d)', (n, width, expected) => {
    expect(toBase62(n, width)).toBe(expected);
  });
});

describe('hasBase62Crc32', () => {
  it.each([
    ['matching prefix and checksum', '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', /^ghp_/, true],
    ['prefix not at the start', 'x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', /ghp_/, false],
    ['prefix mismatch', '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', /^gho_/, false],
  ])('%s', (_why, token, prefix, expected) => {
    expect(hasBase62Crc32(token, prefix)).toBe(expected);
  });
});
