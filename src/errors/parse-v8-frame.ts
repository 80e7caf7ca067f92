import { findOpeningParen, isLocationMarker, parseV8Location } from './parse-location.js';
import type { ParsedFrame, ParsedLocation } from './types.js';

// ANSI colour codes that util.inspect puts around node-internal frames.
const ANSI_AT = /\x1b\[[0-9;]*m/y;
const ANSI_END = /\x1b\[[0-9;]*m$/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Moves past ANSI codes and blanks from `i`. */
function skipLeading(text: string, i: number, end: number): number {
  for (;;) {
    ANSI_AT.lastIndex = i;
    if (ANSI_AT.test(text)) i = ANSI_AT.lastIndex;
    else if (i < end && isSpace(text[i])) i++;
    else return i;
  }
}

/** Moves back over ANSI codes, blanks, and the ` {` or `,` that util.inspect appends to frames. */
function skipTrailing(text: string, start: number, end: number): number {
  for (;;) {
    const ansi = ANSI_END.exec(text.slice(Math.max(start, end - 12), end));
    if (ansi) end -= ansi[0].length;
    else if (end > start && (isSpace(text[end - 1]) || text[end - 1] === ',')) end--;
    else if (end - 1 > start && text[end - 1] === '{' && text[end - 2] === ' ') end -= 2;
    else return end;
  }
}

/** A location that can stand for a frame: a position with a line, or a runtime marker. */
function isFrameLocation(location: ParsedLocation | undefined, withName: boolean): boolean {
  if (!location) return false;
  if (location.evalOrigin || location.line !== undefined) return true;
  const file = location.file ?? '';
  if (isLocationMarker(file)) return true;
  // `at fn (file)` without a line: accept file-like text only.
  return withName && file.length > 0 && !/\s/.test(file) && /[/\\:.]/.test(file);
}

/** Parses one V8 frame line (`    at fn (file:1:2)`, `    at file:1:2`); undefined when it is not one. */
export function parseV8Frame(text: string, lineStart: number, lineEnd: number): ParsedFrame | undefined {
  let s = skipLeading(text, lineStart, lineEnd);
  if (s === lineStart || !text.startsWith('at ', s)) return undefined;
  s += 3;
  while (s < lineEnd && text[s] === ' ') s++;
  const e = skipTrailing(text, s, lineEnd);
  if (e <= s) return undefined;
  const frame: ParsedFrame = { format: 'v8', lineStart, lineEnd, isAsync: false, isConstructor: false };
  if (text.startsWith('async ', s)) {
    frame.isAsync = true;
    s += 'async '.length;
  }
  const open = text[e - 1] === ')' ? findOpeningParen(text, s, e - 1) : -1;
  if (open > s && text[open - 1] === ' ') {
    const location = parseV8Location(text, open + 1, e - 1);
    if (!isFrameLocation(location, true)) return undefined;
    setLocation(frame, location!);
    setFunctionName(text, s, open - 1, frame);
    return frame;
  }
  const location = parseV8Location(text, s, e);
  if (!isFrameLocation(location, false)) return undefined;
  return setLocation(frame, location!);
}

/** Copies the fields of a parsed location onto the frame (Object.assign is slow on this hot path). */
function setLocation(frame: ParsedFrame, location: ParsedLocation): ParsedFrame {
  if (location.file !== undefined) frame.file = location.file;
  if (location.fileSpan !== undefined) frame.fileSpan = location.fileSpan;
  if (location.line !== undefined) frame.line = location.line;
  if (location.lineSpan !== undefined) frame.lineSpan = location.lineSpan;
  if (location.column !== undefined) frame.column = location.column;
  if (location.columnSpan !== undefined) frame.columnSpan = location.columnSpan;
  if (location.evalOrigin !== undefined) frame.evalOrigin = location.evalOrigin;
  return frame;
}

/** Fills fn, method and isConstructor from `new Foo.bar [as baz]` in `text[start, end)`. */
function setFunctionName(text: string, start: number, end: number, frame: ParsedFrame): void {
  if (text.startsWith('new ', start)) {
    frame.isConstructor = true;
    start += 'new '.length;
  }
  if (text[end - 1] === ']') {
    const as = text.lastIndexOf(' [as ', end);
    if (as >= start) {
      frame.method = text.slice(as + 5, end - 1);
      frame.methodSpan = { start: as + 5, end: end - 1 };
      end = as;
    }
  }
  if (end > start) {
    frame.fn = text.slice(start, end);
    frame.fnSpan = { start, end };
  }
}
