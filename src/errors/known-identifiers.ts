/**
 * Names that are not user data: JavaScript keywords and the globals of JavaScript runtimes.
 * Messages and code frames keep them even when user identifiers become `<identifier>`.
 */

// ECMAScript reserved words, literals and contextual keywords (ECMA-262 §12.7, §13.1).
const KEYWORDS = `await break case catch class const continue debugger default delete do else enum export extends
false finally for function if import in instanceof new null return super switch this throw true try typeof var void
while with yield let static implements interface package private protected public as async from get of set target
meta accessor undefined NaN Infinity arguments eval`;

// TypeScript type keywords seen in code frames of .ts files.
const TYPE_KEYWORDS = `any unknown never string number boolean bigint symbol object type declare namespace module
readonly keyof infer is asserts abstract override satisfies unique global`;

// Globals of ECMAScript, Node.js, browsers and workers that messages often name.
const GLOBALS = `globalThis Object Function Array Number parseFloat parseInt Boolean String Symbol Date Promise RegExp
Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError JSON Math Intl ArrayBuffer
SharedArrayBuffer DataView Atomics Uint8Array Int8Array Uint16Array Int16Array Uint32Array Int32Array Float32Array
Float64Array BigInt64Array BigUint64Array Uint8ClampedArray BigInt Map Set WeakMap WeakSet WeakRef
FinalizationRegistry Proxy Reflect Iterator encodeURI decodeURI encodeURIComponent decodeURIComponent isNaN isFinite
require module exports __dirname __filename process Buffer global setTimeout setInterval setImmediate
clearTimeout clearInterval clearImmediate queueMicrotask structuredClone console fetch Request Response Headers
FormData Blob File URL URLSearchParams AbortController AbortSignal TextEncoder TextDecoder EventTarget Event
WebSocket crypto performance atob btoa window self document navigator location history localStorage
sessionStorage indexedDB customElements HTMLElement Element Node ResizeObserver MutationObserver
IntersectionObserver requestAnimationFrame cancelAnimationFrame XMLHttpRequest Worker importScripts Deno Bun
assert expect describe it test beforeEach afterEach vi jest`;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export const JS_KEYWORDS: ReadonlySet<string> = new Set(words(KEYWORDS));

/** Keywords and globals: names that code frames and messages keep. */
export const KNOWN_IDENTIFIERS: ReadonlySet<string> = new Set([...words(KEYWORDS), ...words(TYPE_KEYWORDS), ...words(GLOBALS)]);

/** Whether a name from a message is not user data: a keyword, a runtime global, or V8's `(intermediate value)`. */
export function isKnownIdentifier(text: string): boolean {
  return text === '(intermediate value)' || KNOWN_IDENTIFIERS.has(text);
}
