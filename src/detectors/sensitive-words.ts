/**
 * Decides whether a key (object key, header name, env name, `key=` in text) names a secret, from its
 * words: `accessToken` → [access, token]; `X-Api-Key` → [x, api, key]; `tokenCount` → [token, count].
 * A key is sensitive when it ends with a sensitive phrase, optionally followed by one modifier word
 * (`passwordHash`, `tokenValue`), or when it is one word ending with a sensitive compound (`pgpassword`).
 */

export interface SensitiveWordsConfig {
  /** Phrases as space-separated lower-case words: `password`, `api key`, `set cookie`. */
  phrases: readonly string[];
  /** Words that may follow a phrase and keep the key sensitive: `hash`, `value` … */
  modifiers: readonly string[];
  /** Single-word suffixes: a one-word key ending with one is sensitive (`pgpassword`). */
  suffixes: readonly string[];
}

const WORD_RE = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g;

/** Splits a key into lower-case words across camelCase, snake_case, kebab-case, dots and spaces. */
export function splitKeyWords(key: string): string[] {
  const words: string[] = [];
  for (const m of key.matchAll(WORD_RE)) words.push(m[0].toLowerCase());
  return words;
}

/** `tokens` → `token`; `pass` and short words stay. */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export class SensitiveWords {
  private readonly phrases: string[][];
  private readonly modifiers: Set<string>;
  private readonly suffixes: string[];
  private readonly cache = new Map<string, boolean>();
  /** Every word that can end a sensitive key: a cheap keyword list for text prefilters. */
  readonly keywords: string[];

  constructor(config: SensitiveWordsConfig) {
    this.phrases = config.phrases.map((p) => p.split(' ').map(singular));
    // A multi-word phrase is also written as one word: `api key` → `apikey`.
    for (const p of [...this.phrases]) if (p.length > 1) this.phrases.push([p.join('')]);
    this.modifiers = new Set(config.modifiers);
    this.suffixes = [...config.suffixes];
    const kw = new Set<string>();
    for (const p of this.phrases) kw.add(p[p.length - 1]!);
    for (const s of this.suffixes) kw.add(s);
    this.keywords = [...kw].filter((k) => k.length >= 2);
  }

  private endsWithPhrase(words: string[], end: number): boolean {
    for (const phrase of this.phrases) {
      if (phrase.length > end) continue;
      let ok = true;
      for (let i = 0; i < phrase.length && ok; i++) ok = singular(words[end - phrase.length + i]!) === phrase[i];
      if (ok) return true;
    }
    return false;
  }

  isSensitive(key: string): boolean {
    if (key.length > 200) return false;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const words = splitKeyWords(key);
    const n = words.length;
    let result = false;
    if (n > 0) {
      result = this.endsWithPhrase(words, n);
      if (!result && n > 1 && this.modifiers.has(words[n - 1]!)) result = this.endsWithPhrase(words, n - 1);
      if (!result && n === 1) {
        const w = singular(words[0]!);
        result = this.suffixes.some((s) => w.endsWith(s));
      }
    }
    if (this.cache.size < 10_000) this.cache.set(key, result);
    return result;
  }
}
