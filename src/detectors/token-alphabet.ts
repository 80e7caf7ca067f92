/**
 * Whether a piece of text reads as a random token: which alphabet it is drawn from (hex, one-case
 * alphanumerics, mixed-case base62, base64 / base64url), whether it mixes that alphabet's character
 * classes, whether its camelCase "words" are too long for chance, and whether its Shannon entropy
 * reaches a fraction of what a random string of the same length over that alphabet has on average.
 *
 * Why a fraction of the expected entropy rather than a fixed number of bits: the plug-in entropy of n
 * characters drawn uniformly from k symbols is below log2(k) and rises with n (32 random hex characters
 * average 3.61 bits, not 4; 20 random base62 characters 4.03, not 5.95). Its exact mean is
 *   E[H](n, k) = log2(n) − (k / n) · Σ_{c=1..n} P(Binomial(n, 1/k) = c) · c · log2(c)
 * (each symbol's count is Binomial(n, 1/k); linearity of expectation). Its spread shrinks with n, so one
 * fraction serves every length: at 0.8 · E[H], fewer than 1 in 3 000 random strings of the minimum
 * lengths fail, while repeated or patterned text (`abcabc…`, `test1234test1234`) falls well below.
 */
import { shannonEntropy } from '../validators/entropy.js';

export type AlphabetName = 'hex' | 'base36' | 'base62' | 'base64';

export interface AlphabetSettings {
  /** Symbols in the alphabet: the k of E[H](n, k). */
  size: number;
  /** Shorter pieces of this alphabet are never taken for a secret. */
  minLength: number;
  /** The piece's entropy must reach this fraction of E[H](n, k). */
  entropyFraction: number;
}

export interface RandomnessSettings {
  alphabets: Readonly<Record<AlphabetName, AlphabetSettings>>;
  /** Longer pieces are left alone (a blob, not a credential). */
  maxLength: number;
  /**
   * Mixed-case pieces whose camelCase words average at least this many characters read as identifiers
   * (`OAuth2ClientCredentials`: 4 words in 23 characters); letters-only pieces use the second, stricter value.
   * Random base62 averages 2.2 characters a word.
   */
  identifierWordLength: number;
  lettersOnlyWordLength: number;
  /** Pieces where more than this fraction of neighbours step by 0 or ±1 (`0123…`, `aaaa…`) are patterns. */
  maxSequentialFraction: number;
}

const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const SEPARATOR = 4;

function charClass(c: number): number {
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return DIGIT;
  return c === 43 || c === 47 || c === 45 || c === 95 ? SEPARATOR : 0;
}

/**
 * The alphabet of a piece without dots: base64 when it holds `+`/`/` or `-`/`_` (never both),
 * hex when its letters are a–f of one case, base36 for one case otherwise, base62 for mixed case;
 * undefined for digits alone, other characters, or the two base64 alphabets mixed.
 */
export function classifyAlphabet(piece: string): AlphabetName | undefined {
  let letters = 0;
  let lower = 0;
  let upper = 0;
  let hexLetters = 0;
  let plusSlash = false;
  let dashUnderscore = false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    const k = charClass(c);
    if (k === 0) return undefined;
    if (k === LOWER || k === UPPER) {
      letters++;
      if (k === LOWER) lower++;
      else upper++;
      if ((c | 32) >= 97 && (c | 32) <= 102) hexLetters++;
    } else if (k === SEPARATOR) {
      if (c === 43 || c === 47) plusSlash = true;
      else dashUnderscore = true;
    }
  }
  if (plusSlash && dashUnderscore) return undefined;
  if (plusSlash || dashUnderscore) return 'base64';
  if (letters === 0) return undefined;
  if (lower > 0 && upper > 0) return 'base62';
  return hexLetters === letters ? 'hex' : 'base36';
}

/** E[H](n, k): the mean Shannon entropy, in bits per character, of n characters drawn uniformly from k. */
export function expectedEntropy(n: number, k: number): number {
  if (n <= 1 || k <= 1) return 0;
  const p = 1 / k;
  let sum = 0;
  let logChoose = 0;
  for (let c = 1; c <= n; c++) {
    logChoose += Math.log(n - c + 1) - Math.log(c);
    const logP = logChoose + c * Math.log(p) + (n - c) * Math.log1p(-p);
    if (c > 1) sum += Math.exp(logP) * c * Math.log2(c);
  }
  return Math.log2(n) - (k / n) * sum;
}

/** Counts what the shape tests need in one pass. */
function shape(piece: string): { lower: number; upper: number; digits: number; words: number; sequential: number } {
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let words = 0;
  let sequential = 0;
  let prev = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    const k = charClass(c);
    if (k === LOWER) lower++;
    else if (k === UPPER) upper++;
    else if (k === DIGIT) digits++;
    // A camelCase word starts at a class change, except where a capital runs on into lower case (`Token`).
    if (k !== SEPARATOR && k !== prev && !(prev === UPPER && k === LOWER)) words++;
    if (i > 0 && Math.abs(c - piece.charCodeAt(i - 1)) <= 1) sequential++;
    prev = k;
  }
  return { lower, upper, digits, words, sequential };
}

/** True when every `-`/`_`-separated part is one case (`Add_a_type_9034`, a UUID, `x-api-key`): a name, not a token. */
function isSlug(piece: string): boolean {
  let upperAfterFirst = false;
  let lower = false;
  let partStart = true;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 45 || c === 95) {
      if (upperAfterFirst && lower) return false;
      upperAfterFirst = false;
      lower = false;
      partStart = true;
      continue;
    }
    const k = charClass(c);
    if (k === LOWER) lower = true;
    else if (k === UPPER && !partStart) upperAfterFirst = true;
    partStart = false;
  }
  return !(upperAfterFirst && lower);
}

/** Builds the test once per rule: thresholds E[H](n, k) are computed on first use and kept per length. */
export function createRandomnessTest(settings: RandomnessSettings): (piece: string) => boolean {
  const thresholds = new Map<string, number>();
  function threshold(name: AlphabetName, a: AlphabetSettings, n: number): number {
    const key = `${name}:${n}`;
    let t = thresholds.get(key);
    if (t === undefined) {
      t = a.entropyFraction * expectedEntropy(n, a.size);
      thresholds.set(key, t);
    }
    return t;
  }

  return (piece) => {
    const n = piece.length;
    if (n > settings.maxLength) return false;
    const name = classifyAlphabet(piece);
    if (name === undefined) return false;
    const a = settings.alphabets[name];
    if (n < a.minLength) return false;
    const s = shape(piece);
    if (s.sequential > settings.maxSequentialFraction * (n - 1)) return false;
    if (name === 'hex' || name === 'base36') {
      // A digit, and more than one letter: `18446744073709551615n` is a number.
      if (s.digits === 0 || s.lower + s.upper < 2) return false;
    } else {
      if (s.lower === 0 || s.upper === 0) return false;
      if (name === 'base64' && isSlug(piece)) return false;
      const wordLength = s.digits === 0 ? settings.lettersOnlyWordLength : settings.identifierWordLength;
      if (s.lower + s.upper + s.digits >= wordLength * s.words) return false;
    }
    return shannonEntropy(piece) >= threshold(name, a, n);
  };
}
