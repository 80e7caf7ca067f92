/**
 * Invariants every scrub result must satisfy, shared by the hostile-input cases and the fuzzer:
 * JSON-safe output (checked iteratively, so any depth is fine), well-formed findings, no planted value.
 */
import type { Finding } from '../../src/types.js';

/** The first reason `value` is not a plain JSON value (null, boolean, finite number, string, array, plain object), or undefined. */
export function jsonProblem(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path || '/'}: non-finite number`;
      continue;
    }
    if (typeof v !== 'object') return `${path || '/'}: ${typeof v}`;
    // A value seen before is shared or circular: JSON.stringify, run by the callers, tells which.
    if (seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) return `${path || '/'}: array with a foreign prototype`;
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return `${path}/${i}: hole in array`;
        stack.push([v[i], `${path}/${i}`]);
      }
      continue;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return `${path || '/'}: object with a foreign prototype`;
    if (Object.getOwnPropertySymbols(v).length > 0) return `${path || '/'}: symbol keys`;
    for (const key of Object.getOwnPropertyNames(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)!;
      if (!d.enumerable) return `${path}/${key}: non-enumerable property`;
      if (d.get || d.set) return `${path}/${key}: accessor property`;
      stack.push([d.value, `${path}/${key}`]);
    }
  }
  return undefined;
}

/** The first malformed finding, or undefined. */
export function findingProblem(findings: readonly Finding[]): string | undefined {
  const fields = new Set(['ruleId', 'type', 'detail', 'pointer', 'target', 'start', 'end']);
  for (const f of findings) {
    for (const k of Object.keys(f)) if (!fields.has(k)) return `finding has an unexpected field "${k}"`;
    if (typeof f.ruleId !== 'string' || typeof f.type !== 'string' || typeof f.pointer !== 'string') return 'finding without ruleId, type or pointer';
    if (f.target !== 'key' && f.target !== 'value') return `finding with target ${String(f.target)}`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start) return `finding with bad offsets ${f.start}..${f.end}`;
    if (f.pointer !== '' && !f.pointer.startsWith('/')) return `finding with bad pointer "${f.pointer}"`;
  }
  return undefined;
}

/** The planted values that survive in `serialized` (the JSON text of an output). */
export function survivors(serialized: string, planted: readonly string[]): string[] {
  return planted.filter((p) => p.length > 0 && (serialized.includes(p) || serialized.includes(JSON.stringify(p).slice(1, -1))));
}
