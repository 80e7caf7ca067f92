import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { collectScope, importSource } from '../../../src/config/extract/static-scope.js';

const scopeOf = (source: string, sourceType: 'module' | 'script' = 'module') => collectScope(parse(source, { ecmaVersion: 'latest', sourceType }));

describe('collectScope', () => {
  it('collects ES imports', () => {
    const scope = scopeOf(`
      import mdx from '@astrojs/mdx';
      import * as ns from 'pkg';
      import { defineConfig, envField as env, 'odd name' as odd } from 'astro/config';
      import acme from './integrations/acme.mjs';
      import remote from 'https://cdn.acme.dev/x.js';`);
    expect(Object.fromEntries(scope.imports)).toEqual({
      mdx: { source: '@astrojs/mdx', imported: 'default' },
      ns: { source: 'pkg', imported: '*' },
      defineConfig: { source: 'astro/config', imported: 'defineConfig' },
      env: { source: 'astro/config', imported: 'envField' },
      odd: { source: 'astro/config', imported: 'odd name' },
      acme: { source: '<path>', imported: 'default' },
      remote: { source: '<url>', imported: 'default' },
    });
  });

  it('collects CommonJS requires, constants and local functions', () => {
    const scope = scopeOf(
      `const path = require('node:path');
       const { join, sep: separator } = require('path');
       const local = require('./local.cjs');
       const config = { a: 1 };
       let mutable = 2;
       function helper() {}
       class Plugin {}`,
      'script',
    );
    expect(Object.fromEntries(scope.imports)).toEqual({
      path: { source: 'node:path', imported: 'default' },
      join: { source: 'path', imported: 'join' },
      separator: { source: 'path', imported: 'sep' },
      local: { source: '<path>', imported: 'default' },
    });
    expect([...scope.bindings.keys()]).toEqual(['config', 'mutable']);
    expect([...scope.locals]).toEqual(['helper', 'Plugin']);
  });

  it('importSource hides files and URLs only', () => {
    expect(['@astrojs/mdx', 'node:url', '../x.js', '/abs/x.js', 'https://x.dev/a.js'].map(importSource)).toEqual([
      '@astrojs/mdx',
      'node:url',
      '<path>',
      '<path>',
      '<url>',
    ]);
  });
});
