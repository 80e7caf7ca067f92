import { digitsOnly } from './digits.js';

/**
 * Dutch burgerservicenummer: 9 digits (8 with an implied leading zero) passing the "11-proef":
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a positive multiple of 11.
 */
export function isNlBsnValid(text: string): boolean {
  const raw = digitsOnly(text);
  if (raw.length !== 8 && raw.length !== 9) return false;
  const digits = raw.padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (digits.charCodeAt(i) - 48) * (9 - i);
  sum -= digits.charCodeAt(8) - 48;
  return sum > 0 && sum % 11 === 0;
}
