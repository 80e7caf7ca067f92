/**
 * Sentry stack frames, stack traces and exceptions. Frames are rewritten by the errors module's
 * rules, deterministically (same frame in, same frame out), so that Sentry's grouping, which
 * hashes `module`/`filename`, `function` and `context_line` of in-app frames, stays stable.
 */
import { copyRecord, isRecord } from '../shared/records.js';
import type { AnyRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';
import type { SentryException, SentryFrame } from './types.js';

/** Fields kept as they are: positions, flags and ids carry no user data. */
const FRAME_KEEP = new Set(['lineno', 'colno', 'in_app', 'platform', 'instruction_addr', 'addr_mode', 'debug_id', 'symbol_addr', 'image_addr']);
const MECHANISM_KEEP = new Set(['type', 'handled', 'synthetic', 'exception_id', 'parent_id', 'is_exception_group', 'source']);
const EXCEPTION_KEEP = new Set(['type', 'thread_id']);
const THREAD_KEEP = new Set(['id', 'crashed', 'current', 'main', 'state']);
const NONE = new Set<string>();

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

/** `pre_context`, `context_line` and `post_context`, tokenized as one block of code. */
function contextLines(toolkit: Toolkit, frame: SentryFrame): AnyRecord {
  const pre = strings(frame.pre_context) ?? [];
  const post = strings(frame.post_context) ?? [];
  const line = typeof frame.context_line === 'string' ? [frame.context_line] : [];
  const lines = pre.length + line.length + post.length > 0 ? toolkit.code([...pre, ...line, ...post]) : [];
  const out: AnyRecord = {};
  if (strings(frame.pre_context)) out.pre_context = lines.slice(0, pre.length);
  if (line.length > 0) out.context_line = lines[pre.length];
  if (strings(frame.post_context)) out.post_context = lines.slice(pre.length + line.length);
  return out;
}

export function scrubFrame(toolkit: Toolkit, frame: SentryFrame): AnyRecord {
  const fn = typeof frame.function === 'string' ? frame.function : undefined;
  const filename = typeof frame.filename === 'string' ? frame.filename : undefined;
  const absPath = typeof frame.abs_path === 'string' ? frame.abs_path : undefined;
  const parts = toolkit.frame(fn, filename ?? absPath);
  const file = parts.file ?? filename;
  const code = contextLines(toolkit, frame);
  const keyed = (key: string, value: unknown): unknown => toolkit.keyed(key, value);
  return copyRecord(frame, FRAME_KEEP, {
    function: fn === undefined ? undefined : () => parts.fn ?? fn,
    filename: filename === undefined ? undefined : () => file,
    abs_path: absPath === undefined ? undefined : () => (absPath === filename ? file : toolkit.frame(undefined, absPath).file),
    module: (value) => (typeof value === 'string' ? toolkit.text(value) : keyed('module', value)),
    vars: (value) => toolkit.value(value),
    pre_context: (value) => code.pre_context ?? keyed('pre_context', value),
    context_line: (value) => code.context_line ?? keyed('context_line', value),
    post_context: (value) => code.post_context ?? keyed('post_context', value),
  }, toolkit.value);
}

export function scrubStacktrace(toolkit: Toolkit, stacktrace: unknown): unknown {
  if (!isRecord(stacktrace)) return toolkit.value(stacktrace);
  return copyRecord(stacktrace, new Set(['frames_omitted', 'snapshot']), {
    frames: (frames) => (Array.isArray(frames) ? frames.map((f) => (isRecord(f) ? scrubFrame(toolkit, f) : toolkit.value(f))) : toolkit.value(frames)),
  }, toolkit.value);
}

/** One `exception.values[]` entry: `type` (the error name) stays, `value` is scrubbed as an error message. */
export function scrubException(toolkit: Toolkit, exception: SentryException): AnyRecord {
  return copyRecord(exception, EXCEPTION_KEEP, {
    value: (value) => (typeof value === 'string' ? toolkit.message(value) : toolkit.keyed('value', value)),
    module: (value) => (typeof value === 'string' ? toolkit.text(value) : toolkit.keyed('module', value)),
    stacktrace: (value) => scrubStacktrace(toolkit, value),
    raw_stacktrace: (value) => scrubStacktrace(toolkit, value),
    mechanism: (value) => (isRecord(value) ? copyRecord(value, MECHANISM_KEEP, {}, toolkit.value) : toolkit.keyed('mechanism', value)),
  }, toolkit.value);
}

export function scrubThread(toolkit: Toolkit, thread: AnyRecord): AnyRecord {
  return copyRecord(thread, THREAD_KEEP, { stacktrace: (value) => scrubStacktrace(toolkit, value) }, toolkit.value);
}

/** `exception` or `threads`: `{ values: [...] }`, each value scrubbed by `item`. */
export function scrubValues(toolkit: Toolkit, container: unknown, item: (entry: AnyRecord) => AnyRecord): unknown {
  if (!isRecord(container)) return toolkit.value(container);
  return copyRecord(container, NONE, {
    values: (values) => (Array.isArray(values) ? values.map((v) => (isRecord(v) ? item(v) : toolkit.value(v))) : toolkit.value(values)),
  }, toolkit.value);
}

