/**
 * The `iban` rule matches the ISO 13616 print form by each country's registry length (so a word after
 * the IBAN is never taken in, and groups of letters are allowed): its list of countries by length must
 * stay in step with the validator's table.
 */
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';
import { IBAN_LENGTHS, isIbanValid } from '../../src/validators/iban.js';

/** A valid IBAN of `length` for `country`, with digits first (as most BBANs start) and letters after. */
function syntheticIban(country: string, length: number): string {
  const bban = '12345'.concat('ABCDEFGHJKLMNPQRSTUVWXYZABCDEFGH').slice(0, length - 4);
  const numeric = [...`${bban}${country}00`].map((c) => (c <= '9' ? c : String(c.charCodeAt(0) - 55))).join('');
  let remainder = 0;
  for (const d of numeric) remainder = (remainder * 10 + Number(d)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const printed = (iban: string) => (iban.match(/.{1,4}/g) ?? []).join(' ');
const scrubber = createScrubber({ rules: ['iban'], context: {} });

describe('iban rule, print form', () => {
  it.each(Object.entries(IBAN_LENGTHS))('%s (%i characters) is found in groups of four, before a word', (country, length) => {
    const iban = syntheticIban(country, length);
    expect(isIbanValid(iban)).toBe(true);
    expect(scrubber.scrubText(`IBAN ${printed(iban)} EUR`).text).toBe('IBAN <iban> EUR');
    expect(scrubber.scrubText(`IBAN ${iban}.`).text).toBe('IBAN <iban>.');
  });
});
