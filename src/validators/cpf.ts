import { digitsOnly } from './digits.js';

/** Mod-11 check digit of the Brazilian CPF over `digits`, weights counting down from `firstWeight`. */
function checkDigit(digits: string, firstWeight: number): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (firstWeight - i);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/**
 * Brazilian CPF (Cadastro de Pessoas Físicas): 11 digits whose last two are mod-11 check digits
 * (weights 10..2, then 11..2). Numbers of one repeated digit pass the arithmetic but are invalid.
 */
export function isCpfValid(text: string): boolean {
  const digits = digitsOnly(text);
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false;
  const first = checkDigit(digits.slice(0, 9), 10);
  const second = checkDigit(digits.slice(0, 10), 11);
  return digits.endsWith(`${first}${second}`);
}
