/**
 * A Discord bot token: `<base64 of the bot's user id>.<timestamp>.<HMAC>`; the first part decodes to
 * the decimal snowflake id (17 to 20 digits). https://discord.com/developers/docs/reference#authentication
 */
import { decodeBase64Text } from './base64.js';

const SNOWFLAKE = /^[1-9][0-9]{16,19}$/;

export function isDiscordBotToken(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 3) return false;
  const id = decodeBase64Text(parts[0] as string);
  return id !== undefined && SNOWFLAKE.test(id);
}
