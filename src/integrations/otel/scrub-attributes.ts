/**
 * OpenTelemetry attributes and log bodies. The semantic-convention keys that hold an error keep
 * their structure: `exception.message` is scrubbed as an error message, `exception.stacktrace`
 * and `code.stacktrace` as stacks (frames by kind), `exception.type` keeps the error name. All
 * other attributes go through the engine in one call, keys included.
 */
import { isRecord, put } from '../shared/records.js';
import type { AnyRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';

type Structured = (toolkit: Toolkit, text: string, attributes: AnyRecord) => string;

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const STRUCTURED: Readonly<Record<string, Structured>> = {
  'exception.message': (t, text) => t.message(text),
  'exception.stacktrace': (t, text, a) => t.stack(text, asString(a['exception.type']), asString(a['exception.message'])),
  'code.stacktrace': (t, text) => t.stack(text),
  'exception.type': (t, text) => t.text(text),
};

/** A scrubbed copy of `attributes` (`undefined` stays `undefined`); values keep their OpenTelemetry types where the engine keeps them. */
export function scrubAttributes<A extends object | undefined>(toolkit: Toolkit, attributes: A): A {
  if (attributes === undefined || !isRecord(attributes)) return attributes;
  let rest: AnyRecord | undefined;
  const structured: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const scrub = Object.prototype.hasOwnProperty.call(STRUCTURED, key) ? STRUCTURED[key] : undefined;
    if (scrub && typeof value === 'string') structured.push([key, scrub(toolkit, value, attributes)]);
    else put((rest ??= {}), key, value);
  }
  const out = (rest === undefined ? {} : toolkit.value(rest)) as AnyRecord;
  for (const [key, value] of structured) put(out, key, value);
  return out as A;
}

/** A log body: a string as a message, anything else (maps, arrays, bytes) through the engine. */
export function scrubBody(toolkit: Toolkit, body: unknown): unknown {
  if (body === undefined || body === null) return body;
  return typeof body === 'string' ? toolkit.message(body) : toolkit.value(body);
}
