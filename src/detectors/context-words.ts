/**
 * The words next to a token that say what it is. A sensitive phrase (`api key`, `token`, `password`)
 * among the few names just before it on its line, or in parentheses right after it (`… (api key)`),
 * makes it a secret; a nearer phrase naming a digest or an identifier (`commit`, `sha`, `uuid`,
 * `cache key`) keeps it. Names are split into words as sensitive keys are (camelCase, snake_case, dots;
 * plural `s` and digits ignored), only a name's last word (or the one before a modifier: `password
 * hash`) counts, and the longer matching phrase wins: `password hash` is sensitive, `commit hash` and
 * `cache key` are not. The look back stops at a line break, a sentence's end and a `>` (placeholders).
 * Each look is bounded (a window of characters and of names): linear overall.
 */
import { singular, splitKeyWords } from './sensitive-words.js';

export interface ContextConfig {
  /** Sensitive phrases, space-separated lower-case words: `token`, `api key`. */
  phrases: readonly string[];
  /** Words that may follow a sensitive phrase: `hash`, `value` … */
  modifiers: readonly string[];
  /** One-word names ending with one are sensitive: `authtoken`, `pgpassword`. */
  suffixes: readonly string[];
  /** Phrases that name something else than a secret: `commit`, `sha`, `cache key`. */
  ignorePhrases: readonly string[];
  /** How far before the token to look, in characters and in names. */
  windowChars: number;
  windowNames: number;
}

type Phrases = Map<string, string[][]>;

/** Phrases indexed by their last word; a multi-word phrase also as one word (`api key` → `apikey`). */
function compilePhrases(list: readonly string[]): Phrases {
  const byLast: Phrases = new Map();
  const add = (words: string[]): void => {
    const last = words[words.length - 1]!;
    const bucket = byLast.get(last);
    if (bucket) bucket.push(words);
    else byLast.set(last, [words]);
  };
  for (const p of list) {
    const words = p.toLowerCase().split(' ').filter((w) => w.length > 0).map(singular);
    if (words.length === 0) continue;
    add(words);
    if (words.length > 1) add([words.join('')]);
  }
  return byLast;
}

/** Length in words of the longest phrase ending at words[end], or 0. */
function longestEndingAt(phrases: Phrases, words: readonly string[], end: number): number {
  let best = 0;
  for (const phrase of phrases.get(words[end]!) ?? []) {
    if (phrase.length > end + 1 || phrase.length <= best) continue;
    let ok = true;
    for (let i = 0; i < phrase.length - 1 && ok; i++) ok = words[end - phrase.length + 1 + i] === phrase[i];
    if (ok) best = phrase.length;
  }
  return best;
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46 || c === 47;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** `.`, `!`, `?` or `;` followed by a blank: the end of a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 46 || c === 33 || c === 63 || c === 59) && isBlank(text.charCodeAt(i + 1));
}

const MAX_NAME = 64;
const AFTER_GAP = 2;
const AFTER_INSIDE = 40;

function wordsOf(name: string): string[] {
  const out: string[] = [];
  for (const w of splitKeyWords(name)) if (!(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) out.push(singular(w));
  return out;
}

export class ContextWords {
  private readonly sensitive: Phrases;
  private readonly ignored: Phrases;
  private readonly modifiers: Set<string>;
  private readonly suffixes: readonly string[];
  /** Literals of which one occurs wherever a sensitive phrase or suffix does: the detector's prefilter. */
  readonly keywords: string[];

  constructor(private readonly config: ContextConfig) {
    this.sensitive = compilePhrases(config.phrases);
    this.ignored = compilePhrases(config.ignorePhrases);
    this.modifiers = new Set(config.modifiers);
    this.suffixes = config.suffixes.map((s) => s.toLowerCase());
    // The prefilter matches substrings: one word of each phrase is enough, one that is a phrase itself
    // if there is one (`key` for `api key`), else the longest; a keyword holding another is redundant.
    const phrases = config.phrases.map((p) => p.toLowerCase().split(' ').filter((w) => w.length > 0).map(singular));
    const single = new Set(phrases.filter((p) => p.length === 1).map((p) => p[0]!));
    const chosen = phrases.map((p) => p.find((w) => single.has(w)) ?? p.reduce((a, b) => (b.length > a.length ? b : a), ''));
    const all = [...new Set([...chosen, ...this.suffixes])].filter((k) => k.length >= 2);
    this.keywords = all.filter((k) => !all.some((other) => other !== k && k.includes(other)));
  }

  /** What the name ending at words[end] says: a secret, something else, or nothing. */
  private verdict(words: readonly string[], end: number, oneWord: boolean): 'secret' | 'other' | undefined {
    let secret = longestEndingAt(this.sensitive, words, end);
    if (end > 0 && this.modifiers.has(words[end]!)) {
      const before = longestEndingAt(this.sensitive, words, end - 1);
      if (before > 0) secret = Math.max(secret, before + 1);
    }
    if (secret === 0 && oneWord && this.suffixes.some((s) => words[end]!.endsWith(s))) secret = 1;
    const other = longestEndingAt(this.ignored, words, end);
    if (secret > other) return 'secret';
    return other > 0 ? 'other' : undefined;
  }

  /** Whether the nearest telling name before `start` (same line, same sentence, within the window) names a secret. */
  before(text: string, start: number): boolean {
    const limit = Math.max(0, start - this.config.windowChars);
    const names: string[] = [];
    for (let i = start - 1; i >= limit && names.length < this.config.windowNames; ) {
      const c = text.charCodeAt(i);
      // A line break, a sentence's end, or `>`: the end of a placeholder (whose text was not there before
      // it was redacted: reading it would make a second pass find what the first did not).
      if (c === 10 || c === 13 || c === 62 || endsSentence(text, i)) break;
      if (!isNameChar(c)) {
        i--;
        continue;
      }
      let a = i;
      while (a > 0 && i - a < MAX_NAME && isNameChar(text.charCodeAt(a - 1)) && !endsSentence(text, a - 1)) a--;
      names.push(text.slice(a, i + 1));
      i = a - 1;
    }
    // Words in text order, so that a phrase may span names (`api key`); each name's last word, nearest first.
    const words: string[] = [];
    const ends: { end: number; oneWord: boolean }[] = [];
    for (let n = names.length - 1; n >= 0; n--) {
      const w = wordsOf(names[n]!);
      words.push(...w);
      ends.push({ end: words.length - 1, oneWord: w.length === 1 });
    }
    for (let n = ends.length - 1; n >= 0; n--) {
      const { end, oneWord } = ends[n]!;
      if (end < 0 || (n > 0 && end === ends[n - 1]!.end)) continue; // a name of digits only
      const v = this.verdict(words, end, oneWord);
      if (v !== undefined) return v === 'secret';
    }
    return false;
  }

  /** Whether the token ending at `end` is followed by a parenthesis naming a secret: `… (api key)`. */
  after(text: string, end: number): boolean {
    let i = end;
    while (i < text.length && i - end < AFTER_GAP && isBlank(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 40) return false;
    let close = i + 1;
    while (close < text.length && close - i <= AFTER_INSIDE && text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 10) close++;
    if (text.charCodeAt(close) !== 41) return false;
    const inside = text.slice(i + 1, close);
    const words = wordsOf(inside);
    return words.length > 0 && this.verdict(words, words.length - 1, words.length === 1) === 'secret';
  }
}
