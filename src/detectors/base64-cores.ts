/**
 * The base64 characters that a value's bytes alone decide, wherever the value sits in the encoded
 * data. A value's base64 depends on its byte alignment (3 cases) and on its neighbours at both ends;
 * the characters between are fixed, so they can be searched for as literals. Used for short known
 * values, whose base64 alone makes a run too short for the text pipeline's base64 views.
 */
import { isBase64Char } from '../text/encoded-views.js';

function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const UTF8 = new TextEncoder();

/**
 * The decided characters of `value` (as UTF-8) at each byte alignment, in the standard and the
 * URL-safe alphabet, keeping those of at least `minLength` characters. Character j of an encoding
 * holds bits [6j, 6j + 6); it is decided by the value when those bits all fall inside its bytes.
 */
export function base64Cores(value: string, minLength: number): string[] {
  const bytes = UTF8.encode(value);
  const cores = new Set<string>();
  for (let align = 0; align < 3; align++) {
    const padded = new Uint8Array(align + bytes.length + 2);
    padded.set(bytes, align);
    const from = Math.ceil((8 * align) / 6);
    const to = Math.floor((8 * (align + bytes.length)) / 6);
    if (to - from < minLength) continue;
    const core = base64OfBytes(padded).slice(from, to);
    cores.add(core);
    cores.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...cores];
}

/** The maximal run of base64 characters around [start, end), with up to two `=` of padding after it. */
export function base64RunAround(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && isBase64Char(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isBase64Char(text.charCodeAt(end))) end++;
  for (let pad = 0; pad < 2 && text.charCodeAt(end) === 61; pad++) end++;
  return { start, end };
}
