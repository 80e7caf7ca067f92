import type { ParsedEvalOrigin, ParsedLocation } from './types.js';
import { keepShape } from '../util/keep-shape.js';

/** Locations that name no file: V8 `native`, `<anonymous>`, `unknown location`, `index 0`; JSC `[native code]`. */
const MARKER = /^(?:native|<anonymous>|unknown location|index \d+|\[native code\])$/;

/** Whether the location text names no file (a runtime marker). */
export function isLocationMarker(file: string): boolean {
  return MARKER.test(file);
}

function isDigits(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > 9) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Parses `file:line:column`, `file:line` or `file` in `text[start, end)`.
 * Returns undefined when the text is empty.
 */
export function parsePosition(text: string, start: number, end: number): ParsedLocation | undefined {
  if (end <= start) return undefined;
  const location: ParsedLocation = {};
  let fileEnd = end;
  const last = text.lastIndexOf(':', end - 1);
  if (last > start && isDigits(text, last + 1, end)) {
    const prev = text.lastIndexOf(':', last - 1);
    if (prev > start && isDigits(text, prev + 1, last)) {
      location.line = Number(text.slice(prev + 1, last));
      location.lineSpan = { start: prev + 1, end: last };
      location.column = Number(text.slice(last + 1, end));
      location.columnSpan = { start: last + 1, end };
      fileEnd = prev;
    } else {
      location.line = Number(text.slice(last + 1, end));
      location.lineSpan = { start: last + 1, end };
      fileEnd = last;
    }
  }
  location.file = text.slice(start, fileEnd);
  location.fileSpan = { start, end: fileEnd };
  return location;
}

/** Index of the `)` that closes the `(` at `open`, or -1. */
export function findClosingParen(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the `(` that opens the `)` at `close`, or -1. */
export function findOpeningParen(text: string, start: number, close: number): number {
  let depth = 0;
  for (let i = close; i >= start; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Parses a V8 location in `text[start, end)`: a position, a marker, or
 * `eval at fn (origin), <anonymous>:1:1` with origins nested to any depth.
 */
export function parseV8Location(text: string, start: number, end: number): ParsedLocation | undefined {
  if (!text.startsWith('eval at ', start)) return parsePosition(text, start, end);
  const nameStart = start + 'eval at '.length;
  const paren = text.indexOf(' (', nameStart);
  const comma = text.indexOf(', ', nameStart);
  if (comma < 0 || comma >= end) return undefined;
  const origin: ParsedEvalOrigin = {};
  let afterOrigin: number;
  if (paren >= 0 && paren < comma) {
    const close = findClosingParen(text, paren + 1, end);
    if (close < 0 || !text.startsWith(', ', close + 1)) return undefined;
    Object.assign(origin, parseV8Location(text, paren + 2, close));
    origin.fn = text.slice(nameStart, paren);
    origin.fnSpan = { start: nameStart, end: paren };
    afterOrigin = close + 3;
  } else {
    origin.fn = text.slice(nameStart, comma);
    origin.fnSpan = { start: nameStart, end: comma };
    afterOrigin = comma + 2;
  }
  const position = parsePosition(text, afterOrigin, end);
  if (!position) return undefined;
  return { ...position, evalOrigin: origin };
}

// Spare locations of each shape a parse builds (they are built field by field), from constants: see
// util/keep-shape.ts.
keepShape(['a:1:2', 'a:1', 'a', 'eval at f (a:1:2), <anonymous>:1:2', 'eval at f, <anonymous>:1'].map((text) => parseV8Location(text, 0, text.length)));
