/**
 * The name a runtime value declares for itself: a plugin object's or integration's `name` (Vite,
 * Rollup, Astro), a function's name (remark and rehype plugins), or a class instance's constructor name
 * (webpack-style plugins). Only this name is summarized, through the package policy; never the object.
 */

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The declared name of a function, plugin object or class instance; undefined when it has none. */
export function declaredName(value: unknown): string | undefined {
  if (typeof value === 'function') return nonEmpty((value as { name?: unknown }).name);
  if (typeof value !== 'object' || value === null) return undefined;
  const own = nonEmpty((value as { name?: unknown }).name);
  if (own !== undefined) return own;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype || typeof proto !== 'object') return undefined;
  const ctor = (proto as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' ? nonEmpty(ctor.name) : undefined;
}

/** Whether a value is an object whose keys a summary reads: plain objects and class instances, not arrays or functions. */
export function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && !(value instanceof Set);
}

/** Own property read that never walks the prototype chain (`constructor`, `toString` are not config keys). */
export function ownValue(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
