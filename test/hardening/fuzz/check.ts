/** The invariants the fuzzer checks on every scrub: no throw, JSON-safe, well-formed findings, idempotent, no leak. */
import { isDeepStrictEqual } from 'node:util';
import type { Scrubber } from '../../../src/types.js';
import { findLeak } from '../../property/leak-check.js';
import { findingProblem, jsonProblem } from '../invariants.js';

/** A run slower than this is reported as a counterexample (a hang detector for small inputs). */
export const SLOW_RUN_MS = 5_000;

function fail(message: string): never {
  throw new Error(message);
}

const clip = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
};

/** Where two JSON values first differ: `/error/message: "- <env:X>" then "- <path>"`. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path || '/'}: ${clip(a)} then ${clip(b)}`;
}

function timed<T>(what: string, fn: () => T): T {
  const t = performance.now();
  let out: T;
  try {
    out = fn();
  } catch (e) {
    fail(`${what} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const ms = performance.now() - t;
  if (ms > SLOW_RUN_MS) fail(`${what} took ${Math.round(ms)} ms`);
  return out;
}

/** Scrubs `input` and checks every invariant; `forms`: texts that must not appear in the output. */
export function checkScrub(scrubber: Scrubber, input: unknown, forms: readonly string[] = []): void {
  const once = timed('scrub()', () => scrubber.scrub(input));
  const problem = jsonProblem(once.value) ?? jsonProblem(once.findings) ?? findingProblem(once.findings);
  if (problem) fail(`output not JSON-safe: ${problem}`);
  timed('JSON.stringify(output)', () => JSON.stringify(once));
  const leak = findLeak(once.value, forms);
  if (leak) fail(`leak: ${leak}`);
  const twice = timed('scrub(output)', () => scrubber.scrub(once.value));
  const diff = firstDifference(once.value, twice.value);
  if (diff) fail(`not idempotent: scrubbing the output again changes ${diff}`);
  if (twice.findings.length > 0) fail(`not idempotent: scrubbing the output again finds ${twice.findings.map((f) => f.ruleId).join(', ')}`);
}

/** The same for scrubText(). */
export function checkScrubText(scrubber: Scrubber, text: string, forms: readonly string[] = []): void {
  const once = timed('scrubText()', () => scrubber.scrubText(text));
  if (typeof once.text !== 'string') fail('scrubText() did not return a string');
  const problem = jsonProblem(once.findings) ?? findingProblem(once.findings);
  if (problem) fail(`findings not well-formed: ${problem}`);
  const leak = findLeak(once.text, forms);
  if (leak) fail(`leak: ${leak}`);
  const twice = timed('scrubText(output)', () => scrubber.scrubText(once.text));
  if (twice.text !== once.text) fail(`not idempotent: scrubbing the output again changes ${firstDifference(once.text, twice.text)}`);
}
