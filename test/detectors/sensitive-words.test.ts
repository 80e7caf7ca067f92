import { describe, expect, it } from 'vitest';
import { SensitiveWords, splitKeyWords } from '../../src/detectors/sensitive-words.js';
import keys from '../../rules/keys.json';

const rule = keys.rules[0]!;
const words = new SensitiveWords(rule.options as { phrases: string[]; modifiers: string[]; suffixes: string[] });

describe('splitKeyWords', () => {
  it.each([
    ['accessToken', ['access', 'token']],
    ['X-Api-Key', ['x', 'api', 'key']],
    ['DATABASE_URL', ['database', 'url']],
    ['APIKey', ['api', 'key']],
    ['client.secret', ['client', 'secret']],
    ['set-cookie', ['set', 'cookie']],
    ['oauth2Token', ['oauth', '2', 'token']],
  ])('%s → %j', (key, expected) => {
    expect(splitKeyWords(key)).toEqual(expected);
  });
});

describe('SensitiveWords with the keys.json phrases', () => {
  it.each([
    'password', 'accessToken', 'X-Api-Key', 'apikey', 'API_KEY', 'secretAccessKey', 'aws_secret_access_key', 'passwordHash',
    'Authorization', 'cookie', 'Set-Cookie', 'cookies', 'sessionId', 'credentials', 'privateKey', 'client_secret', 'dsn',
    'connectionString', 'DATABASE_URL', 'PGPASSWORD', 'npm_config__auth', '_authToken', 'refresh_tokens', 'signature',
  ])('%s is sensitive', (key) => {
    expect(words.isSensitive(key)).toBe(true);
  });

  it.each([
    'tokenCount', 'keyboard', 'authorName', 'secretName', 'tokenizer', 'passwordPolicy', 'key', 'monkey', 'sessionCount',
    'authMethod', 'name', 'url', 'primaryKey', 'cacheKey', 'signatureAlgorithm', 'cookieName',
  ])('%s is not sensitive', (key) => {
    expect(words.isSensitive(key)).toBe(false);
  });
});

describe('personal-data keys', () => {
  it.each(['user', 'username', 'userName', 'email', 'emailAddress', 'phoneNumber', 'firstName', 'login'])('%s is sensitive', (key) => {
    expect(words.isSensitive(key)).toBe(true);
  });
  it.each(['userAgent', 'userId', 'userCount', 'emailVerified', 'loginCount', 'phoneVerified'])('%s is not', (key) => {
    expect(words.isSensitive(key)).toBe(false);
  });
});
