/**
 * GitHub classic tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): 30 random base62 characters and a
 * 6-character base62 CRC-32 of them. https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
import { hasBase62Crc32 } from './base62-crc32.js';

const PREFIX = /^gh[pousr]_/;

export function isGithubChecksumValid(text: string): boolean {
  return hasBase62Crc32(text, PREFIX);
}
