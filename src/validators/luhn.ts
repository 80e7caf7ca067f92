import { digitsOnly } from './digits.js';

/**
 * Luhn (mod 10) check over the digits of `text`, as used by payment card numbers (ISO/IEC 7812-1)
 * and Canadian SINs. Separators are ignored; anything else, or fewer than 2 digits, is rejected.
 */
export function isLuhnValid(text: string): boolean {
  const digits = digitsOnly(text);
  if (digits.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
