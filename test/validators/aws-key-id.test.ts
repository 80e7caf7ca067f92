import { describe, expect, it } from 'vitest';
import { isAwsKeyId } from '../../src/validators/aws-key-id.js';

describe('aws-key-id', () => {
  it.each([
    ['long-lived', 'AKIAQ3EGUFZ6MNOPQR2S'],
    ['STS temporary', 'ASIAY7HGKZLQ4WXV2NMB'],
    ['STS bearer', 'ABIAZZ2PLKQWERTYUI7A'],
    ['context-specific', 'ACCA6XHGQ2LMNBVCXZAS'],
    ['older A3T key', 'A3T9KDJQ2WERTYUIOPAS'],
    ['AWS documentation example (format-valid)', 'AKIAIOSFODNN7EXAMPLE'],
  ])('accepts %s', (_why, id) => {
    expect(isAwsKeyId(id)).toBe(true);
  });

  it.each([
    ['digit 0 is not base32', 'AKIA0FJSKDLQWERTYUIO'],
    ['digit 1 is not base32', 'AKIA1FJSKDLQWERTYUIO'],
    ['digits 8 and 9 are not base32', 'AKIA89JSKDLQWERTYUIO'],
    ['lower case', 'akiaq3egufz6mnopqr2s'],
    ['role id, not a key', 'AROAQ3EGUFZ6MNOPQR2S'],
    ['user id, not a key', 'AIDAQ3EGUFZ6MNOPQR2S'],
    ['too short', 'AKIAQ3EGUFZ6MNOPQR2'],
    ['too long', 'AKIAQ3EGUFZ6MNOPQR2SX'],
    ['empty', ''],
  ])('rejects %s', (_why, id) => {
    expect(isAwsKeyId(id)).toBe(false);
  });
});
