/**
 * A Bech32 string (BIP 173) with a valid checksum, in one case: how age writes its secret keys
 * (`AGE-SECRET-KEY-1…`, upper case). https://github.com/C2SP/C2SP/blob/main/age.md
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i] as number;
  }
  return chk >>> 0;
}

export function isBech32Valid(text: string): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || sep + 7 > lower.length || lower.length > 1000) return false;
  const values: number[] = [];
  for (let i = 0; i < sep; i++) {
    const c = lower.charCodeAt(i);
    if (c < 33 || c > 126) return false;
    values.push(c >>> 5);
  }
  values.push(0);
  for (let i = 0; i < sep; i++) values.push(lower.charCodeAt(i) & 31);
  for (let i = sep + 1; i < lower.length; i++) {
    const v = CHARSET.indexOf(lower.charAt(i));
    if (v < 0) return false;
    values.push(v);
  }
  return polymod(values) === 1;
}
