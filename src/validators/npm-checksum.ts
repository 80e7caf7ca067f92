/**
 * npm access tokens (`npm_`): 30 random base62 characters and a 6-character base62 CRC-32 of them,
 * the GitHub scheme. https://github.blog/2021-09-23-announcing-npms-new-access-token-format/
 */
import { hasBase62Crc32 } from './base62-crc32.js';

const PREFIX = /^npm_/;

export function isNpmChecksumValid(text: string): boolean {
  return hasBase62Crc32(text, PREFIX);
}
