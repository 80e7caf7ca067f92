import { isKnownIdentifier, KNOWN_IDENTIFIERS } from './known-identifiers.js';
import { BUILTIN_MEMBERS } from './tokenize-code.js';

// Parts of V8 and JSC function names that are runtime words, not names from user code.
const RUNTIME_PARTS = new Set(['<anonymous>', '<computed>', 'eval', 'Generator', 'AsyncGenerator', 'AsyncFunction', 'Module', 'global code', 'eval code', 'module code']);

/** Whether a frame's function name is made of runtime words only: `Array.map`, `Object.<anonymous>`, `new Promise`. */
export function isRuntimeFrameName(fn: string): boolean {
  if (RUNTIME_PARTS.has(fn) || isKnownIdentifier(fn)) return true;
  const parts = fn.split('.');
  const [first, ...rest] = parts;
  if (first === undefined || !(KNOWN_IDENTIFIERS.has(first) || RUNTIME_PARTS.has(first))) return false;
  return rest.every((part) => RUNTIME_PARTS.has(part) || BUILTIN_MEMBERS.has(part) || KNOWN_IDENTIFIERS.has(part));
}
