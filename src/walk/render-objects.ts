/** Renders objects: arrays, plain and class objects, Map, Set, Date, binary data, errors, toJSON. */
import type { JsonValue } from '../types.js';
import { formatPlaceholder } from '../placeholder.js';
import type { CallState } from './call-state.js';
import type { Walk, WalkEnv } from './walk-value.js';

type JsonObject = { [key: string]: JsonValue };

export function isErrorLike(value: object): boolean {
  if (value instanceof Error) return true;
  const v = value as Record<string, unknown>;
  try {
    return typeof v.message === 'string' && typeof v.stack === 'string' && (typeof v.name === 'string' || v.name === undefined);
  } catch {
    return false;
  }
}

/** Sets a property without ever touching a prototype (`__proto__` stays a plain key). */
export function defineKey(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A key not used yet in `target`: `key`, else `key#2`, `key#3` … (counters, made on the first clash, make it linear). */
function uniqueKey(target: JsonObject, key: string, clashes: { counters?: Map<string, number> }): string {
  if (!Object.prototype.hasOwnProperty.call(target, key)) return key;
  const counters = (clashes.counters ??= new Map());
  for (let i = counters.get(key) ?? 2; ; i++) {
    const candidate = `${key}#${i}`;
    if (!Object.prototype.hasOwnProperty.call(target, candidate)) {
      counters.set(key, i + 1);
      return candidate;
    }
  }
}

/** Past a spent budget the rest of a container is one marker, not one placeholder per item. */
function budgetSpent(state: CallState): boolean {
  if (!state.budget.spent) return false;
  state.budgetRanOut();
  return true;
}

/**
 * Entries as parallel lists (no pair per entry): keys, and the value of each; without `values`, the
 * values are read from `source` when their turn comes (a getter that throws gives GETTER_THREW).
 * No closure per object: the walk meets tens of thousands of objects per second.
 */
interface Entries {
  keys: readonly string[];
  values?: readonly unknown[];
  source?: object;
}

function valueAt(entries: Entries, index: number): unknown {
  if (entries.values) return entries.values[index];
  try {
    return (entries.source as Record<string, unknown>)[entries.keys[index]!];
  } catch {
    return GETTER_THREW;
  }
}

function renderEntries(entries: Entries, state: CallState, depth: number, redactAll: string | undefined, env: WalkEnv, walk: Walk): JsonObject {
  const out: JsonObject = {};
  const clashes: { counters?: Map<string, number> } = {};
  const { keys } = entries;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (budgetSpent(state)) {
      defineKey(out, uniqueKey(out, formatPlaceholder('truncated'), clashes), formatPlaceholder('dropped', 'budget'));
      break;
    }
    const child = valueAt(entries, i);
    state.path.push(key);
    try {
      // Judged on the scrubbed key, so that a second pass over the output judges it the same way.
      const scrubbedKey = env.scrubKey(key, state);
      if (child === GETTER_THREW) state.dropped('error', 'value', 0);
      const value = child === GETTER_THREW ? formatPlaceholder('dropped', 'error') : child;
      const rendered = walk(value, state, depth + 1, redactAll ?? scrubbedKey.sensitive);
      if (rendered !== undefined) defineKey(out, uniqueKey(out, scrubbedKey.text, clashes), rendered);
    } finally {
      state.path.pop();
    }
  }
  return out;
}

/** Stands for a property whose getter threw: dropped, with a finding once its key is scrubbed. */
const GETTER_THREW: unique symbol = Symbol('getter threw');

/** The own enumerable properties, read when their turn comes. */
function ownEntries(value: object): Entries {
  return { keys: Object.keys(value), source: value };
}

function renderArray(value: ArrayLike<unknown>, state: CallState, depth: number, redactAll: string | undefined, walk: Walk): JsonValue[] {
  const out: JsonValue[] = [];
  for (let i = 0; i < value.length; i++) {
    if (budgetSpent(state)) {
      out.push(formatPlaceholder('truncated', String(value.length - i)));
      break;
    }
    state.path.push(i);
    try {
      out.push(walk(value[i], state, depth + 1, redactAll) ?? null);
    } finally {
      state.path.pop();
    }
  }
  return out;
}

function mapEntries(map: Map<unknown, unknown>): Entries {
  const keys: string[] = [];
  const values: unknown[] = [];
  for (const [k, v] of map) {
    keys.push(String(k));
    values.push(v);
  }
  return { keys, values };
}

function renderIterable(items: Iterable<unknown>, size: number, state: CallState, depth: number, redactAll: string | undefined, walk: Walk): JsonValue[] {
  const out: JsonValue[] = [];
  let i = 0;
  for (const item of items) {
    if (budgetSpent(state)) {
      out.push(formatPlaceholder('truncated', String(size - i)));
      break;
    }
    state.path.push(i);
    try {
      out.push(walk(item, state, depth + 1, redactAll) ?? null);
    } finally {
      state.path.pop();
    }
    i++;
  }
  return out;
}

function binaryLength(value: object): number | undefined {
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  return undefined;
}

function renderKnownKinds(value: object, state: CallState, depth: number, redactAll: string | undefined, env: WalkEnv, walk: Walk): JsonValue | undefined {
  if (Array.isArray(value)) return renderArray(value, state, depth, redactAll, walk);
  const bytes = binaryLength(value);
  if (bytes !== undefined) return formatPlaceholder('binary', String(bytes));
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? 'Invalid Date' : value.toISOString();
  }
  if (value instanceof RegExp) return walk(String(value), state, depth, redactAll) ?? null;
  if (value instanceof Map) return renderEntries(mapEntries(value), state, depth, redactAll, env, walk);
  if (value instanceof Set) return renderIterable(value, value.size, state, depth, redactAll, walk);
  if (value instanceof String || value instanceof Number || value instanceof Boolean) return walk(value.valueOf(), state, depth, redactAll) ?? null;
  if (isErrorLike(value)) return env.renderError(value, state, depth, walk, redactAll);
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    const json: unknown = toJSON.call(value);
    if (json !== value) return walk(json, state, depth + 1, redactAll) ?? null;
  }
  return undefined;
}

export function renderObjectLike(value: object, state: CallState, depth: number, redactAll: string | undefined, env: WalkEnv, walk: Walk): JsonValue {
  if (depth >= env.maxDepth) {
    state.dropped('depth', 'value', 0);
    return formatPlaceholder('dropped', 'depth');
  }
  if (state.ancestors.includes(value)) return formatPlaceholder('circular');
  state.ancestors.push(value);
  try {
    const known = renderKnownKinds(value, state, depth, redactAll, env, walk);
    // A Date or a boxed value under a sensitive key is still a value of that key.
    if (typeof known === 'string' && redactAll) return walk(known, state, depth, redactAll) ?? null;
    if (known !== undefined) return known;
    return renderEntries(ownEntries(value), state, depth, redactAll, env, walk);
  } catch {
    state.dropped('error', 'value', 0);
    return formatPlaceholder('dropped', 'error');
  } finally {
    state.ancestors.pop();
  }
}

export { renderEntries, ownEntries, valueAt };
