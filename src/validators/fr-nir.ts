import { compactUpper } from './digits.js';

/** Sex (1 or 2), year, month, department (2 digits, or 2A / 2B for Corsica), commune, order number, key. */
const NIR = /^([12])([0-9]{2})([0-9]{2})([0-9]{2}|2A|2B)([0-9]{3})([0-9]{3})([0-9]{2})$/;

/**
 * Month of birth: 01-12, or the pseudo-months INSEE gives when the civil-status record has no month
 * (20-42, 50 and above).
 */
function isNirMonth(month: number): boolean {
  return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
}

/**
 * French NIR (numéro d'inscription au répertoire, the social security number): sex, year and month
 * of birth, department and commune of birth, order number, and a key that is 97 minus the 13-digit
 * number modulo 97. For Corsica, 2A counts as 19 and 2B as 18. Spaces are ignored.
 */
export function isFrNirValid(text: string): boolean {
  const match = NIR.exec(compactUpper(text));
  if (!match) return false;
  const [, sex, year, month, department, commune, order, key] = match as unknown as string[];
  if (!isNirMonth(Number(month)) || department === '00' || order === '000') return false;
  const numericDepartment = department === '2A' ? '19' : department === '2B' ? '18' : department;
  const number = Number(`${sex}${year}${month}${numericDepartment}${commune}${order}`);
  return Number(key) === 97 - (number % 97);
}
