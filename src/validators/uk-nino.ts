import { compactUpper } from './digits.js';

/** Prefixes HMRC never allocates. */
const UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * UK National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A-D.
 * Neither prefix letter is D, F, I, Q, U or V; the second is not O; some prefixes are never used.
 */
export function isUkNinoValid(text: string): boolean {
  const nino = compactUpper(text);
  const match = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])[0-9]{6}[A-D]$/.exec(nino);
  return match !== null && !UNUSED_PREFIXES.has(nino.slice(0, 2));
}
