/** Summaries of single values: enum, boolean, number, defined, count, type, version and package nodes. */
import type { JsonValue } from '../types.js';
import { FUNCTION, OTHER } from './config-placeholders.js';
import { declaredName } from './declared-name.js';
import { isFactoryCall, isImportRef } from './markers.js';
import type { NamePolicy } from './package-policy.js';
import type { EnumNode, NumberNode } from './schema-types.js';
import { reduceVersion } from './specifiers.js';

export function summarizeEnum(value: unknown, node: EnumNode): JsonValue {
  let v = value;
  if (node.property !== undefined && typeof v === 'object' && v !== null && !Array.isArray(v)) {
    v = Object.prototype.hasOwnProperty.call(v, node.property) ? (v as Record<string, unknown>)[node.property] : undefined;
  }
  for (const literal of node.values) if (literal === v) return literal;
  return OTHER;
}

export function summarizeBoolean(value: unknown): JsonValue {
  return typeof value === 'boolean' ? value : OTHER;
}

/** The bucket label of `value`: `<b0`, `bi-bj` (bi ≤ value < bj) or `bn+`. */
export function bucketLabel(value: number, buckets: readonly number[]): string {
  const first = buckets[0];
  if (first === undefined) return String(value);
  if (value < first) return `<${first}`;
  for (let i = 0; i + 1 < buckets.length; i++) {
    const lo = buckets[i] as number;
    const hi = buckets[i + 1] as number;
    if (value >= lo && value < hi) return `${lo}-${hi}`;
  }
  return `${buckets[buckets.length - 1] as number}+`;
}

export function summarizeNumber(value: unknown, node: NumberNode): JsonValue {
  if (typeof value !== 'number' || !Number.isFinite(value)) return OTHER;
  return node.buckets ? bucketLabel(value, node.buckets) : value;
}

export function summarizeDefined(value: unknown): JsonValue {
  return value !== undefined && value !== null;
}

export function summarizeCount(value: unknown): JsonValue {
  if (Array.isArray(value)) return value.length;
  if (value instanceof Map || value instanceof Set) return value.size;
  if (typeof value === 'object' && value !== null && !isFactoryCall(value) && !isImportRef(value)) return Object.keys(value).length;
  return OTHER;
}

/** The type name of a value; `call`, `import` and `function` for what static extraction found in place of code. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isFactoryCall(value)) return 'call';
  if (isImportRef(value)) return 'import';
  if (value === FUNCTION) return 'function';
  if (typeof value === 'bigint') return 'number';
  return typeof value;
}

export function summarizeVersion(value: unknown): JsonValue {
  return typeof value === 'string' ? reduceVersion(value) : OTHER;
}

/**
 * A package slot: a name or module specifier, a factory call or import found by extraction, a plugin
 * object, function or class instance (by its declared name), or a `[plugin, options]` tuple (by the
 * plugin; options are user data and never read). `false` / `null` (disabled entries) stay.
 */
export function summarizePackage(value: unknown, policy: NamePolicy, tuple = true): JsonValue {
  if (typeof value === 'string') return policy.summarize(value);
  if (value === false || value === true || value === null) return value;
  if (value === undefined) return null;
  if (isFactoryCall(value)) return policy.summarize(value.call);
  if (isImportRef(value)) return policy.summarize(value.import);
  if (Array.isArray(value)) return tuple && value.length > 0 ? summarizePackage(value[0], policy, false) : OTHER;
  if (typeof value === 'function' || typeof value === 'object') {
    const name = declaredName(value);
    if (name !== undefined) return policy.summarize(name);
    return typeof value === 'function' ? FUNCTION : OTHER;
  }
  return OTHER;
}
