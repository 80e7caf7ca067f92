import { parseAtFrame } from './parse-at-frame.js';
import { parseV8Frame } from './parse-v8-frame.js';
import type { ParsedFrame, ParsedStack, Span } from './types.js';
import { keepShape } from '../util/keep-shape.js';

/** The lines of `text`, each without its line break (`\n` or `\r\n`). */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/**
 * Parses a stack string of V8 (Node, Chrome, Deno, Bun), SpiderMonkey or JavaScriptCore.
 * Every offset points into `stack`, so a scrubbed stack is rebuilt by replacing spans only.
 * Lines that are not frames stay as the header (before the first frame) or as `otherLines`.
 */
export function parseStack(stack: string): ParsedStack {
  const lines = splitLines(stack);
  let frames = parseFrames(stack, lines, parseV8Frame);
  if (frames.size === 0) frames = parseFrames(stack, lines, parseAtFrame);
  const parsed: ParsedStack = { header: stack, headerSpan: { start: 0, end: stack.length }, frames: [], otherLines: [] };
  let inHeader = true;
  lines.forEach((line, index) => {
    const frame = frames.get(index);
    if (frame) {
      if (inHeader) {
        const headerEnd = index === 0 ? 0 : lineBreakStart(stack, line.start);
        parsed.header = stack.slice(0, headerEnd);
        parsed.headerSpan = { start: 0, end: headerEnd };
        inHeader = false;
      }
      parsed.frames.push(frame);
    } else if (!inHeader) {
      parsed.otherLines.push(line);
    }
  });
  return parsed;
}

function parseFrames(
  stack: string,
  lines: readonly Span[],
  parse: (text: string, start: number, end: number) => ParsedFrame | undefined,
): Map<number, ParsedFrame> {
  const frames = new Map<number, ParsedFrame>();
  lines.forEach((line, index) => {
    const frame = parse(stack, line.start, line.end);
    if (frame) frames.set(index, frame);
  });
  return frames;
}

/** Offset of the line break that ends the line before `lineStart`. */
function lineBreakStart(stack: string, lineStart: number): number {
  const end = lineStart - 1;
  return end > 0 && stack[end - 1] === '\r' ? end - 1 : end;
}

/**
 * Spare stacks holding a frame of each common shape (frames are built field by field), from
 * constants: see util/keep-shape.ts.
 */
const SPARE_STACKS = [
  [
    'Error: x',
    '    at f (/a.js:1:2)',
    '    at /a.js:1:2',
    '    at async f (/a.js:1:2)',
    '    at async /a.js:1:2',
    '    at new F (/a.js:1:2)',
    '    at a.f [as g] (/a.js:1:2)',
    '    at f (/a.js:1)',
    '    at f (node:internal/a:1:2)',
    '    at f (native)',
    '    at f (<anonymous>)',
    '    at eval (eval at f (/a.js:1:2), <anonymous>:1:2)',
  ].join('\n'),
  ['f@/a.js:1:2', '@/a.js:1:2', 'f@[native code]', 'global code@/a.js:1:2'].join('\n'),
];
keepShape(SPARE_STACKS.map(parseStack));
