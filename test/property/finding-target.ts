/**
 * What a finding points at in the input, resolved independently of the engine (RFC 6901), and the
 * length its offsets must fit in. Pointers write object keys as they were scrubbed (so that they never
 * carry a redacted key); a token that is not an input key is matched against the scrubbed input keys.
 */
import type { Finding } from '../../src/types.js';

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How a key is written in pointers: scrubbed (placeholder numbers aside, which depend on the call). */
export type KeyScrubber = (key: string) => string;
const unnumbered = (text: string) => text.replace(/#\d+>/g, '>');

function child(parent: unknown, token: string, scrubKey?: KeyScrubber): { found: boolean; value?: unknown } {
  if (Array.isArray(parent)) {
    if (!/^(0|[1-9][0-9]*)$/.test(token) || Number(token) >= parent.length) return { found: false };
    return { found: true, value: parent[Number(token)] };
  }
  if (parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, token)) {
    return { found: true, value: (parent as Record<string, unknown>)[token] };
  }
  // Pointers write keys scrubbed: find the input key whose scrubbed form is the token.
  if (scrubKey && parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
    const key = Object.keys(parent).find((k) => unnumbered(scrubKey(k)) === unnumbered(token));
    if (key !== undefined) return { found: true, value: (parent as Record<string, unknown>)[key] };
  }
  return { found: false };
}

/**
 * The length of the string a finding's offsets are into, or a message saying why there is none.
 * Documented exception: a number (or bigint) is scanned as its decimal text — a large number, or any
 * number under a sensitive key — so a finding may point at a number; its offsets are into `String(n)`.
 */
export function targetLength(input: unknown, f: Finding, scrubKey?: KeyScrubber): number | string {
  const path = tokens(f.pointer);
  const last = f.target === 'key' ? path.pop() : undefined;
  let at = input;
  for (const t of path) {
    const next = child(at, t, scrubKey);
    if (!next.found) return `pointer ${JSON.stringify(f.pointer)} does not resolve at ${JSON.stringify(t)}`;
    at = next.value;
  }
  if (f.target === 'key') {
    if (last === undefined || Array.isArray(at) || at === null || typeof at !== 'object') return `key pointer ${JSON.stringify(f.pointer)} names no own key`;
    const key = Object.keys(at).find((k) => k === last || (scrubKey !== undefined && unnumbered(scrubKey(k)) === unnumbered(last)));
    if (key === undefined) return `key pointer ${JSON.stringify(f.pointer)} names no own key`;
    return key.length;
  }
  if (typeof at === 'string') return at.length;
  if (typeof at === 'number' || typeof at === 'bigint') return String(at).length;
  return `pointer ${JSON.stringify(f.pointer)} resolves to a ${at === null ? 'null' : typeof at}, not a string`;
}

/** A message for the first finding out of bounds; undefined when all are in bounds. */
export function findingOutOfBounds(input: unknown, findings: readonly Finding[], scrubKey?: KeyScrubber): string | undefined {
  for (const f of findings) {
    const len = targetLength(input, f, scrubKey);
    if (typeof len === 'string') return `${len}: ${JSON.stringify(f)}`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= len)) {
      return `offsets out of bounds (length ${len}): ${JSON.stringify(f)}`;
    }
  }
  return undefined;
}
