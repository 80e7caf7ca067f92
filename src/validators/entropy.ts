/**
 * Shannon entropy in bits per character. Random keys score high (32 random hex characters: about 3.8;
 * 40 random base64 characters: about 5); placeholders such as `xxxxxxxx` or `aaaabbbb` score low.
 */

export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** At least 3 bits per character: what random keys of 16 characters or more almost always reach. */
export const MIN_ENTROPY = 3;

export function hasEntropy(text: string): boolean {
  return shannonEntropy(text) >= MIN_ENTROPY;
}
