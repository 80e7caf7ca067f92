import { formatPlaceholder } from '../placeholder.js';
import { splitLines } from './parse-stack.js';
import { tokenizeCode, type CodeOptions } from './tokenize-code.js';
import type { Edit, Span } from './types.js';

/** Result of scrubbing the code frames of a text. */
export interface CodeFrameScrub {
  /** Replacements inside code lines. */
  edits: Edit[];
  /** Code that acorn could not tokenize and text after markers: the caller applies its text rules there. */
  fallback: Span[];
  /** Every range this module took charge of (code and marker lines), already covered by edits and fallback. */
  handled: Span[];
}

type Line = Span & ({ kind: 'code'; codeStart: number } | { kind: 'marker'; tailStart: number } | { kind: 'bar' } | { kind: 'other' });

// Gutters: babel/vite `> 12 | code`, esbuild `12 │ code`, rollup `12: code`.
const GUTTER = /^\s*(?:>\s*)?\d+\s*[|│]|^\d+: /;
// Marker lines: `    |     ^^^`, `      ╵     ~~~~`, or carets alone (`      ^`, js-yaml `-----^`).
const MARKER = /^\s*(?:(?:>\s*)?[|│╵]\s*|-*)[\^~]+/;
const BAR = /^\s*[|│╵]\s*$/;

function classify(text: string, line: Span): Line {
  const content = text.slice(line.start, line.end);
  const marker = MARKER.exec(content);
  if (marker) return { ...line, kind: 'marker', tailStart: line.start + marker[0].length };
  const gutter = GUTTER.exec(content);
  if (gutter) return { ...line, kind: 'code', codeStart: line.start + gutter[0].length };
  if (BAR.test(content)) return { ...line, kind: 'bar' };
  return { ...line, kind: 'other' };
}

/** The code ranges of the frames in `text`: gutter lines next to a marker, or the line above lone carets. */
function frameBlocks(text: string): { code: Span[]; markers: Array<Span & { tailStart: number }> }[] {
  const lines = splitLines(text).map((line) => classify(text, line));
  const blocks: { code: Span[]; markers: Array<Span & { tailStart: number }> }[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]?.kind === 'other') {
      i++;
      continue;
    }
    const block: (typeof blocks)[number] = { code: [], markers: [] };
    const first = i;
    for (; i < lines.length && lines[i]?.kind !== 'other'; i++) {
      const line = lines[i]!;
      if (line.kind === 'code') block.code.push({ start: line.codeStart, end: line.end });
      else if (line.kind === 'marker') block.markers.push({ start: line.start, end: line.end, tailStart: line.tailStart });
    }
    const above = lines[first - 1];
    if (block.code.length === 0 && block.markers.length > 0 && above && above.kind === 'other' && above.end > above.start) {
      block.code.push({ start: above.start, end: above.end }); // carets under a line without gutter
    }
    if (block.markers.length > 0 && block.code.length > 0) blocks.push(block);
  }
  return blocks;
}

/**
 * Scrubs the code frames of a text (esbuild, rollup, vite, babel, YAML and Node.js syntax-error
 * frames): code lines are tokenized together with acorn, or line by line where that fails; lines
 * acorn cannot tokenize and the text after markers are left to the caller's text rules.
 */
export function scrubCodeFrames(text: string, options: CodeOptions = {}): CodeFrameScrub {
  const result: CodeFrameScrub = { edits: [], fallback: [], handled: [] };
  // A frame needs a marker line, and every marker holds a caret or a tilde.
  if (!text.includes('^') && !text.includes('~')) return result;
  for (const block of frameBlocks(text)) {
    const joined = tokenizeSegments(text, block.code, options);
    if (joined) result.edits.push(...joined);
    else {
      for (const segment of block.code) {
        const edits = tokenizeSegments(text, [segment], options);
        if (edits) result.edits.push(...edits);
        else result.fallback.push(segment);
      }
    }
    for (const marker of block.markers) {
      if (/\S/.test(text.slice(marker.tailStart, marker.end))) result.fallback.push({ start: marker.tailStart, end: marker.end });
    }
    result.handled.push(...block.code, ...block.markers);
  }
  return result;
}

/** Scrubs one code snippet without gutters (`lineText`, a `frame` line); null where acorn cannot tokenize it. */
export function scrubCodeSnippet(code: string, options: CodeOptions = {}): Edit[] | null {
  return tokenizeSegments(code, [{ start: 0, end: code.length }], options);
}

/** Tokenizes the segments joined by line breaks and maps each span back to its segment(s). */
function tokenizeSegments(text: string, segments: readonly Span[], options: CodeOptions): Edit[] | null {
  const offsets: number[] = [];
  let joined = '';
  for (const segment of segments) {
    if (joined || offsets.length > 0) joined += '\n';
    offsets.push(joined.length);
    joined += text.slice(segment.start, segment.end);
  }
  const spans = tokenizeCode(joined, options);
  if (!spans) return null;
  const edits: Edit[] = [];
  for (const span of spans) {
    const placeholder = formatPlaceholder(span.type);
    segments.forEach((segment, index) => {
      const base = offsets[index] ?? 0;
      const start = Math.max(span.start, base);
      const end = Math.min(span.end, base + segment.end - segment.start);
      if (start < end) edits.push({ start: segment.start + start - base, end: segment.start + end - base, text: placeholder });
    });
  }
  return edits;
}
