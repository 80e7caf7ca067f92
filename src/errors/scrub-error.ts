import type { JsonValue } from '../types.js';
import type { ErrorScrubContext, ScrubbedError } from './error-context.js';
import { scrubMessageToFixpoint } from './message-fixpoint.js';
import { scrubStack, type KnownMessage } from './scrub-stack.js';
import { isToolMessage, renderObject, renderProperty } from './special-properties.js';
import { defineKey } from '../walk/render-objects.js';
import { rememberedScrub } from './remembered-scrub.js';

const ERROR_FIELDS = new Set(['name', 'code', 'message', 'stack', 'cause', 'errors']);
const OUTPUT_FIELDS = new Set([...ERROR_FIELDS, 'frames']);

function read(error: object, key: string): unknown {
  try {
    return (error as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function ownKeys(error: object): string[] {
  try {
    return Object.keys(error);
  } catch {
    return [];
  }
}

/** A key not yet used in `out` (`frames` of the error itself becomes `frames#2`). */
function freeKey(out: object, key: string): string {
  if (!OUTPUT_FIELDS.has(key) && !Object.prototype.hasOwnProperty.call(out, key)) return key;
  for (let n = 2; ; n++) if (!Object.prototype.hasOwnProperty.call(out, `${key}#${n}`)) return `${key}#${n}`;
}

/**
 * Scrubs an Error or error-shaped object into a JSON-safe structure: name and code through the
 * text rules, the message by templates, code frames and quoted strings, the stack frame by frame
 * (layout kept), `cause` and `errors` recursively (through `ctx.scrubValue`), and every other own
 * property as a value, with structure-aware renderers for `cmd`, `spawnargs`, `frame`, `lineText`.
 */
export function scrubErrorWith(ctx: ErrorScrubContext, error: object): ScrubbedError {
  const name = read(error, 'name');
  const message = read(error, 'message');
  const code = read(error, 'code');
  const out = { name: typeof name === 'string' ? ctx.at('name', () => ctx.scrubText(name, 0, name.length)) : 'Error' } as ScrubbedError;
  if (typeof code === 'number') out.code = code;
  else if (typeof code === 'string') out.code = ctx.at('code', () => ctx.scrubText(code, 0, code.length));
  let known: KnownMessage | undefined;
  if (typeof message !== 'string') out.message = '';
  else if (message.length > ctx.maxStringLength) out.message = String(ctx.scrubValue(message, 'message'));
  else {
    const scrubbed = ctx.at('message', () => scrubMessageField(ctx, message));
    out.message = scrubbed.text;
    known = scrubbed.known;
  }
  const stack = read(error, 'stack');
  if (typeof stack === 'string' && stack.length > ctx.maxStringLength) out.stack = String(ctx.scrubValue(stack, 'stack'));
  else if (typeof stack === 'string') {
    const scrubbed = ctx.at('stack', () => scrubStack(ctx, stack, known));
    out.frames = scrubbed.frames;
    out.stack = scrubbed.stack;
  }
  const cause = read(error, 'cause');
  if (cause !== undefined) out.cause = ctx.scrubValue(cause, 'cause');
  const errors = read(error, 'errors');
  if (Array.isArray(errors)) out.errors = ctx.at('errors', () => renderErrors(ctx, errors));
  else if (errors !== undefined) out.errors = ctx.scrubValue(errors, 'errors');
  for (const key of ownKeys(error)) {
    // An error-shaped object scrubbed before: its `frames` come again from its stack.
    if (ERROR_FIELDS.has(key) || (key === 'frames' && out.frames && !(error instanceof Error))) continue;
    const value = read(error, key);
    if (value === undefined) continue;
    const rendered = renderProperty(ctx, key, value);
    defineKey(out as unknown as Record<string, JsonValue>, freeKey(out, ctx.scrubKey(key)), rendered);
  }
  return out;
}

/** Longest message kept by the message memo. */
const MEMO_MAX_MESSAGE = 4096;

/** The message field: a JSON message as a value; any other by the message rules (memoized by its text), kept for the stack header to reuse. */
function scrubMessageField(ctx: ErrorScrubContext, message: string): { text: string; known?: KnownMessage } {
  const json = jsonMessage(ctx, message);
  if (json !== undefined) return { text: json };
  const memo = message.length <= MEMO_MAX_MESSAGE ? ctx.messageMemo : undefined;
  const { text, findings } = rememberedScrub(ctx, memo, message, () => scrubMessageToFixpoint(ctx, message));
  return findings ? { text, known: { raw: message, scrubbed: text, findings } } : { text };
}

/**
 * A message that is JSON (zod's `ZodError` lists its issues so) is scrubbed as a value, key by key
 * (`message` keys as messages, `input` as user data), and written back as indented JSON.
 */
function jsonMessage(ctx: ErrorScrubContext, message: string): string | undefined {
  const trimmed = message.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  return typeof parsed === 'object' && parsed !== null ? JSON.stringify(renderObject(ctx, parsed, 1), null, 2) : undefined;
}

/** `AggregateError.errors` and esbuild's `BuildFailure.errors`: errors recursively, tool messages by their structure. */
function renderErrors(ctx: ErrorScrubContext, errors: readonly unknown[]): JsonValue[] {
  return errors.map((item, index) => (isToolMessage(item) ? ctx.at(index, () => renderObject(ctx, item, 1)) : ctx.scrubValue(item, index)));
}
