/**
 * Hostile shapes of input: huge strings, deep nesting, huge objects and arrays, broken UTF-16, NUL
 * bytes, prototype tricks. Each must finish, not throw, give JSON-safe output and fail closed with the
 * exact placeholder where a limit applies (run by ../hostile-inputs.test.ts in a watched child).
 */
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import type { Finding, JsonValue, ScrubResult, TextResult } from '../../../src/types.js';
import type { HostileCase } from './case-types.js';
import { MB, PLANTED, manyKeys, nestedArrays, nestedObjects, plantedText, run } from './inputs.js';

const limitFinding = (detail: string, pointer: string, end: number, target: 'key' | 'value' = 'value'): Finding => ({
  ruleId: 'limits',
  type: 'dropped',
  detail,
  pointer,
  target,
  start: 0,
  end,
});

const textOf = (r: ScrubResult | TextResult) => (r as TextResult).text;
const valueOf = (r: ScrubResult | TextResult) => (r as ScrubResult).value;
const budgetFindings = (r: ScrubResult | TextResult) => r.findings.filter((f) => f.ruleId === 'limits' && f.detail === 'budget');

export const CASES: readonly HostileCase[] = [
  {
    name: '10 MB string, default limits: <dropped:too-long>',
    mode: 'text',
    input: () => plantedText(10 * MB),
    isolate: true,
    maxRetainedBytes: 4 * MB,
    maxPeakRssBytes: 64 * MB,
    check: (r) => {
      strictEqual(textOf(r), '<dropped:too-long>');
      deepStrictEqual(r.findings, [limitFinding('too-long', '', 10 * MB)]);
    },
  },
  {
    name: '10 MB string as a value and as a key: <dropped:too-long> for each',
    mode: 'value',
    input: () => {
      const big = plantedText(10 * MB);
      return { message: big, [big.slice(0, 2 * MB)]: 'key too long' };
    },
    check: (r) => {
      deepStrictEqual(valueOf(r), { message: '<dropped:too-long>', '<dropped:too-long>': 'key too long' });
      deepStrictEqual(r.findings[0], limitFinding('too-long', '/message', 10 * MB));
      const key = r.findings[1];
      ok(key && key.detail === 'too-long' && key.target === 'key' && key.end === 2 * MB, 'the long key is reported as dropped');
    },
  },
  {
    name: '1 000 000 characters is scanned; 1 000 001 is <dropped:too-long>',
    mode: 'value',
    // About the length limit, not the clock: a loaded machine must not turn the scan into <dropped:budget>.
    options: { limits: { timeBudgetMs: 120_000 } },
    input: () => [plantedText(MB), plantedText(MB + 1)],
    planted: PLANTED,
    check: (r) => {
      const [scanned, dropped] = valueOf(r) as string[];
      ok(scanned !== '<dropped:too-long>' && scanned!.length > 0);
      strictEqual(dropped, '<dropped:too-long>');
    },
  },
  {
    name: '10 MB string, maxStringLength 20 MB: scanned or <dropped:budget>, never raw',
    mode: 'text',
    options: { limits: { maxStringLength: 20_000_000 } },
    input: () => plantedText(10 * MB),
    planted: PLANTED,
    isolate: true,
    maxRetainedBytes: 64 * MB,
    maxPeakRssBytes: 1_500 * MB,
    check: (r, input) => {
      const text = textOf(r);
      ok(text === '<dropped:budget>' || (text !== input && text.includes('<env:FAKE_API_TOKEN>')), 'scanned (planted values replaced) or dropped');
    },
  },
  {
    name: 'a spent time budget drops the value it runs out in, and the rest of its container',
    mode: 'value',
    options: { limits: { maxStringLength: 20_000_000, timeBudgetMs: 1 } },
    input: () => [plantedText(2 * MB), `after the budget: ${PLANTED[0]}`, { key: PLANTED[1] }],
    planted: PLANTED,
    check: (r) => {
      // The 2 MB scan outlasts 1 ms: it is stopped and dropped; what follows is one <truncated:2> marker.
      const out = valueOf(r) as JsonValue[];
      strictEqual(out[0], '<dropped:budget>');
      strictEqual(out[1], '<truncated:2>');
      strictEqual(out.length, 2);
      ok(budgetFindings(r).some((f) => f.pointer === '/0'), 'a budget finding points at /0');
    },
  },
  {
    name: '1 000 000 nested arrays: <dropped:depth> at depth 64',
    mode: 'value',
    input: () => nestedArrays(1_000_000),
    check: (r) => {
      let v: unknown = valueOf(r);
      for (let i = 0; i < 64; i++) {
        ok(Array.isArray(v) && v.length === 1, `an array of one at depth ${i}`);
        v = v[0];
      }
      strictEqual(v, '<dropped:depth>');
      deepStrictEqual(r.findings, [limitFinding('depth', '/0'.repeat(64), 0)]);
    },
  },
  {
    name: '1 000 000 nested objects: <dropped:depth> at depth 64',
    mode: 'value',
    input: () => nestedObjects(1_000_000),
    check: (r) => {
      let v: unknown = valueOf(r);
      for (let i = 0; i < 64; i++) v = (v as Record<string, unknown>).a;
      strictEqual(v, '<dropped:depth>');
      deepStrictEqual(r.findings, [limitFinding('depth', '/a'.repeat(64), 0)]);
    },
  },
  {
    name: '1 000 000 nested arrays with maxDepth and maxNodes 1e9: the stack overflow fails closed',
    mode: 'value',
    options: { limits: { maxDepth: 1e9, maxNodes: 1e9 } },
    input: () => nestedArrays(1_000_000),
    check: (r) => {
      ok(JSON.stringify(valueOf(r)).includes('<dropped:'), 'a <dropped:…> placeholder where the walk stopped');
      ok(r.findings.some((f) => f.ruleId === 'limits'), 'a limits finding');
    },
  },
  {
    name: 'object with 1 000 000 keys: past the budget, one <truncated> entry',
    mode: 'value',
    input: () => manyKeys(1_000_000, (i) => `k${i}`),
    isolate: true,
    maxPeakRssBytes: 1_500 * MB,
    check: (r) => {
      const out = valueOf(r) as Record<string, unknown>;
      const keys = Object.keys(out);
      ok(keys.length <= 100_002, `the output stops near the node budget (${keys.length} keys)`);
      const last = keys[keys.length - 1]!;
      ok(/^<truncated(?::\d+)?>$/.test(last), `the last key is a <truncated> marker (${last})`);
      strictEqual(out[last], '<dropped:budget>');
      ok(keys.every((k) => /^k\d+$/.test(k) || k.startsWith('<dropped:budget>') || k === last), 'keys are kept, dropped or the marker');
      ok(budgetFindings(r).length > 0, 'the node budget (100 000) is reported');
    },
  },
  {
    name: '100 000 keys that all scrub to the same placeholder',
    mode: 'value',
    input: () => manyKeys(100_000, (i) => `/home/fakeuser/notes/file-${i}.txt`),
    planted: ['fakeuser', '/home/'],
  },
  {
    name: 'array of 1 000 000 strings: past the budget, one <truncated:N> item',
    mode: 'value',
    input: () => Array.from({ length: 1_000_000 }, (_, i) => `item ${i}`),
    check: (r) => {
      const out = valueOf(r) as string[];
      ok(out.length <= 100_002, `the output stops near the node budget (${out.length} items)`);
      const m = /^<truncated:(\d+)>$/.exec(out[out.length - 1] ?? '');
      ok(m, 'the last item is <truncated:N>');
      strictEqual(Number(m[1]) + out.length - 1, 1_000_000, 'N counts the items left out');
      ok(out.slice(0, -1).every((v, i) => v === `item ${i}` || v === '<dropped:budget>'));
      ok(budgetFindings(r).length > 0);
    },
  },
  {
    name: 'sparse array of length 2^32 - 1',
    mode: 'value',
    input: () => {
      const a: unknown[] = [PLANTED[0]];
      a.length = 2 ** 32 - 1;
      return a;
    },
    planted: PLANTED,
  },
  {
    name: 'Map and Set with 1 000 000 entries',
    mode: 'value',
    input: () => ({
      map: new Map(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i])),
      set: new Set(Array.from({ length: 1_000_000 }, (_, i) => `v${i}`)),
    }),
    check: (r) => ok(budgetFindings(r).length > 0),
  },
  {
    name: 'invalid UTF-16: lone and reversed surrogates, in keys and values, next to secrets',
    mode: 'value',
    input: () => ({
      '\uD800key\uDC00': 'x\uDC00y',
      lone: '\uD800',
      reversed: '\uDC00\uD800',
      token: `\uD800${PLANTED[0]}\uDFFF`,
      email: `${PLANTED[1]}\uD800`,
      path: `\uDBFF${PLANTED[2]}\uDC00`,
      run: run('\uDFFF\uD800a', 100_000),
      encoded: `%ED%A0%80 ${encodeURIComponent(PLANTED[2])} \\ud800 ${JSON.stringify(PLANTED[0]).slice(1, -1)}`,
    }),
    planted: PLANTED,
    idempotent: true,
  },
  {
    name: 'invalid UTF-16: 1 MB of alternating lone surrogates and text',
    mode: 'text',
    input: () => run(`\uD800a\uDC00 ${PLANTED[1]} \uDBFF`, MB),
    planted: [PLANTED[1]],
    idempotent: true,
  },
  {
    name: 'NUL bytes: in keys, values, around secrets, 1 MB of them',
    mode: 'value',
    input: () => ({
      'k\u0000ey': 'a\u0000b',
      nul: '\u0000'.repeat(MB),
      mixed: `${PLANTED[0]}\u0000${PLANTED[2]}\u0000${PLANTED[1]}\u0000`,
      [`\u0000${PLANTED[1]}`]: 1,
    }),
    planted: PLANTED,
    idempotent: true,
  },
  {
    name: 'JSON with duplicate keys, __proto__ and constructor: no pollution, kept as plain keys',
    mode: 'value',
    input: () =>
      JSON.parse(
        `{"__proto__":{"polluted":"yes","email":"${PLANTED[1]}"},"a":1,"a":"${PLANTED[2]}",` +
          `"constructor":{"prototype":{"polluted":"yes"}},"nested":{"__proto__":{"__proto__":{"polluted":"yes"}}},"toJSON":"${PLANTED[0]}"}`,
      ) as unknown,
    planted: PLANTED,
    idempotent: true,
    check: (r) => {
      const out = valueOf(r) as Record<string, unknown>;
      strictEqual(({} as Record<string, unknown>).polluted, undefined);
      strictEqual(Object.getPrototypeOf(out), Object.prototype);
      ok(Object.prototype.hasOwnProperty.call(out, '__proto__'), '__proto__ stays an own key');
      strictEqual(typeof out.__proto__, 'object');
      ok(!('polluted' in out), 'the output does not inherit from the __proto__ value');
      ok(JSON.stringify(out).includes('"__proto__":'));
    },
  },
  {
    name: 'objects that fight back: throwing getters, Proxy traps, toJSON tricks, null prototypes',
    mode: 'value',
    input: () => {
      const nullProto = Object.create(null) as Record<string, unknown>;
      Object.defineProperty(nullProto, '__proto__', { value: PLANTED[0], enumerable: true });
      const selfJson = { toJSON: () => selfJson, secret: PLANTED[0] };
      const cyclic: Record<string, unknown> = { name: PLANTED[1] };
      cyclic.self = cyclic;
      const err = new Error(`failed for ${PLANTED[1]}`) as Error & { cause?: unknown };
      err.cause = err;
      return {
        getter: Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error(PLANTED[0]); } }),
        proxy: new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } }),
        proxyGet: new Proxy({ a: 1 }, { get: () => { throw new Error('no get'); } }),
        toJsonThrows: { toJSON: () => { throw new Error(PLANTED[0]); } },
        toJsonBig: { toJSON: () => plantedText(2 * MB) },
        selfJson,
        nullProto,
        cyclic,
        err,
        bigint: 10n ** 400n + 4242424242424242n,
        symbolKey: { [Symbol('s')]: PLANTED[0], ok: 1 },
      };
    },
    planted: PLANTED,
  },
  {
    name: 'Error with a 10 MB message and a 1 MB stack of frames',
    mode: 'value',
    input: () => {
      const err = new Error(plantedText(10 * MB));
      err.stack = `Error: boom\n${run(`    at handler (${PLANTED[2]}:1:1)\n`, MB)}`;
      return { err, errors: new AggregateError(Array.from({ length: 200_000 }, () => new Error(PLANTED[1]))) };
    },
    planted: PLANTED,
  },
];
