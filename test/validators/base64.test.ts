import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64Json, decodeBase64Text } from '../../src/validators/base64.js';

describe('decodeBase64Text', () => {
  it.each([
    ['padded', 'aGVsbG8=', 'hello'],
    ['unpadded', 'aGVsbG8', 'hello'],
    ['URL-safe alphabet', 'Pz8_Pz8-', '?????>'],
    ['UTF-8', 'dGVzdDoxMjPCow==', 'test:123£'],
    ['empty', '', ''],
  ])('%s', (_why, text, expected) => {
    expect(decodeBase64Text(text)).toBe(expected);
  });

  it.each([
    ['invalid character', 'aGVs*G8='],
    ['impossible length', 'aGVsb'],
    ['padding in the middle', 'aG=VsbG8'],
    ['invalid UTF-8', '//79'],
  ])('rejects %s', (_why, text) => {
    expect(decodeBase64Text(text)).toBeUndefined();
  });
});

describe('decodeBase64', () => {
  it('returns the bytes', () => {
    expect(Array.from(decodeBase64('AAEC/w==') ?? [])).toEqual([0, 1, 2, 255]);
  });
});

describe('decodeBase64Json', () => {
  it.each([
    ['object', 'eyJhIjoxfQ', { a: 1 }],
    ['array', 'WzEsMl0', undefined],
    ['string', 'ImEi', undefined],
    ['not JSON', 'aGVsbG8', undefined],
  ])('%s', (_why, text, expected) => {
    expect(decodeBase64Json(text)).toEqual(expected);
  });
});
