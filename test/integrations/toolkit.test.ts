import { describe, expect, it } from 'vitest';
import { copyRecord } from '../../src/integrations/shared/records.js';
import { createToolkit } from '../../src/integrations/shared/toolkit.js';

const toolkit = createToolkit({ context: { home: '/home/ada', cwd: '/home/ada/app', user: 'ada-lovelace', env: {} }, keepProjectPaths: true });

describe('toolkit.frame', () => {
  it.each<[string | undefined, string | undefined, object]>([
    ['handleRequest', '/home/ada/app/src/server.js', { fn: '<identifier>', file: '<project>/src/server.js', kind: 'user' }],
    ['Object.next', '/home/ada/app/node_modules/pino/lib/proto.js', { fn: 'Object.next', file: '<project>/node_modules/pino/lib/proto.js', kind: 'package' }],
    ['processTicksAndRejections', 'node:internal/process/task_queues', { fn: 'processTicksAndRejections', file: 'node:internal/process/task_queues', kind: 'node' }],
    ['new Secret', '/home/ada/notes/x.js', { fn: 'new <identifier>', file: '<home>', kind: 'user' }],
    [undefined, '/home/ada/app/src/a.js', { fn: undefined, file: '<project>/src/a.js', kind: 'user' }],
    ['Promise.all', undefined, { fn: 'Promise.all', file: undefined, kind: 'native' }],
    // Not writable as a V8 stack line: scrubbed by its kind alone.
    ['ada-lovelace\nmore', '/home/ada/app/src/a.js', { fn: '<identifier>', file: '<project>/src/a.js', kind: 'user' }],
  ])('%j in %j', (fn, file, expected) => {
    expect(toolkit.frame(fn, file)).toEqual(expected);
  });
});

describe('toolkit.code', () => {
  it('tokenizes lines as one block: a comment across lines becomes <comment> on each', () => {
    const lines = ['const token = "abc"; // ada-lovelace', '/* a', 'b */ call(secretName, 42)'];
    expect(toolkit.code(lines)).toEqual(['const <identifier> = <string>; <comment>', '<comment>', '<comment> call(<identifier>, 42)']);
  });
});

describe('toolkit.stack', () => {
  it('gives the same text with or without the name and message hint', () => {
    const error = new TypeError('open /home/ada/app/secret.txt for ada-lovelace');
    const stack = error.stack ?? '';
    expect(toolkit.stack(stack, error.name, error.message)).toBe(toolkit.stack(stack));
    expect(toolkit.stack(stack)).not.toContain('ada-lovelace');
  });
});

describe('copyRecord', () => {
  const rest = (r: Record<string, unknown>) => toolkit.value(r);

  it('keeps the key order; scrubs the other entries in one call, keys included', () => {
    const out = copyRecord({ id: 'x', 'ada-lovelace': 1, msg: 'm', password: 'p' }, new Set(['id']), { msg: () => 'M' }, rest);
    expect(Object.entries(out)).toEqual([['id', 'x'], ['<user>', 1], ['msg', 'M'], ['password', '<redacted>']]);
  });

  it('treats __proto__ as a plain key', () => {
    const out = copyRecord(JSON.parse('{"__proto__": {"x": "/home/ada/y"}}') as Record<string, unknown>, new Set(), {}, rest);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"x":"<home>"}}');
  });

  it('leaves the other entries out when the engine drops them whole', () => {
    expect(copyRecord({ id: 1, a: 'secret' }, new Set(['id']), {}, () => '<dropped:budget>')).toEqual({ id: 1 });
  });
});
