import { translateText, type FakeHome, type Platform } from './plant.js';

/**
 * The same failure as it would look on macOS or Windows: every string of the error (message,
 * stack, properties, causes) with the fake home's Linux paths rewritten. Linux keeps the real error.
 */
export function translateError(error: unknown, platform: Platform, fake: FakeHome): unknown {
  if (platform === 'linux') return error;
  const seen = new Map<object, unknown>();
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return translateText(value, platform, fake);
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      seen.set(value, out);
      for (const item of value) out.push(visit(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    const keys = value instanceof Error ? ['name', 'message', 'stack', ...Object.keys(value), 'cause', 'errors'] : Object.keys(value);
    for (const key of new Set(keys)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = visit(item);
    }
    return out;
  };
  return visit(error);
}
