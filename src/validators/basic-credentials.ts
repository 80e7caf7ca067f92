/**
 * HTTP Basic credentials (RFC 7617): base64 of `user-id ":" password`, printable text.
 * Also the `ApiKey` scheme of Elasticsearch, base64 of `id:api_key`.
 */
import { decodeBase64Text } from './base64.js';

const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/u;

export function isBasicCredentials(text: string): boolean {
  const decoded = decodeBase64Text(text);
  if (decoded === undefined || !PRINTABLE.test(decoded)) return false;
  const colon = decoded.indexOf(':');
  return colon >= 0 && colon < decoded.length - 1;
}
