import { digitsOnly } from './digits.js';
import { isVerhoeffValid } from './verhoeff.js';

/** Three 4-digit groups that are all years (19xx/20xx): a list of years, not an Aadhaar number. */
const THREE_YEARS = /^(?:(?:19|20)[0-9]{2}){3}$/;

/**
 * Indian Aadhaar number (UIDAI): 12 digits, the first not 0 or 1, with a Verhoeff check digit.
 * Rejects three years in a row, which a 4-4-4 grouping of years would otherwise pass 1 time in 10.
 */
export function isInAadhaarValid(text: string): boolean {
  const digits = digitsOnly(text);
  if (digits.length !== 12 || digits[0] === '0' || digits[0] === '1') return false;
  return !THREE_YEARS.test(digits) && isVerhoeffValid(digits);
}
