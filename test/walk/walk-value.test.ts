import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/index.js';

const scrubber = createScrubber({ rules: ['recommended'], context: { home: '/home/ana', user: 'ana' } });
const scrub = (v: unknown) => scrubber.scrub(v).value;

describe('renderings of non-JSON values', () => {
  it.each([
    ['undefined at top level', undefined, null],
    ['NaN', Number.NaN, 'NaN'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['-0', -0, 0],
    ['bigint', 12n, '12'],
    ['symbol', Symbol('s'), '<symbol>'],
    ['function', function named() {}, '<function>'],
    ['Date', new Date(0), '1970-01-01T00:00:00.000Z'],
    ['invalid Date', new Date(Number.NaN), 'Invalid Date'],
    ['Map', new Map<unknown, unknown>([['a', 1], [2, 'b']]), { a: 1, '2': 'b' }],
    ['Set', new Set([1, 'x']), [1, 'x']],
    ['Uint8Array', new Uint8Array(16), '<binary:16>'],
    ['ArrayBuffer', new ArrayBuffer(8), '<binary:8>'],
    ['boxed string', Object('text'), 'text'],
    ['sparse array', [1, , 3], [1, null, 3]],
    ['undefined in object', { a: undefined, b: 1 }, { b: 1 }],
  ])('%s', (_name, input, expected) => {
    expect(scrub(input)).toEqual(expected);
  });

  it('renders class instances by their own enumerable properties', () => {
    class Point {
      constructor(public x: number, public y: number) {}
      get sum() {
        return this.x + this.y;
      }
    }
    expect(scrub(new Point(1, 2))).toEqual({ x: 1, y: 2 });
  });

  it('scans a RegExp as its source text', () => {
    expect(scrub(/token=\w+ at \/home\/ana\/x/)).not.toContain('ana');
    const re = /^v\d+ in \/home\/ana$/;
    expect(scrub(re)).toBe(scrubber.scrubText(String(re)).text);
  });

  it('uses toJSON', () => {
    expect(scrub({ toJSON: () => ({ kept: '/home/ana/secret.txt' }) })).toEqual({ kept: '<home>' });
  });

  it('marks cycles and keeps shared references', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    const shared = { v: 1 };
    expect(scrub({ a, l: shared, r: shared })).toEqual({ a: { name: 'a', self: '<circular>' }, l: { v: 1 }, r: { v: 1 } });
  });

  it('drops a getter that throws, fail-closed, without losing its siblings', () => {
    const obj = Object.defineProperty({ ok: 1 }, 'bad', {
      enumerable: true,
      get() {
        throw new Error('/home/ana/leak');
      },
    });
    const r = scrubber.scrub(obj);
    expect(r.value).toEqual({ ok: 1, bad: '<dropped:error>' });
    expect(JSON.stringify(r)).not.toContain('leak');
  });

  it('drops a proxy whose traps throw', () => {
    const p = new Proxy({}, { ownKeys() { throw new Error('no'); } });
    expect(scrub({ p })).toEqual({ p: '<dropped:error>' });
  });

  it('keeps __proto__ and constructor as plain keys without polluting', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}');
    const out = scrub(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}');
  });

  it('renders errors with name, message, code, stack, cause, errors and own properties', () => {
    const cause = new Error('inner at /home/ana/a.js');
    const err = Object.assign(new Error('outer', { cause }), { code: 'E_X', path: '/home/ana/b.txt' });
    const out = scrub(err) as Record<string, unknown>;
    expect(out.name).toBe('Error');
    expect(out.message).toBe('outer');
    expect(out.code).toBe('E_X');
    expect(out.path).toBe('<home>');
    expect((out.cause as Record<string, unknown>).message).toBe('inner at <home>');
    expect(JSON.stringify(out)).not.toContain('/home/ana');
  });

  it('gives colliding scrubbed keys distinct names', () => {
    expect(scrub({ '/home/ana/a': 1, '/home/ana/b': 2 })).toEqual({ '<home>': 1, '<home>#2': 2 });
  });

  it('never mutates the input', () => {
    const input = { password: 'x', nested: { path: '/home/ana/x' }, list: ['/home/ana/y'] };
    const copy = structuredClone(input);
    scrub(input);
    expect(input).toEqual(copy);
  });
});

describe('findings never carry a redacted key', () => {
  it('writes pointers with scrubbed keys', () => {
    const s = createScrubber({ rules: ['email', 'file-path'], context: {} });
    const r = s.scrub({ users: { 'bob.builder@example.org': { home: '/home/bob/x' } } });
    expect(r.value).toEqual({ users: { '<email>': { home: '<home>' } } });
    expect(r.findings.map((f) => [f.pointer, f.target])).toEqual([
      ['/users/<email>', 'key'],
      ['/users/<email>/home', 'value'],
    ]);
    expect(JSON.stringify(r.findings)).not.toContain('bob');
  });

  it('also for a key dropped by a limit and a getter that throws', () => {
    const s = createScrubber({ rules: [], limits: { maxStringLength: 8 } });
    const obj = Object.defineProperty({}, 'secret-key-name', { enumerable: true, get: () => { throw new Error('x'); } });
    const r = s.scrub(obj);
    expect(JSON.stringify(r.findings)).not.toContain('secret-key-name');
  });
});
