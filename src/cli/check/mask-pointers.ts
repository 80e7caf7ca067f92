/**
 * A key can itself be a leaked value; then the pointers and shape paths that name it would print it.
 * Before anything is reported or written, every pointer token holding a planted value (in any of its
 * forms) is replaced by `<planted>`.
 */
import { escapePointerToken, parsePointer } from '../../index.js';
import type { SeenAt } from './compare-shape.js';
import type { PlantedMatcher } from './find-leaks.js';
import { matchKind } from './leak-forms.js';
import type { Shape } from './shape.js';

export const MASK = '<planted>';

export function createPointerMask(matchers: readonly PlantedMatcher[]): (pointer: string) => string {
  const cache = new Map<string, string>();
  const maskToken = (token: string): string => {
    const lower = token.toLowerCase();
    return matchers.some((m) => matchKind(m.forms, token, lower) !== undefined) ? MASK : token;
  };
  return (pointer) => {
    if (matchers.length === 0 || pointer === '') return pointer;
    let out = cache.get(pointer);
    if (out === undefined) {
      out = parsePointer(pointer)
        .map((t) => (t === '*' ? t : escapePointerToken(maskToken(t))))
        .map((t) => `/${t}`)
        .join('');
      cache.set(pointer, out);
    }
    return out;
  };
}

export function maskShape(shape: Shape, mask: (pointer: string) => string): Shape {
  const out: Shape = new Map();
  for (const [path, types] of shape) {
    const masked = mask(path);
    const set = out.get(masked) ?? new Set<string>();
    for (const t of types) set.add(t);
    out.set(masked, set);
  }
  return out;
}

export function maskSeen(seen: SeenAt, mask: (pointer: string) => string): SeenAt {
  const out: SeenAt = { path: new Map(), type: new Map() };
  for (const [path, at] of seen.path) if (!out.path.has(mask(path))) out.path.set(mask(path), at);
  for (const [key, at] of seen.type) {
    const cut = key.indexOf('\u0000');
    const masked = `${mask(key.slice(0, cut))}${key.slice(cut)}`;
    if (!out.type.has(masked)) out.type.set(masked, at);
  }
  return out;
}
