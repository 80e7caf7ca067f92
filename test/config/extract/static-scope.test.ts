import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { parseConfigSource } from '../../../src/config/extract/parse-config-source.js';
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

describe('collectScope: TypeScript', () => {
  const tsScopeOf = (source: string) => {
    const parsed = parseConfigSource(source, { typescript: true });
    if (!parsed.ok) throw new Error('test source does not parse');
    return collectScope(parsed.program);
  };

  it('skips type-only imports; keeps value imports next to them', () => {
    const scope = tsScopeOf(`
      import type { AstroUserConfig } from 'astro';
      import type Default from 'types-only';
      import { defineConfig, type UserConfig, envField } from 'vite';
      import mdx from '@astrojs/mdx';`);
    expect(Object.fromEntries(scope.imports)).toEqual({
      defineConfig: { source: 'vite', imported: 'defineConfig' },
      envField: { source: 'vite', imported: 'envField' },
      mdx: { source: '@astrojs/mdx', imported: 'default' },
    });
  });

  it('reads import = require(…) as a CommonJS import; skips aliases and type-only ones', () => {
    const scope = tsScopeOf(`
      import tailwind = require('tailwindcss');
      import local = require('./local.cjs');
      export import exported = require('exported-pkg');
      import type T = require('types-only');
      namespace N { export const x = 1; }
      import alias = N.x;`);
    expect(Object.fromEntries(scope.imports)).toEqual({
      tailwind: { source: 'tailwindcss', imported: 'default' },
      local: { source: '<path>', imported: 'default' },
      exported: { source: 'exported-pkg', imported: 'default' },
    });
  });

  it('collects typed constants; interfaces, type aliases, enums and declarations are not bindings', () => {
    const scope = tsScopeOf(`
      interface I { a: string }
      type T = { a: 1 };
      enum E { A }
      declare const ambient: string;
      const config: I = { a: 'x' };
      let definite!: number;
      export const exported: T = { a: 1 };
      function helper(x: number): number { return x; }
      abstract class Plugin {}`);
    expect([...scope.bindings.keys()]).toEqual(['config', 'exported']);
    expect([...scope.locals]).toEqual(['helper', 'Plugin']);
  });
});
