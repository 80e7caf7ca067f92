import { describe, expect, it } from 'vitest';
import { createFactoryCall, createImportRef } from '../../src/config/markers.js';
import { compileNamePolicy, createPolicyBase } from '../../src/config/package-policy.js';
import {
  bucketLabel,
  summarizeBoolean,
  summarizeCount,
  summarizeDefined,
  summarizeEnum,
  summarizeNumber,
  summarizePackage,
  summarizeVersion,
  typeName,
} from '../../src/config/summarize-leaves.js';

describe('enum', () => {
  const node = { kind: 'enum', values: ['shiki', 'prism', false, 1, null] } as const;
  it.each([
    ['shiki', 'shiki'],
    [false, false],
    [1, 1],
    [null, null],
    ['acme-highlighter', '<other>'],
    ['1', '<other>'],
    [{ type: 'shiki' }, '<other>'],
  ])('%j → %j', (value, expected) => {
    expect(summarizeEnum(value, { ...node, values: [...node.values] })).toEqual(expected);
  });

  it('reads `property` of an object (Astro syntaxHighlight: { type })', () => {
    const n = { kind: 'enum' as const, values: ['shiki', 'prism'], property: 'type' };
    expect(summarizeEnum({ type: 'shiki', excludeLangs: ['acme'] }, n)).toBe('shiki');
    expect(summarizeEnum('prism', n)).toBe('prism');
    expect(summarizeEnum({ type: 'acme' }, n)).toBe('<other>');
  });
});

describe('number and buckets', () => {
  it.each([
    [0, '<1'],
    [1, '1-2'],
    [3, '2-4'],
    [6, '4-8'],
    [16, '16+'],
    [99, '16+'],
  ])('%d → %s', (value, expected) => {
    expect(bucketLabel(value, [1, 2, 4, 8, 16])).toBe(expected);
  });

  it('keeps finite numbers without buckets, nothing else', () => {
    expect(summarizeNumber(4321, { kind: 'number' })).toBe(4321);
    expect(summarizeNumber(Number.NaN, { kind: 'number' })).toBe('<other>');
    expect(summarizeNumber('4321', { kind: 'number' })).toBe('<other>');
  });
});

describe('boolean, defined, count, type, version', () => {
  it.each([
    [summarizeBoolean, true, true],
    [summarizeBoolean, 'yes', '<other>'],
    [summarizeDefined, 'https://acme.dev', true],
    [summarizeDefined, null, false],
    [summarizeCount, [1, 2, 3], 3],
    [summarizeCount, { a: 1, b: 2 }, 2],
    [summarizeCount, new Map([[1, 2]]), 1],
    [summarizeCount, 'abc', '<other>'],
    [summarizeVersion, '^4.1.0', '4'],
    [summarizeVersion, 4, '<other>'],
  ] as const)('%o(%j) → %j', (fn, value, expected) => {
    expect((fn as (v: unknown) => unknown)(value)).toEqual(expected);
  });

  it.each([
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
    ['<function>', 'function'],
    [() => {}, 'function'],
    ['acme', 'string'],
    [createFactoryCall('x', 'default', []), 'call'],
    [createImportRef('x', 'default'), 'import'],
  ])('typeName(%j) → %s', (value, expected) => {
    expect(typeName(value)).toBe(expected);
  });
});

describe('package slots', () => {
  const policy = compileNamePolicy({ allow: ['@astrojs/*', 'remark-toc', 'remarkToc'] }, createPolicyBase());
  function remarkToc(): void {}
  function acmeGlossary(): void {}
  class AcmeImageService {}
  it.each([
    ['a name', '@astrojs/mdx', '@astrojs/mdx'],
    ['an integration object', { name: '@astrojs/mdx', hooks: {} }, '@astrojs/mdx'],
    ['a client-named integration', { name: 'acme-portal-sync', hooks: {} }, '<package>'],
    ['a named function', remarkToc, 'remarkToc'],
    ['a client-named function', acmeGlossary, '<package>'],
    ['an anonymous function', (() => () => {})(), '<function>'],
    ['a class instance', new AcmeImageService(), '<package>'],
    ['a plugin tuple', [remarkToc, { heading: 'acme' }], 'remarkToc'],
    ['a factory call', createFactoryCall('@astrojs/node', 'default', [{ mode: 'standalone' }]), '@astrojs/node'],
    ['an import', createImportRef('remark-toc', 'default'), 'remark-toc'],
    ['a local import', createFactoryCall('<path>', 'default', []), '<path>'],
    ['false (disabled)', false, false],
    ['null', null, null],
    ['undefined', undefined, null],
    ['a number', 3, '<other>'],
    ['an object without a name', { hooks: {} }, '<other>'],
    ['an empty tuple', [], '<other>'],
  ])('%s', (_label, value, expected) => {
    expect(summarizePackage(value, policy)).toEqual(expected);
  });
});
