/**
 * Plausible phone number length: 7 to 15 digits in all (ITU-T E.164 allows at most 15 with the
 * country code), ignoring `+`, parentheses and separators, and not one digit repeated.
 */
export function isPhoneDigitCount(text: string): boolean {
  if (typeof text !== 'string' || !/^\+?[0-9().\s-]+$/.test(text)) return false;
  const digits = text.replace(/[^0-9]/g, '');
  return digits.length >= 7 && digits.length <= 15 && !/^(\d)\1+$/.test(digits);
}
