import { describe, expect, it } from 'vitest';
import { isJwtStructure } from '../../src/validators/jwt-structure.js';

// Tokens made for these tests with random signatures.
const HS256 = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0IiwiaWF0IjoxNzAwMDAwMDAwfQ.KVZ0cYJriqELoJJyiTFdt63xzZc-EhX1ATuIJfPGXBU';
const NONE = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.';

describe('jwt-structure', () => {
  it.each([
    ['HS256 token', HS256],
    ['unsecured token (alg none, empty signature)', NONE],
  ])('accepts %s', (_why, token) => {
    expect(isJwtStructure(token)).toBe(true);
  });

  it.each([
    ['header without alg', 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.s8-xmOiQE9ZV2WDBk7FAAv91dBDltJ6VciS8PU6xgHI'],
    ['payload is an array', 'eyJhbGciOiJIUzI1NiJ9.WzEsMl0.6acTPyOP9fP_ajCOzGPJTd2chE5MTF11DVYP80tMHuA'],
    ['empty signature with alg HS256', HS256.slice(0, HS256.lastIndexOf('.') + 1)],
    ['signature too short', HS256.slice(0, HS256.lastIndexOf('.') + 1) + 'abc'],
    ['payload is not JSON', 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.KVZ0cYJriqELoJJyiTFdt63xzZc-EhX1ATuIJfPGXBU'],
    ['header truncated', 'eyJhbGciOiJIUz.eyJzdWIiOiIxMjM0IiwiaWF0IjoxNzAwMDAwMDAwfQ.KVZ0cYJriqELoJJyiTFdt63xzZc-EhX1ATuIJfPGXBU'],
    ['two parts', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0'],
    ['four parts', HS256 + '.abc'],
    ['standard base64 characters', HS256.replace('-', '+')],
    ['empty', ''],
  ])('rejects %s', (_why, token) => {
    expect(isJwtStructure(token)).toBe(false);
  });
});
