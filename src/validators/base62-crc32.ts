/** CRC-32 (IEEE 802.3, the zlib polynomial) and base62: the checksum scheme of GitHub and npm tokens. */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function makeTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

const TABLE = makeTable();

/** CRC-32 of the low byte of each UTF-16 unit (the tokens it is used on are ASCII). */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = (TABLE[(crc ^ text.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** `n` in base62 (digits, upper, lower), left-padded with `0` to `width` characters. */
export function toBase62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/**
 * Whether `token` is `<prefix><30 base62 characters><6-character base62 CRC-32 of those 30>`,
 * the format GitHub introduced in 2021 and npm adopted the same year.
 */
export function hasBase62Crc32(token: string, prefix: RegExp): boolean {
  const m = prefix.exec(token);
  if (!m || m.index !== 0) return false;
  const rest = token.slice(m[0].length);
  if (!/^[A-Za-z0-9]{36}$/.test(rest)) return false;
  return toBase62(crc32(rest.slice(0, 30)), 6) === rest.slice(30);
}
