/** The placeholders config summaries use, all written with `formatPlaceholder`. */
import { formatPlaceholder, parsePlaceholder, PLACEHOLDER_TYPES } from '../placeholder.js';

/** The placeholder types config summaries introduce (described in PLACEHOLDER_TYPES). */
export const CONFIG_PLACEHOLDER_TYPES: readonly string[] = ['other', 'dynamic', 'package', 'non-registry', 'key', 'unknown-keys', 'number'];

export const OTHER = formatPlaceholder('other');
export const DYNAMIC = formatPlaceholder('dynamic');
export const PACKAGE = formatPlaceholder('package');
export const PATH = formatPlaceholder('path');
export const URL_PLACEHOLDER = formatPlaceholder('url');
export const STRING = formatPlaceholder('string');
export const NUMBER = formatPlaceholder('number');
export const FUNCTION = formatPlaceholder('function');
export const CIRCULAR = formatPlaceholder('circular');
export const KEY = formatPlaceholder('key');
/** The object key under which a summary reports how many keys its schema does not name. */
export const UNKNOWN_KEYS = formatPlaceholder('unknown-keys');

export function nonRegistry(detail?: 'git' | 'path' | 'url' | 'workspace'): string {
  return formatPlaceholder('non-registry', detail);
}

export function dropped(why: 'depth' | 'budget' | 'error'): string {
  return formatPlaceholder('dropped', why);
}

export function truncated(count: number): string {
  return formatPlaceholder('truncated', String(count));
}

/**
 * Whether `value` is a placeholder a summary may pass on as it is: a known type and no detail other
 * than `non-registry`'s and `dropped`'s fixed words. (A user string in placeholder shape with an unknown
 * type or a free detail could carry data.)
 */
export function isPassThroughPlaceholder(value: string): boolean {
  const p = parsePlaceholder(value);
  if (!p || p.n !== undefined) return false;
  if (!(p.type in PLACEHOLDER_TYPES)) return false;
  if (p.detail === undefined) return true;
  if (p.type === 'non-registry') return ['git', 'path', 'url', 'workspace'].includes(p.detail);
  if (p.type === 'dropped') return ['depth', 'budget', 'error'].includes(p.detail);
  return false;
}

/** The same placeholder with number `n` (`<key>` → `<key#3>`). */
export function numbered(placeholder: string, n: number): string {
  const p = parsePlaceholder(placeholder);
  return p ? formatPlaceholder(p.type, p.detail, n) : formatPlaceholder('key', undefined, n);
}
