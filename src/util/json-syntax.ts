/**
 * Locates the first syntax error in a JSON text and names it in our own words. `JSON.parse`'s messages
 * quote the input (and do not always give a position), so they are never shown.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text's length at the end of input). */
  offset: number;
  /** A short reason that never contains input text. */
  reason: string;
}

const END = 'unexpected end of input';
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const LITERALS = ['true', 'false', 'null'] as const;

function skipWhitespace(text: string, i: number): number {
  while (i < text.length) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') break;
    i++;
  }
  return i;
}

/** Scans a string starting at its opening quote; returns the offset after the closing quote, or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: 'unescaped control character in string' };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, reason: 'invalid \\u escape in string' };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next)) return { offset: i, reason: 'invalid escape in string' };
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, reason: 'unterminated string' };
}

/** Scans one scalar value at `i` (not an object or array start); returns the offset after it, or an error. */
function scanScalar(text: string, i: number): number | JsonSyntaxError {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  if (c === "'") return { offset: i, reason: 'strings must use double quotes' };
  if (c === '/') return { offset: i, reason: 'comments are not allowed in JSON' };
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return { offset: i, reason: 'invalid number' };
    const end = NUMBER.lastIndex;
    if (/[0-9.eE]/.test(text[end] ?? '')) return { offset: end, reason: 'invalid number' };
    return end;
  }
  for (const word of LITERALS) {
    if (text.startsWith(word, i)) return i + word.length;
    const rest = text.slice(i);
    if (rest.length < word.length && word.startsWith(rest)) return { offset: text.length, reason: END };
  }
  return { offset: i, reason: 'unexpected character' };
}

/** The first syntax error of `text`, or undefined when it is valid JSON. Iterative: any depth is fine. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: Array<'object' | 'array'> = [];
  let state: 'value' | 'key' | 'after' = 'value';
  let afterComma = false;
  let i = 0;
  for (;;) {
    i = skipWhitespace(text, i);
    const c = text[i];
    const top = stack[stack.length - 1];
    if (state === 'after') {
      if (top === undefined) return c === undefined ? undefined : { offset: i, reason: 'unexpected character after the JSON value' };
      if (c === undefined) return { offset: i, reason: END };
      if (c === ',') {
        i++;
        state = top === 'object' ? 'key' : 'value';
        afterComma = true;
        continue;
      }
      if (c === (top === 'object' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return { offset: i, reason: top === 'object' ? "expected ',' or '}'" : "expected ',' or ']'" };
    }
    if (c === undefined) return text.trim() === '' ? { offset: 0, reason: 'empty input' } : { offset: i, reason: END };
    if (afterComma && (c === '}' || c === ']')) return { offset: i, reason: 'trailing comma' };
    afterComma = false;
    if (state === 'key') {
      if (c !== '"') return { offset: i, reason: 'expected a property name in double quotes' };
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = skipWhitespace(text, end);
      if (text[i] !== ':') return { offset: i, reason: i >= text.length ? END : "expected ':' after the property name" };
      i++;
      state = 'value';
      continue;
    }
    if (c === '{' || c === '[') {
      i = skipWhitespace(text, i + 1);
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        state = 'after';
      } else {
        stack.push(c === '{' ? 'object' : 'array');
        state = c === '{' ? 'key' : 'value';
      }
      continue;
    }
    const end = scanScalar(text, i);
    if (typeof end !== 'number') return end;
    i = end;
    state = 'after';
  }
}

/** 1-based line and column (UTF-16 units) of `offset`; `\n`, `\r\n` and `\r` end lines. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

