import { describe, expect, it } from 'vitest';
import { compileNamePolicy, createPolicyBase } from '../../src/config/package-policy.js';
import type { PackageNode } from '../../src/config/schema-types.js';
import type { SummarizeOptions } from '../../src/config/summary-types.js';

const policy = (node: Omit<PackageNode, 'kind'>, options: SummarizeOptions = {}) => compileNamePolicy(node, createPolicyBase(options));

describe('allowlist policy (default)', () => {
  const p = policy({ allow: ['@astrojs/*', 'remark-toc', 'vite:react-*', 'remarkToc'] });
  it.each([
    ['@astrojs/mdx', '@astrojs/mdx'],
    ['@astrojs/vercel/serverless', '@astrojs/vercel'],
    ['remark-toc', 'remark-toc'],
    ['remarkToc', 'remarkToc'],
    ['vite:react-babel', 'vite:react-babel'],
    ['node:url', 'node:url'],
    ['acme-analytics', '<package>'],
    ['@acme/astro-cms', '<package>'],
    ['Acme Client SSO', '<package>'],
    ['./integrations/acme.mjs', '<path>'],
    ['/Users/alice/acme/plugin.js', '<path>'],
    ['https://cdn.acme.internal/plugin.js', '<url>'],
    ['github:acme/plugin', '<non-registry:git>'],
    ['workspace:plugin', '<non-registry:workspace>'],
    ['<path>', '<path>'],
    ['<dynamic>', '<dynamic>'],
  ])('%s → %s', (name, expected) => {
    expect(p.summarize(name)).toBe(expected);
  });
});

describe('public policy', () => {
  const p = policy({ policy: 'public' }, { publicScopes: ['myorg-oss'], privateScopes: ['acme'] });
  it.each([
    ['react', 'react'],
    ['@types/node', '@types/node'],
    ['@myorg-oss/ui', '@myorg-oss/ui'],
    ['@acme/ui', '<package>'],
    ['@unknown-scope/ui', '<package>'],
    ['file:../ui', '<path>'],
  ])('%s → %s', (name, expected) => {
    expect(p.summarize(name)).toBe(expected);
  });

  it('asks isPublicPackage when given', () => {
    const q = policy({ policy: 'public' }, { isPublicPackage: (n) => n === 'react' });
    expect(q.summarize('react')).toBe('react');
    expect(q.summarize('acme-billing')).toBe('<package>');
  });

  it('keeps an unscoped valid name without isPublicPackage (the documented limit of the public policy)', () => {
    expect(policy({ policy: 'public' }).summarize('acme-billing')).toBe('acme-billing');
  });
});

describe('options', () => {
  it('allowPackages extends every allowlist', () => {
    expect(policy({}, { allowPackages: ['acme-analytics'] }).summarize('acme-analytics')).toBe('acme-analytics');
  });

  it('privateScopes win over the allowlist', () => {
    expect(policy({ allow: ['@acme/*'] }, { privateScopes: ['acme'] }).summarize('@acme/ui')).toBe('<package>');
  });
});
