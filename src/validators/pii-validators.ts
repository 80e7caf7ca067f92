import type { Validator } from './index.js';
import { isCpfValid } from './cpf.js';
import { isEsNifValid } from './es-nif.js';
import { isFrNirValid } from './fr-nir.js';
import { isIbanValid } from './iban.js';
import { isInAadhaarValid } from './in-aadhaar.js';
import { isIpv6Valid } from './ipv6.js';
import { isLuhnValid } from './luhn.js';
import { isNlBsnValid } from './nl-bsn.js';
import { isPhoneDigitCount } from './phone-digits.js';
import { isUkNinoValid } from './uk-nino.js';
import { isUsSsnValid } from './us-ssn.js';
import { isVerhoeffValid } from './verhoeff.js';

/** Validators of the PII pack (`rules/pii.json`), by the name a rule's `validator` field uses. */
export const piiValidators: Record<string, Validator> = {
  cpf: isCpfValid,
  'es-nif': isEsNifValid,
  'fr-nir': isFrNirValid,
  iban: isIbanValid,
  'in-aadhaar': isInAadhaarValid,
  ipv6: isIpv6Valid,
  luhn: isLuhnValid,
  'nl-bsn': isNlBsnValid,
  'phone-digits': isPhoneDigitCount,
  'uk-nino': isUkNinoValid,
  'us-ssn': isUsSsnValid,
  verhoeff: isVerhoeffValid,
};
