import { describe, expect, it } from 'vitest';
import { isBech32Valid } from '../../src/validators/bech32-checksum.js';

// BIP 173 test vectors, and age keys made for these tests.
describe('bech32-checksum', () => {
  it.each([
    ['BIP 173 vector, upper case', 'A12UEL5L'],
    ['BIP 173 vector, lower case', 'a12uel5l'],
    ['BIP 173 vector with data', 'abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw'],
    ['age secret key', 'AGE-SECRET-KEY-1PZEGXWQMLRRDWSSW6KRUUHHWWMRSLYYAHQ9728Y7MUVLQUE8PUZQXQ9VL7'],
    ['age secret key, lower case', 'age-secret-key-16c7x9f8xn2pzr0sqp4566qws5emkxrf264fxafl8jjlqcfmz5vxqlj9etd'],
    ['age public key', 'age1fv9y3qmu3rt06rm4pxc6utfk5ajhv3agt052uwqsl38hjp66qqxshwh6wt'],
  ])('accepts %s', (_why, text) => {
    expect(isBech32Valid(text)).toBe(true);
  });

  it.each([
    ['BIP 173 invalid checksum vector', 'A1G7SGD8'],
    ['empty human-readable part', '10a06t8'],
    ['last character changed', 'AGE-SECRET-KEY-1PZEGXWQMLRRDWSSW6KRUUHHWWMRSLYYAHQ9728Y7MUVLQUE8PUZQXQ9VL8'],
    ['mixed case', 'AGE-SECRET-KEY-1pzegxwqmlrrdwssw6kruuhhwwmrslyyahq9728y7muvlque8puzqxq9vl7'],
    ['character outside the alphabet (b)', 'AGE-SECRET-KEY-1BZEGXWQMLRRDWSSW6KRUUHHWWMRSLYYAHQ9728Y7MUVLQUE8PUZQXQ9VL7'],
    ['no separator', 'AGESECRETKEY'],
    ['data shorter than the checksum', 'age1qqqqq'],
    ['empty', ''],
  ])('rejects %s', (_why, text) => {
    expect(isBech32Valid(text)).toBe(false);
  });
});
