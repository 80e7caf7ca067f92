import { digitsOnly } from './digits.js';

/**
 * US Social Security number ranges that were ever issuable (SSA, including after the 2011
 * randomization): area not 000, 666 or 900-999; group not 00; serial not 0000.
 */
export function isUsSsnValid(text: string): boolean {
  const digits = digitsOnly(text);
  if (digits.length !== 9) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
