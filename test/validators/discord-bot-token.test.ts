import { describe, expect, it } from 'vitest';
import { isDiscordBotToken } from '../../src/validators/discord-bot-token.js';

// Tokens made for these tests: base64 of a made-up snowflake id, random rest.
describe('discord-bot-token', () => {
  it.each([
    ['19-digit id', 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhI2kL.EN1jwFIcfzbbfogoKSplV8xA3Eps3YykALfdF4'],
    ['18-digit id', Buffer.from('987654321098765432').toString('base64') + '.GhI2kL.EN1jwFIcfzbbfogoKSplV8xA3Eps3Y'],
  ])('accepts %s', (_why, token) => {
    expect(isDiscordBotToken(token)).toBe(true);
  });

  it.each([
    ['first part is not a number', 'aGVsbG8td29ybGQtYm90LXh5eg.GhI2kL.BMcF1VTiP1tRAsH9VnUGDV5d0wSiUMMmL2iXaZ'],
    ['id too short', Buffer.from('1234567890').toString('base64') + '.GhI2kL.EN1jwFIcfzbbfogoKSplV8xA3Eps3Y'],
    ['id with a leading zero', Buffer.from('0123456789012345678').toString('base64') + '.GhI2kL.EN1jwFIcfzbbfogoKSplV8xA3Eps3Y'],
    ['two parts', 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhI2kL'],
    ['empty', ''],
  ])('rejects %s', (_why, token) => {
    expect(isDiscordBotToken(token)).toBe(false);
  });
});
