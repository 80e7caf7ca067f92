/**
 * The canonical shape of scrubbed events: for each path (a JSON Pointer with array indices written `*`),
 * the set of value types seen there: `null`, `boolean`, `number`, `object`, `array`, `string`, a
 * placeholder standing for the whole string (`<email>`, `<secret:stripe-key>`), or `string with <a> <b>`
 * for text around placeholders. Placeholder numbers (`#2`) and numeric details (`<truncated:3>`) are
 * dropped so that counts do not change the shape; so is the `#2` that tells apart colliding keys.
 */
import { PLACEHOLDER_PATTERN, PLACEHOLDER_TYPES, escapePointerToken } from '../../index.js';
import type { JsonValue } from '../../index.js';

export type Shape = Map<string, Set<string>>;

/** Where a path and type was first seen, for reports. */
export interface Occurrence {
  file: string;
  line: number;
}

export const BUILTIN_TYPES: ReadonlySet<string> = new Set(Object.keys(PLACEHOLDER_TYPES));
const PATTERN = new RegExp(PLACEHOLDER_PATTERN.source, 'g');
const NUMBERED_KEY = /^(<[a-z][a-z0-9-]*(?::[A-Za-z0-9_.-]+)?>)#\d+$/;

function placeholderText(type: string, detail: string | undefined): string {
  return detail === undefined || /^\d+$/.test(detail) ? `<${type}>` : `<${type}:${detail}>`;
}

/** The type of a scrubbed string; `types` are the placeholder types that count (not lookalike text). */
export function stringType(text: string, types: ReadonlySet<string>): string {
  const found = new Set<string>();
  let whole: string | undefined;
  for (const m of text.matchAll(PATTERN)) {
    const type = m[1] as string;
    if (!types.has(type)) continue;
    const placeholder = placeholderText(type, m[2]);
    found.add(placeholder);
    if (m.index === 0 && m[0].length === text.length) whole = placeholder;
  }
  if (whole !== undefined) return whole;
  if (found.size === 0) return 'string';
  return `string with ${[...found].sort().join(' ')}`;
}

function shapeKey(key: string): string {
  return escapePointerToken(key.replace(NUMBERED_KEY, '$1'));
}

export function typeOf(value: JsonValue, types: ReadonlySet<string>): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return stringType(value, types);
  return typeof value;
}

/**
 * Adds the shape of one scrubbed event to `shape`; `seen` is called for each (path, type) pair that is
 * new to `shape`, so the caller can remember where it first occurred.
 */
export function addShape(shape: Shape, event: JsonValue, types: ReadonlySet<string>, seen?: (path: string, type: string) => void): void {
  const visit = (value: JsonValue, path: string): void => {
    const type = typeOf(value, types);
    let set = shape.get(path);
    if (!set) shape.set(path, (set = new Set()));
    if (!set.has(type)) {
      set.add(type);
      seen?.(path, type);
    }
    if (Array.isArray(value)) for (const item of value) visit(item, `${path}/*`);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, `${path}/${shapeKey(key)}`);
    }
  };
  visit(event, '');
}

/** The placeholder types that count in an event: the built-in ones and those its findings produced. */
export function placeholderTypes(findingTypes: Iterable<string>): ReadonlySet<string> {
  let extra: Set<string> | undefined;
  for (const type of findingTypes) {
    if (BUILTIN_TYPES.has(type)) continue;
    (extra ??= new Set(BUILTIN_TYPES)).add(type);
  }
  return extra ?? BUILTIN_TYPES;
}
