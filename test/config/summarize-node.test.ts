import { describe, expect, it } from 'vitest';
import type { ConfigSchemaNode } from '../../src/config/schema-types.js';
import { createSummarizeEnv } from '../../src/config/summarize-env.js';
import { accepts, summarizeNode } from '../../src/config/summarize-node.js';

const run = (value: unknown, node: ConfigSchemaNode, options = {}) => summarizeNode(value, node, 0, createSummarizeEnv(options));
const obj = (properties: Record<string, ConfigSchemaNode>): ConfigSchemaNode => ({ kind: 'object', properties });

describe('union', () => {
  const node: ConfigSchemaNode = { kind: 'union', of: [{ kind: 'boolean' }, obj({ prefetchAll: { kind: 'boolean' } })] };
  it.each([
    [true, true],
    [{ prefetchAll: false }, { prefetchAll: false }],
    ['hover', '<other>'],
  ])('%j → %j', (value, expected) => {
    expect(run(value, node)).toEqual(expected);
  });

  it('server: an object or, for a function, its type', () => {
    const server: ConfigSchemaNode = { kind: 'union', of: [obj({ port: { kind: 'defined' } }), { kind: 'type' }] };
    expect(run(() => ({}), server)).toBe('function');
    expect(run('<function>', server)).toBe('function');
    expect(run({ port: 4400 }, server)).toEqual({ port: true });
  });
});

describe('accepts', () => {
  it.each([
    [{ kind: 'version' }, '^1', true],
    [{ kind: 'version' }, 1, false],
    [{ kind: 'count' }, new Set(), true],
    [{ kind: 'object', properties: {} }, [], false],
    [{ kind: 'package' }, () => {}, true],
    [{ kind: 'enum', values: [] }, {}, false],
    [{ kind: 'enum', values: [], property: 'type' }, {}, true],
  ] as Array<[ConfigSchemaNode, unknown, boolean]>)('%j accepts %j: %s', (node, value, expected) => {
    expect(accepts(node, value)).toBe(expected);
  });
});

describe('fail closed', () => {
  it('passes <dynamic> through at any node', () => {
    expect(run('<dynamic>', obj({}))).toBe('<dynamic>');
    expect(run('<dynamic>', { kind: 'defined' })).toBe('<dynamic>');
  });

  it('marks a value met again inside itself <circular>', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    const node: ConfigSchemaNode = obj({ self: obj({ self: { kind: 'type' } }) });
    expect(run(a, { kind: 'union', of: [node] })).toEqual({ self: '<circular>' });
    expect(run({ a }, { kind: 'keys', values: { kind: 'keys', values: { kind: 'keys' } } })).toEqual({ '<key#1>': { '<key#1>': '<circular>' } });
    const shared = { port: 1 };
    expect(run({ a: shared, b: shared }, { kind: 'keys', values: obj({ port: { kind: 'number' } }) })).toEqual({ '<key#1>': { port: 1 }, '<key#2>': { port: 1 } });
  });

  it('drops a value whose getter throws', () => {
    const value = Object.defineProperty({}, 'site', {
      enumerable: true,
      get() {
        throw new Error('acme secret in a message');
      },
    });
    expect(run(value, obj({ site: { kind: 'defined' } }))).toBe('<dropped:error>');
  });

  it('drops values past maxDepth and past the node budget', () => {
    const deep = { a: { a: { a: 1 } } };
    const node: ConfigSchemaNode = obj({ a: obj({ a: obj({ a: { kind: 'number' } }) }) });
    expect(run(deep, node, { maxDepth: 2 })).toEqual({ a: { a: { a: '<dropped:depth>' } } });
    expect(run([1, 2, 3], { kind: 'array', items: { kind: 'number' } }, { maxNodes: 2 })).toEqual([1, '<dropped:budget>', '<dropped:budget>']);
  });
});
