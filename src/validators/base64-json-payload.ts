/**
 * Tokens made of `<prefix>_<base64 JSON>[_<secret>]`: Grafana Cloud (`glc_`), Sentry organization
 * tokens (`sntrys_`) and 1Password service accounts (`ops_`). The part after the first `_`, up to the
 * next `_`, must decode to a JSON object.
 */
import { decodeBase64Json } from './base64.js';

export function hasBase64JsonPayload(text: string): boolean {
  const first = text.indexOf('_');
  if (first < 0) return false;
  const rest = text.slice(first + 1);
  const end = rest.indexOf('_');
  const payload = end < 0 ? rest : rest.slice(0, end);
  return payload.length >= 8 && decodeBase64Json(payload) !== undefined;
}
