import { describe, expect, it } from 'vitest';
import { hasBase64JsonPayload } from '../../src/validators/base64-json-payload.js';

// Tokens made for these tests.
describe('base64-json-payload', () => {
  it.each([
    ['Grafana Cloud token', 'glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YWNrLTEtaG0td3JpdGUiLCJrIjoib1lCWnRNcGxlOFlVT0RGZEtQTmxlSkVpIiwibSI6eyJyIjoicHJvZC11cy1lYXN0LTAifX0='],
    ['Sentry organization token', 'sntrys_eyJpYXQiOjE3MDAwMDAwMDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwib3JnIjoiYWNtZSJ9_R2Og1YZysLLsc25yebzH5ETZDGjr4Vlm4vf8Eiv4Luy'],
    ['payload without padding', 'ops_' + Buffer.from('{"email":"sa@example.test","k":1}').toString('base64').replace(/=+$/, '')],
  ])('accepts %s', (_why, token) => {
    expect(hasBase64JsonPayload(token)).toBe(true);
  });

  it.each([
    ['payload is not JSON', 'glc_' + Buffer.from('not json at all').toString('base64')],
    ['payload is a JSON array', 'glc_' + Buffer.from('[1,2,3]').toString('base64')],
    ['truncated payload', 'glc_eyJvIjoiMTIzNDU2IiwibiI6InN0YW'],
    ['no underscore', 'eyJvIjoiMTIzNDU2In0='],
    ['empty payload', 'glc_'],
  ])('rejects %s', (_why, token) => {
    expect(hasBase64JsonPayload(token)).toBe(false);
  });
});
