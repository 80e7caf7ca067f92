import { isLocationMarker, parsePosition } from './parse-location.js';
import type { ParsedFrame, StackFormat } from './types.js';

// Names with a space that SpiderMonkey and JavaScriptCore print before `@`.
const SPACED_NAMES = /global code|eval code|module code|debugger eval code|promise callback/g;
// SpiderMonkey's location of code made by eval or Function: `https://x/a.js line 2 > eval:1:5`.
const SM_EVAL = / line (\d+) > (?:eval|Function|injectedScript)/g;
const JSC_NAMES = /^(?:global code|eval code|module code)$/;

/** Parses one SpiderMonkey or JavaScriptCore frame line (`fn@file:1:2`, `@file:1:2`, `fn@[native code]`). */
export function parseAtFrame(text: string, lineStart: number, lineEnd: number): ParsedFrame | undefined {
  let end = lineEnd;
  while (end > lineStart && /\s/.test(text[end - 1] ?? '')) end--;
  const at = text.indexOf('@', lineStart);
  if (at < 0 || at >= end) return undefined;
  const fn = text.slice(lineStart, at);
  if (/\s/.test(fn.replace(SPACED_NAMES, ''))) return undefined;
  const location = parsePosition(text, at + 1, end);
  if (!location) return undefined;
  const native = location.line === undefined && isLocationMarker(location.file ?? '');
  if (location.line === undefined && !native) return undefined;
  const format: StackFormat = native || JSC_NAMES.test(fn) ? 'jsc' : 'spidermonkey';
  const frame: ParsedFrame = { format, lineStart, lineEnd, isAsync: false, isConstructor: false, ...location };
  if (fn.length > 0) {
    frame.fn = fn;
    frame.fnSpan = { start: lineStart, end: at };
  }
  splitEvalOrigin(text, frame);
  return frame;
}

/** Moves the page address of a SpiderMonkey eval location into `evalOrigin`. */
function splitEvalOrigin(text: string, frame: ParsedFrame): void {
  const span = frame.fileSpan;
  if (!span) return;
  SM_EVAL.lastIndex = 0;
  const file = text.slice(span.start, span.end);
  let match: RegExpExecArray | null;
  let first: RegExpExecArray | undefined;
  let last: RegExpExecArray | undefined;
  while ((match = SM_EVAL.exec(file))) {
    first ??= match;
    last = match;
  }
  if (!first || !last) return;
  const originEnd = span.start + first.index;
  const lineStart = originEnd + ' line '.length;
  frame.evalOrigin = {
    file: text.slice(span.start, originEnd),
    fileSpan: { start: span.start, end: originEnd },
    line: Number(first[1]),
    lineSpan: { start: lineStart, end: lineStart + (first[1]?.length ?? 0) },
  };
  const markerStart = span.start + last.index + last[0].lastIndexOf('> ') + 2;
  frame.file = text.slice(markerStart, span.end);
  frame.fileSpan = { start: markerStart, end: span.end };
}
