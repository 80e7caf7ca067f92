import { formatPlaceholder, PLACEHOLDER_PATTERN } from '../placeholder.js';
import type { JsonValue } from '../types.js';
import { assemble } from './assemble.js';
import { scrubCodeSnippet } from './code-frame.js';
import { scrubArgv, scrubCommandLine } from './command-line.js';
import { ERROR_RULES, type ErrorScrubContext } from './error-context.js';
import { scrubMessageToFixpoint } from './message-fixpoint.js';
import { pathText } from './scrub-variable.js';
import type { Edit } from './types.js';

type Renderer = (ctx: ErrorScrubContext, value: string) => string;

function reportEdits(ctx: ErrorScrubContext, ruleId: string, edits: readonly Edit[]): void {
  for (const edit of edits) if (edit.text.startsWith('<')) ctx.report(ruleId, edit.text.slice(1, -1), edit.start, edit.end);
}

const command: Renderer = (ctx, value) => {
  const edits = scrubCommandLine(value);
  reportEdits(ctx, ERROR_RULES.command, edits);
  return assemble(ctx, value, 0, value.length, edits);
};

/** A line of source code: tokenized with acorn, or scrubbed as a message where acorn fails. */
const code: Renderer = (ctx, value) => {
  const edits = scrubCodeSnippet(value, { keepIdentifiers: ctx.keepIdentifiers });
  if (!edits) return scrubMessageToFixpoint(ctx, value);
  reportEdits(ctx, ERROR_RULES.codeFrame, edits);
  return assemble(ctx, value, 0, value.length, edits);
};

const message: Renderer = (ctx, value) => scrubMessageToFixpoint(ctx, value);
const file: Renderer = (ctx, value) => (value === '' ? value : pathText(ctx, value, 0, value.length));

/**
 * Own properties of errors (and of the message objects of esbuild and similar tools) whose
 * strings have a known structure: command lines, code frames, source lines, messages, files.
 */
const STRING_RENDERERS: Readonly<Record<string, Renderer>> = {
  cmd: command,
  frame: message,
  codeFrame: message,
  lineText: code,
  suggestion: code,
  text: message,
  message,
  file,
};

/**
 * Values of user data whatever their content: an assertion's `actual` and `expected` (own
 * properties of the error; inside a zod issue `expected` is a type name), a parser's `input`.
 */
const USER_VALUE_KEYS = new Set(['actual', 'expected', 'input']);
const isUserValueKey = (key: string | number, depth: number) => key === 'input' || (depth === 0 && USER_VALUE_KEYS.has(String(key)));
const MAX_REDACT_DEPTH = 8;

/** Every string of a user value becomes `<string>` (URLs in `input` keep what the engine keeps); numbers, booleans and structure stay. */
const PLACEHOLDERS = new RegExp(PLACEHOLDER_PATTERN.source, 'g');

/**
 * Whether a value is nothing but placeholders this scrubber writes, with at most spaces or punctuation
 * between them — what scrubbing a URL-like value can leave (`<env:DATABASE_URL> <env:DATABASE_URL>`).
 * Kept as is, so that scrubbing the output again changes nothing.
 */
function onlyPlaceholders(ctx: ErrorScrubContext, value: string): boolean {
  if (!ctx.isPlaceholder) return false;
  let rest = '';
  let last = 0;
  PLACEHOLDERS.lastIndex = 0;
  for (let m = PLACEHOLDERS.exec(value); m !== null; m = PLACEHOLDERS.exec(value)) {
    if (!ctx.isPlaceholder(m[0])) return false;
    rest += value.slice(last, m.index);
    last = m.index + m[0].length;
  }
  return last > 0 && !/[\p{L}\p{N}]/u.test(rest + value.slice(last));
}

/** A value that starts like a URL: it goes through the text rules, which keep its scheme and port. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

function redactUserValue(ctx: ErrorScrubContext, value: unknown, depth: number, seen: Set<object>): JsonValue {
  if (typeof value === 'string') {
    if (URL_LIKE.test(value)) {
      const scrubbed = ctx.scrubText(value, 0, value.length);
      // Kept only as a second pass would keep it: still a URL, or placeholders alone (else `<string>`).
      if (URL_LIKE.test(scrubbed) || onlyPlaceholders(ctx, scrubbed)) return scrubbed;
    } else if (value === '' || onlyPlaceholders(ctx, value)) return value;
    ctx.report(ERROR_RULES.userValue, 'string', 0, value.length);
    return formatPlaceholder('string');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'object') return value === undefined ? null : formatPlaceholder(typeof value === 'function' ? 'function' : 'string');
  if (seen.has(value)) return formatPlaceholder('circular');
  if (depth >= MAX_REDACT_DEPTH) return formatPlaceholder('dropped', 'depth');
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, index) => ctx.at(index, () => redactUserValue(ctx, item, depth + 1, seen)));
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      const rendered = ctx.at(key, () => redactUserValue(ctx, item, depth + 1, seen));
      Object.defineProperty(out, ctx.scrubKey(key), { value: rendered, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** Keys whose object values are walked with these renderers too (esbuild `location`, `notes`; rollup `loc`). */
const NESTED_KEYS = new Set(['location', 'notes', 'loc']);
const MAX_NESTED_DEPTH = 4;

/** Arrays and plain objects (what JSON.parse returns): walked entry by entry inside tool messages. */
function isPlainData(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether a plain object looks like a tool's error message (esbuild `{ text, location }`). */
export function isToolMessage(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.text === 'string' && ('location' in record || 'notes' in record);
}

/**
 * Renders an own property with a structure-aware renderer when its key has one, else through the
 * engine. Inside tool messages (`depth` > 0) arrays and plain objects are walked here too.
 */
export function renderProperty(ctx: ErrorScrubContext, key: string | number, value: unknown, depth = 0): JsonValue {
  if (isUserValueKey(key, depth)) return ctx.at(key, () => redactUserValue(ctx, value, 0, new Set()));
  const renderer = typeof key === 'string' ? STRING_RENDERERS[key] : undefined;
  if (renderer && typeof value === 'string') return ctx.at(key, () => renderer(ctx, value));
  if (key === 'spawnargs' && Array.isArray(value) && value.every((arg) => typeof arg === 'string')) {
    return ctx.at(key, () => renderArgv(ctx, value as string[]));
  }
  const nested = NESTED_KEYS.has(String(key)) || isToolMessage(value) || (depth > 0 && isPlainData(value));
  if (depth < MAX_NESTED_DEPTH && nested && typeof value === 'object' && value !== null) {
    return ctx.at(key, () => renderObject(ctx, value, depth + 1));
  }
  return ctx.scrubValue(value, key);
}

/** Renders an array or plain object entry by entry with `renderProperty`. */
export function renderObject(ctx: ErrorScrubContext, value: object, depth: number): JsonValue {
  if (Array.isArray(value)) return value.map((item, index) => renderProperty(ctx, index, item, depth));
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    Object.defineProperty(out, ctx.scrubKey(key), { value: renderProperty(ctx, key, item, depth), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function renderArgv(ctx: ErrorScrubContext, args: string[]): JsonValue {
  return scrubArgv(args).map((edits, index) =>
    ctx.at(index, () => {
      const arg = args[index] ?? '';
      reportEdits(ctx, ERROR_RULES.command, edits);
      return assemble(ctx, arg, 0, arg.length, edits);
    }),
  );
}
