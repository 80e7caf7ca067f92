/**
 * The `sig` of an Azure shared access signature: an HMAC-SHA256, so 32 bytes in base64, usually
 * percent-encoded in the URL (`%2B`, `%2F`, `%3D`).
 * https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas#specify-the-signature
 */
import { decodeBase64 } from './base64.js';

export function isSasSignature(text: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return false;
  }
  const bytes = decodeBase64(decoded.replace(/ /g, '+'));
  return bytes !== undefined && bytes.length === 32;
}
