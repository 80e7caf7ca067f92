/**
 * A JSON Web Token (RFC 7519) in compact JWS form: `header.payload.signature`, base64url parts,
 * the header a JSON object with a string `alg` (RFC 7515 §4.1.1) and the payload a JSON object.
 * An empty signature is accepted only for `"alg": "none"` (RFC 7519 §6, unsecured JWTs).
 */
import { decodeBase64, decodeBase64Json } from './base64.js';

const PART = /^[A-Za-z0-9_-]*$/;

export function isJwtStructure(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 3) return false;
  const [header, payload, signature] = parts as [string, string, string];
  if (!PART.test(header) || !PART.test(payload) || !PART.test(signature)) return false;
  const head = decodeBase64Json(header);
  if (!head || typeof head.alg !== 'string' || head.alg === '') return false;
  if (!decodeBase64Json(payload)) return false;
  if (signature === '') return head.alg.toLowerCase() === 'none';
  const bytes = decodeBase64(signature);
  return bytes !== undefined && bytes.length >= 16;
}
