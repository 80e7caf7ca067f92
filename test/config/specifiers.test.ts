import { describe, expect, it } from 'vitest';
import { classifySpecifier, isNpmName, namesRegistryPackage, reduceVersion, scopeOf } from '../../src/config/specifiers.js';

describe('classifySpecifier', () => {
  it.each([
    ['@astrojs/mdx', { kind: 'name', name: '@astrojs/mdx' }],
    ['@astrojs/vercel/serverless', { kind: 'name', name: '@astrojs/vercel' }],
    ['lodash/fp', { kind: 'name', name: 'lodash' }],
    ['node:fs/promises', { kind: 'builtin', name: 'node:fs' }],
    ['./integrations/acme.mjs', { kind: 'path' }],
    ['../shared', { kind: 'path' }],
    ['/Users/alice/x.js', { kind: 'path' }],
    ['C:\\work\\x.js', { kind: 'path' }],
    ['~/x', { kind: 'path' }],
    ['file:../x', { kind: 'path' }],
    ['link:../x', { kind: 'path' }],
    ['https://esm.sh/react', { kind: 'url' }],
    ['git+https://token@github.com/a/b.git', { kind: 'git' }],
    ['github:acme/b', { kind: 'git' }],
    ['workspace:*', { kind: 'workspace' }],
    ['vite:react-babel', { kind: 'other' }],
    ['remarkToc', { kind: 'other' }],
    ['Acme Corp Plugin', { kind: 'other' }],
  ])('%s', (spec, expected) => {
    expect(classifySpecifier(spec)).toEqual(expected);
  });
});

describe('reduceVersion', () => {
  it.each([
    ['^4.2.0', '4'],
    ['~0.3.1', '0'],
    ['18.3.1', '18'],
    ['>=18 <20', '18'],
    ['^4 || ^5', '4'],
    ['4.x', '4'],
    ['v2.0.0', '2'],
    ['1.0.0-acme-internal.3', '1'],
    ['*', '*'],
    ['', '*'],
    ['latest', 'latest'],
    ['NEXT', 'next'],
    ['acme-canary', '<other>'],
    ['npm:@acme/lodash@^4.17.21', '4'],
    ['npm:left-pad', '*'],
    ['file:../../Users/alice/utils', '<non-registry:path>'],
    ['link:../theme', '<non-registry:path>'],
    ['../local', '<non-registry:path>'],
    ['workspace:^', '<non-registry:workspace>'],
    ['git+https://ghp_x@github.com/acme/a.git#v1', '<non-registry:git>'],
    ['git@github.com:acme/a.git', '<non-registry:git>'],
    ['acme/forms#main', '<non-registry:git>'],
    ['https://registry.acme.internal/a-1.2.3.tgz', '<non-registry:url>'],
    ['some thing odd!', '<non-registry>'],
  ])('%s → %s', (spec, expected) => {
    expect(reduceVersion(spec)).toBe(expected);
  });
});

describe('namesRegistryPackage', () => {
  it.each([
    ['^5.1.0', true],
    ['latest', true],
    ['npm:@acme/lodash@^4', false],
    ['acme-canary', false],
    ['file:../x', false],
    ['workspace:*', false],
  ])('%s → %s', (spec, expected) => {
    expect(namesRegistryPackage(spec)).toBe(expected);
  });
});

describe('npm names', () => {
  it.each([
    ['astro', true],
    ['@astrojs/mdx', true],
    ['Astro', false],
    ['.hidden', false],
    ['a b', false],
  ])('isNpmName(%s) → %s', (name, expected) => {
    expect(isNpmName(name)).toBe(expected);
  });

  it('scopeOf', () => {
    expect(scopeOf('@astrojs/mdx')).toBe('astrojs');
    expect(scopeOf('astro')).toBeUndefined();
  });
});
