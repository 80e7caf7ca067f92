import { describe, expect, it } from 'vitest';
import { createFactoryCall } from '../../src/config/markers.js';
import type { ConfigSchemaNode } from '../../src/config/schema-types.js';
import { createSummarizeEnv } from '../../src/config/summarize-env.js';
import { summarizeNode } from '../../src/config/summarize-node.js';

const run = (value: unknown, node: ConfigSchemaNode, options = {}) => summarizeNode(value, node, 0, createSummarizeEnv(options));

describe('keys', () => {
  it('replaces record keys by numbered placeholders and summarizes the values', () => {
    const node: ConfigSchemaNode = { kind: 'keys', values: { kind: 'object', properties: { access: { kind: 'enum', values: ['public', 'secret'] } } } };
    expect(run({ STRIPE_SECRET_KEY: { access: 'secret' }, ACME_URL: { access: 'public', default: 'x' } }, node)).toEqual({
      '<key#1>': { access: 'secret' },
      '<key#2>': { access: 'public', '<unknown-keys>': 1 },
    });
  });

  it('defaults values to defined', () => {
    expect(run({ '/clients/acme': '/vault/acme', '/b': null }, { kind: 'keys' })).toEqual({ '<key#1>': true, '<key#2>': false });
  });

  it('keeps enum keys that are listed', () => {
    const node: ConfigSchemaNode = { kind: 'keys', key: { kind: 'enum', values: ['svg'] }, values: { kind: 'boolean' } };
    expect(run({ svg: true, acmeFlag: true }, node)).toEqual({ svg: true, '<key#1>': true });
  });

  it('keeps package keys of registry dependencies only', () => {
    const node: ConfigSchemaNode = { kind: 'keys', key: { kind: 'package', policy: 'public' }, values: { kind: 'version' } };
    expect(
      run({ react: '^18.2.0', '@acme/ui': '^1.0.0', 'acme-bridge': 'git+https://t@github.com/a/b.git', alias: 'npm:react@^18', tagged: 'acme-canary' }, node),
    ).toEqual({ react: '18', '<package#1>': '1', '<package#2>': '<non-registry:git>', '<package#3>': '18', '<package#4>': '<other>' });
  });

  it('counts the keys past maxItems', () => {
    expect(run({ a: 1, b: 2, c: 3 }, { kind: 'keys' }, { maxItems: 2 })).toEqual({ '<key#1>': true, '<key#2>': true, '<truncated:1>': 1 });
  });

  it('reads Maps', () => {
    expect(run(new Map([['ACME', 1]]), { kind: 'keys', values: { kind: 'number' } })).toEqual({ '<key#1>': 1 });
  });

  it('is <other> for a non-object', () => {
    expect(run('acme', { kind: 'keys' })).toBe('<other>');
  });
});

describe('array', () => {
  const items: ConfigSchemaNode = { kind: 'package', allow: ['@astrojs/*'] };
  it('summarizes item by item', () => {
    expect(run([{ name: '@astrojs/mdx' }, { name: 'acme' }], { kind: 'array', items })).toEqual(['@astrojs/mdx', '<package>']);
  });

  it('flattens nested arrays when asked (Astro integrations, Vite plugins)', () => {
    expect(run([[{ name: '@astrojs/mdx' }, [{ name: '@astrojs/rss' }]], false], { kind: 'array', items, flatten: true })).toEqual(['@astrojs/mdx', '@astrojs/rss', false]);
  });

  it('truncates past maxItems', () => {
    expect(run([1, 2, 3], { kind: 'array', items: { kind: 'number' } }, { maxItems: 2 })).toEqual([1, 2, '<truncated:1>']);
  });

  it('is <other> for a non-array and <function> for a function', () => {
    expect(run('x', { kind: 'array', items })).toBe('<other>');
    expect(run(() => [], { kind: 'array', items })).toBe('<function>');
  });
});

describe('object', () => {
  const node: ConfigSchemaNode = { kind: 'object', properties: { output: { kind: 'enum', values: ['static', 'server'] }, site: { kind: 'defined' } } };
  it('keeps named properties, counts unknown keys, leaves missing keys out', () => {
    expect(run({ output: 'server', acmeSecret: 'x', other: 1 }, node)).toEqual({ output: 'server', '<unknown-keys>': 2 });
  });

  it('never reads inherited properties', () => {
    const n: ConfigSchemaNode = { kind: 'object', properties: { constructor: { kind: 'type' } as ConfigSchemaNode } };
    expect(run({}, n)).toEqual({});
  });

  it('reads class instances by their own keys', () => {
    class Config {
      output = 'static';
    }
    expect(run(new Config(), node)).toEqual({ output: 'static' });
  });
});

describe('call', () => {
  const node: ConfigSchemaNode = {
    kind: 'call',
    package: { kind: 'package', allow: ['astro'] },
    exports: ['envField.string'],
    args: [{ kind: 'object', properties: { access: { kind: 'enum', values: ['secret'] } } }],
  };
  it('keeps the package, a listed export and the summarized args', () => {
    const call = createFactoryCall('astro/config', 'envField.string', [{ access: 'secret', default: 'sk_live_x' }]);
    expect(run(call, node)).toEqual({ call: 'astro', export: 'envField.string', args: [{ access: 'secret', '<unknown-keys>': 1 }] });
  });

  it('drops the export of a package that is not kept, and of exports not listed', () => {
    expect(run(createFactoryCall('@acme/env', 'envField.string', []), node)).toEqual({ call: '<package>', args: [null] });
    expect(run(createFactoryCall('astro/config', 'acmeHelper', []), node)).toEqual({ call: 'astro', args: [null] });
  });

  it('is <other> for anything but a factory call, even a look-alike object', () => {
    expect(run({ call: 'astro', export: 'envField.string', args: [] }, node)).toBe('<other>');
  });
});
