import { formatPlaceholder } from '../placeholder.js';
import { assemble } from './assemble.js';
import { scrubCodeFrames, scrubCodeSnippet } from './code-frame.js';
import { ERROR_RULES, type ErrorScrubContext } from './error-context.js';
import { matchTemplate } from './match-template.js';
import { splitLines } from './parse-stack.js';
import { findQuotedStrings } from './quoted-strings.js';
import { isPathLike, isWholePlaceholder, variableEdit } from './scrub-variable.js';
import type { Edit, Span } from './types.js';
import type { Replacement } from '../text/render.js';

/** How deep `{message}` parts nest (`path: code: message`) before the rest is scrubbed as plain text. */
const MAX_NESTING = 4;

/**
 * Scrubs the message in `text[start, end)` once: code frames are tokenized; each other line that
 * matches a template keeps the template's words and gets its variable parts replaced; other
 * lines get their quoted strings replaced. Everything not replaced goes through the engine's
 * text rules, so no part of a message escapes them. One pass is not always a fixed point (see
 * `message-fixpoint.ts`); `replacements`, when given, receives what this pass changed.
 */
export function scrubMessage(ctx: ErrorScrubContext, text: string, start = 0, end = text.length, depth = 0, replacements?: Replacement[]): string {
  if (start >= end) return '';
  const local = text.slice(start, end);
  const edits: Edit[] = [];
  const frames = scrubCodeFrames(local, { keepIdentifiers: ctx.keepIdentifiers });
  for (const edit of frames.edits) {
    edits.push({ ...edit, start: edit.start + start, end: edit.end + start });
    ctx.report(ERROR_RULES.codeFrame, edit.text.slice(1, -1), edit.start + start, edit.end + start);
  }
  for (const span of frames.fallback) quotedEdits(ctx, text, span.start + start, span.end + start, edits);
  const handled = frames.handled.map((span) => ({ start: span.start + start, end: span.end + start }));
  let coveredUntil = start;
  // After a template followed by code: 'before' the code (blank lines), 'in' it (until a blank line).
  let code: 'none' | 'before' | 'in' = 'none';
  const bounded = end === text.length ? text : text.slice(0, end);
  splitLines(local).forEach((localLine, index) => {
    const line = { start: localLine.start + start, end: localLine.end + start };
    if (line.start < coveredUntil || overlaps(handled, line)) return;
    if (line.start === line.end) {
      if (code === 'in') code = 'none';
      return;
    }
    if (code !== 'none') {
      code = 'in';
      codeEdits(ctx, text, line.start, line.end, edits);
      return;
    }
    let match = depth <= MAX_NESTING ? matchTemplate(ctx.templates, bounded, line.start, { multiline: index === 0 }) : undefined;
    // A wrapped message (`Invalid configuration in x.json: Unexpected token …`): a known message may
    // follow a `: ` inside the line; its prefix goes by the quoted-string rule.
    let from = line.start;
    for (let tries = 0, at = text.indexOf(': ', line.start); !match && depth <= MAX_NESTING && tries < 8 && at >= 0 && at < line.end; tries++) {
      match = matchTemplate(ctx.templates, bounded, at + 2, { multiline: index === 0 });
      if (match && match.end === line.end) from = at + 2;
      else match = undefined;
      at = text.indexOf(': ', at + 2);
    }
    if (from > line.start) quotedEdits(ctx, text, line.start, from, edits);
    if (!match) {
      quotedEdits(ctx, text, line.start, line.end, edits);
      return;
    }
    coveredUntil = match.end;
    if (match.followedBy === 'code') code = 'before';
    for (const variable of match.variables) {
      const edit = variableEdit(ctx, text, variable, (s, e) => scrubMessage(ctx, text, s, e, depth + 1));
      if (edit) edits.push(edit);
    }
  });
  return assemble(ctx, text, start, end, edits, replacements);
}

/** A line of source code after a template that announces it: acorn tokens, or quoted strings where acorn fails. */
function codeEdits(ctx: ErrorScrubContext, text: string, start: number, end: number, edits: Edit[]): void {
  const line = text.slice(start, end);
  const code = scrubCodeSnippet(line, { keepIdentifiers: ctx.keepIdentifiers });
  if (!code) return quotedEdits(ctx, text, start, end, edits);
  for (const edit of code) {
    ctx.report(ERROR_RULES.codeFrame, edit.text.slice(1, -1), edit.start + start, edit.end + start);
    edits.push({ ...edit, start: edit.start + start, end: edit.end + start });
  }
}

/**
 * Replaces the quoted strings of `text[start, end)` by `<string>`; a quoted path that the engine
 * replaces whole keeps its quotes and the engine's placeholder (`'<project>'`).
 */
function quotedEdits(ctx: ErrorScrubContext, text: string, start: number, end: number, edits: Edit[]): void {
  for (const span of findQuotedStrings(text, start, end)) {
    const inner = { start: span.start + 1, end: span.end - 1 };
    if (isPathLike(text.slice(inner.start, inner.end))) {
      const scrubbed = ctx.scrubText(text, inner.start, inner.end);
      if (isWholePlaceholder(scrubbed, ctx.keepProjectPaths)) {
        edits.push({ ...inner, text: scrubbed });
        continue;
      }
    }
    ctx.report(ERROR_RULES.quoted, 'string', span.start, span.end);
    edits.push({ start: span.start, end: span.end, text: formatPlaceholder('string') });
  }
}

function overlaps(spans: readonly Span[], line: Span): boolean {
  return spans.some((span) => span.start < line.end && span.end > line.start);
}
