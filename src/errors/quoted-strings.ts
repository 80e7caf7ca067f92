import type { TypedSpan } from './types.js';
import { PLACEHOLDER_PATTERN } from '../placeholder.js';

const QUOTES = new Set(["'", '"', '`']);
// A letter or digit next to a quote makes it an apostrophe or part of a word (`don't`, `users'`, `5"`).
const WORD_CHAR = /[\p{L}\p{N}_]/u;
// Quoted text that carries no user data: nothing, a little punctuation (`'}'`, `'=>'`), a literal, a placeholder.
const KEPT = /^(?:|[^\p{L}\p{N}\s]{1,3}|undefined|null|true|false|<[a-z][a-z0-9-]*(?::[A-Za-z0-9_.-]+)?(?:#\d+)?>)$/u;

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

// A placeholder stands where a word was: next to a quote it counts as a word character, so that a
// quote glued to scrubbed text (`/0\` \`` → `<path>\` \``) is read the same before and after scrubbing.
const PLACEHOLDER_BEFORE = new RegExp(`${PLACEHOLDER_PATTERN.source}$`);
const QUOTED_PLACEHOLDER = /^<string(?:#\d+)?>$/;
const PLACEHOLDER_AT = new RegExp(PLACEHOLDER_PATTERN.source, 'y');

/**
 * Whether the character at `i` is a word character, or the first or last of a placeholder that stands
 * for a word. `<string>` stands for a quoted string, whose outer characters were quotes: not a word.
 */
function wordAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === '>') {
    const m = PLACEHOLDER_BEFORE.exec(text.slice(Math.max(0, i - 180), i + 1));
    return m !== null && !QUOTED_PLACEHOLDER.test(m[0]);
  }
  if (c === '<') {
    PLACEHOLDER_AT.lastIndex = i;
    const m = PLACEHOLDER_AT.exec(text);
    return m !== null && !QUOTED_PLACEHOLDER.test(m[0]);
  }
  return isWordChar(c);
}

/**
 * Finds quoted spans (`'…'`, `"…"`, `` `…` ``) on single lines of `text[start, end)`, quotes included.
 * A quote touching a letter on its outer side is an apostrophe, not a delimiter; backslash escapes
 * are skipped. Spans whose content carries no user data are left out. Linear in the text length.
 */
export function findQuotedStrings(text: string, start = 0, end = text.length): TypedSpan[] {
  const spans: TypedSpan[] = [];
  // Per quote character: offset up to which no closing quote exists (so later openers skip the scan).
  const noCloserBefore = new Map<string, number>();
  for (let i = start; i < end; i++) {
    const quote = text[i] ?? '';
    if (!QUOTES.has(quote) || (i > start && wordAt(text, i - 1))) continue;
    if (i < (noCloserBefore.get(quote) ?? -1)) continue;
    const close = findClose(text, i, end, quote);
    if (close.index < 0) {
      noCloserBefore.set(quote, close.lineEnd);
      continue;
    }
    if (!KEPT.test(text.slice(i + 1, close.index))) spans.push({ start: i, end: close.index + 1, type: 'string' });
    i = close.index;
  }
  return spans;
}

/** The closing quote for the one at `open`, on the same line; -1 (and where the line ends) when none. */
function findClose(text: string, open: number, end: number, quote: string): { index: number; lineEnd: number } {
  for (let j = open + 1; j < end; j++) {
    const c = text[j];
    if (c === '\n') return { index: -1, lineEnd: j };
    if (c === '\\') j++;
    else if (c === quote && !(j + 1 < text.length && wordAt(text, j + 1))) return { index: j, lineEnd: j };
  }
  return { index: -1, lineEnd: end };
}
