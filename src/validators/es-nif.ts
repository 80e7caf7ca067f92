import { compactUpper } from './digits.js';

/** Control letters of Spanish DNI and NIE numbers, indexed by the number modulo 23. */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Spanish NIF of a person: a DNI (8 digits and a control letter) or an NIE (X, Y or Z, 7 digits and
 * a control letter; X, Y, Z count as 0, 1, 2). The letter is the number modulo 23 in `LETTERS`.
 */
export function isEsNifValid(text: string): boolean {
  const nif = compactUpper(text);
  const match = /^([XYZ]?)([0-9]{7,8})([A-Z])$/.exec(nif);
  if (!match) return false;
  const [, prefix = '', digits = '', letter = ''] = match;
  if (prefix.length + digits.length !== 8) return false;
  const lead = prefix === '' ? '' : String('XYZ'.indexOf(prefix));
  return LETTERS[Number(lead + digits) % 23] === letter;
}
