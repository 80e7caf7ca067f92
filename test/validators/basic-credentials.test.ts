import { describe, expect, it } from 'vitest';
import { isBasicCredentials } from '../../src/validators/basic-credentials.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('basic-credentials', () => {
  it.each([
    ['user and password', 'ZGVwbG95OndsTzVxNmFUbTVHVQ=='],
    ['RFC 7617 example', 'dGVzdDoxMjPCow=='],
    ['password with a colon', b64('svc:pa:ss')],
    ['empty user id', b64(':s3cr3t')],
    ['no padding', b64('ab:cdefg').replace(/=+$/, '')],
  ])('accepts %s', (_why, text) => {
    expect(isBasicCredentials(text)).toBe(true);
  });

  it.each([
    ['no colon', b64('justausername')],
    ['empty password', b64('user:')],
    ['control characters', b64('user:\u0000\u0001\u0002')],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x3a, 0x80, 0x81]).toString('base64')],
    ['an English word', 'authentication'],
    ['not base64', 'user:password'],
    ['empty', ''],
  ])('rejects %s', (_why, text) => {
    expect(isBasicCredentials(text)).toBe(false);
  });
});
