/** Small helpers for copying SDK records field by field. */
import type { JsonValue } from '../../types.js';

export type AnyRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is AnyRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Sets `out[key]` as an own data property (`__proto__` stays a plain key). */
export function put(out: AnyRecord, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Scrubs the remaining entries of a record in one engine call (keys too; sensitive keys apply). */
export type RestScrubber = (rest: AnyRecord) => JsonValue;

/**
 * Copies `record` key by key, in order: keys in `keep` as they are, keys with a handler through
 * it, and all the others together through `rest` (one engine call; a key the engine rewrites
 * takes the place of the original). Undefined values are left out. If the engine drops the
 * remaining entries whole (a spent budget), they are left out: nothing passes unscrubbed.
 */
export function copyRecord(
  record: AnyRecord,
  keep: ReadonlySet<string>,
  handlers: Readonly<Record<string, ((value: unknown) => unknown) | undefined>>,
  rest: RestScrubber,
): AnyRecord {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  const handlerOf = (key: string) => (Object.prototype.hasOwnProperty.call(handlers, key) ? handlers[key] : undefined);
  const others: AnyRecord = {};
  let count = 0;
  for (const [key, value] of entries) {
    if (!keep.has(key) && !handlerOf(key)) {
      put(others, key, value);
      count++;
    }
  }
  const scrubbed = count > 0 ? rest(others) : {};
  const scrubbedEntries = isRecord(scrubbed) ? Object.entries(scrubbed) : [];
  const aligned = scrubbedEntries.length === count;
  const out: AnyRecord = {};
  let next = 0;
  for (const [key, value] of entries) {
    const handler = handlerOf(key);
    if (keep.has(key)) put(out, key, value);
    else if (handler) put(out, key, handler(value));
    else if (aligned) {
      const [outKey, outValue] = scrubbedEntries[next++]!;
      put(out, outKey, outValue);
    }
  }
  if (!aligned) for (const [outKey, outValue] of scrubbedEntries) put(out, outKey, outValue);
  return out;
}
