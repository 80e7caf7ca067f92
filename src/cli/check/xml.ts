/** XML 1.0 text and attribute escaping; characters XML cannot hold become U+FFFD. */

const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXmlText(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/** For attribute values in double quotes; line breaks and tabs are kept as character references. */
export function escapeXmlAttribute(s: string): string {
  return s
    .replace(INVALID, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
