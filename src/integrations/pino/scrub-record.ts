/**
 * One pino log record, as pino wrote it (a JSON object): the message as a message, serialized
 * errors (`{ type, message, stack, … }`, under any key) field by field with their shape kept, everything else
 * through the engine under its key. `level`, `time` and `pid` stay.
 */
import { copyRecord, isRecord, put } from '../shared/records.js';
import type { AnyRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';

export interface RecordKeys {
  messageKey: string;
}

const KEEP = new Set(['level', 'time', 'pid']);
const ERROR_KEEP = new Set(['code', 'errno', 'syscall', 'statusCode', 'status']);
const MAX_ERROR_DEPTH = 8;

/** pino's serialized error: shape kept, `type` (the error name) through the text rules. */
function scrubSerializedError(toolkit: Toolkit, error: AnyRecord, depth: number): unknown {
  if (depth > MAX_ERROR_DEPTH) return toolkit.value(error);
  const nested = (value: unknown): unknown =>
    Array.isArray(value) ? value.map((v) => (isSerializedError(v) ? scrubSerializedError(toolkit, v, depth + 1) : toolkit.value(v))) : toolkit.value(value);
  return copyRecord(error, ERROR_KEEP, {
    ...nestedErrors(toolkit, error, depth + 1),
    type: (v) => (typeof v === 'string' ? toolkit.text(v) : toolkit.value(v)),
    message: (v) => (typeof v === 'string' ? toolkit.message(v) : toolkit.value(v)),
    stack: (v) => (typeof v === 'string' ? toolkit.stack(v, typeof error.type === 'string' ? error.type : undefined, typeof error.message === 'string' ? error.message : undefined) : toolkit.value(v)),
    aggregateErrors: nested,
    errors: nested,
  }, toolkit.value);
}

/** Handlers for the entries of `record` that are serialized errors themselves (`cause`, a second `err`). */
function nestedErrors(toolkit: Toolkit, record: AnyRecord, depth: number): Record<string, (value: unknown) => unknown> {
  const handlers: Record<string, (value: unknown) => unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (isSerializedError(value)) put(handlers, key, () => scrubSerializedError(toolkit, value, depth));
  }
  return handlers;
}

function isSerializedError(value: unknown): value is AnyRecord {
  return isRecord(value) && typeof value.message === 'string' && (typeof value.stack === 'string' || typeof value.type === 'string');
}

export function scrubRecord(toolkit: Toolkit, record: AnyRecord, keys: RecordKeys): AnyRecord {
  const handlers = nestedErrors(toolkit, record, 0);
  put(handlers, keys.messageKey, (v: unknown) => (typeof v === 'string' ? toolkit.message(v) : toolkit.keyed(keys.messageKey, v)));
  return copyRecord(record, KEEP, handlers, toolkit.value);
}
