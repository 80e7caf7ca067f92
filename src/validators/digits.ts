/** Separators people type inside numbers: spaces, dashes, dots and slashes. */
const SEPARATORS = /[\s./-]/g;

/** The text without separators, or `''` when what is left is not all ASCII digits. */
export function digitsOnly(text: string): string {
  if (typeof text !== 'string') return '';
  const compact = text.replace(SEPARATORS, '');
  return /^[0-9]+$/.test(compact) ? compact : '';
}

/** The text without separators, upper-cased (for identifiers that mix letters and digits). */
export function compactUpper(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(SEPARATORS, '').toUpperCase();
}
