/**
 * The config fixtures: every fact the schema approves is kept (the expectations below are read from the
 * schemas in rules/config-schemas/, not from output) and no planted value appears.
 */
import { describe, expect, it } from 'vitest';
import { bundledConfigSchemas } from '../../src/config/bundled-schemas.js';
import { extractConfig } from '../../src/config/extract/extract-config.js';
import { summarizeConfig } from '../../src/config/summarize-config.js';
import { fixturePath, leaks, plantedValues, readFixture } from './fixture-files.js';

const astro = bundledConfigSchemas.astro;

describe('astro/astro.config.mjs (static, astro schema)', () => {
  const extracted = extractConfig(readFixture('astro', 'astro.config.mjs'), { sourceType: 'module' });
  const summary = summarizeConfig(extracted.value, astro) as Record<string, unknown>;

  it('keeps enums, booleans and whether paths and URLs are set', () => {
    expect(summary).toMatchObject({ output: 'server', trailingSlash: 'never', compressHTML: true, site: true, base: true });
    expect(summary.prefetch).toEqual({ prefetchAll: true, defaultStrategy: 'viewport' });
    expect(summary.server).toEqual({ host: '<other>', port: true });
  });

  it('keeps allowed integrations and the adapter; client integrations are placeholders', () => {
    expect(summary.adapter).toBe('@astrojs/node');
    // mdx, sitemap, sentry: allowed; a local file; @initech/*: private scope; an inline object named
    // after a client; a call of a local function: code.
    expect(summary.integrations).toEqual(['@astrojs/mdx', '@astrojs/sitemap', '@sentry/astro', '<path>', '<package>', '<package>', '<dynamic>']);
  });

  it('keeps markdown options and allowed plugin names', () => {
    expect(summary.markdown).toEqual({
      syntaxHighlight: 'shiki',
      shikiConfig: { theme: 'string', wrap: true },
      remarkPlugins: ['remark-toc', '<path>'],
      rehypePlugins: ['rehype-slug'],
      gfm: true,
    });
  });

  it('replaces env variable names and redirect paths, keeps their schema facts', () => {
    expect(summary.env).toEqual({
      schema: {
        '<key#1>': { call: 'astro', export: 'envField.string', args: [{ context: 'server', access: 'secret' }] },
        '<key#2>': { call: 'astro', export: 'envField.string', args: [{ context: 'server', access: 'public', default: true, url: true }] },
        '<key#3>': { call: 'astro', export: 'envField.enum', args: [{ context: 'client', access: 'public', values: 2 }] },
      },
      validateSecrets: true,
    });
    expect(summary.redirects).toEqual({ '<key#1>': 'string', '<key#2>': { status: 302, destination: true } });
  });

  it('counts vite records, image domains, locales; lists known experimental flags', () => {
    expect(summary.vite).toEqual({ server: { proxy: 1 }, resolve: { alias: 1 }, define: 1 });
    expect(summary.image).toEqual({ service: { call: 'astro', export: 'passthroughImageService' }, domains: 1 });
    expect(summary.i18n).toEqual({ defaultLocale: true, locales: 3, routing: { prefixDefaultLocale: false } });
    expect(summary.experimental).toEqual({ svg: true, clientPrerender: true, '<key#1>': true });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('astro'))).toEqual([]);
  });
});

describe('astro-runtime/runtime-config.mjs (a resolved config object, astro schema)', async () => {
  const { runtimeConfig } = (await import(fixturePath('astro-runtime', 'runtime-config.mjs'))) as { runtimeConfig: unknown };
  const summary = summarizeConfig(runtimeConfig, astro) as Record<string, unknown>;

  it('summarizes plugin objects, functions and class instances by declared name', () => {
    expect(summary.adapter).toBe('@astrojs/node');
    expect(summary.integrations).toEqual(['@astrojs/mdx', '@astrojs/sitemap', '<package>', false, null, '<package>']);
    expect(summary.markdown).toEqual({ syntaxHighlight: 'prism', remarkPlugins: ['remarkToc', '<package>'], rehypePlugins: ['rehypeSlug'], gfm: true, smartypants: false });
    expect(summary.vite).toEqual({ plugins: ['vite:react-babel', '<package>'], define: 1 });
    expect(summary.image).toEqual({ service: { '<unknown-keys>': 1 }, domains: 1 });
  });

  it('keeps the schema facts and counts unknown keys', () => {
    expect(summary).toMatchObject({ root: true, site: true, base: true, output: 'server', trailingSlash: 'ignore', '<unknown-keys>': 1 });
    expect(summary.build).toEqual({ format: 'directory', concurrency: '4-8', client: true });
    expect(summary.server).toEqual({ host: '<other>', port: true, open: false });
    expect(summary.redirects).toEqual({ '<key#1>': { status: 301, destination: true } });
    expect(summary.env).toEqual({
      schema: { '<key#1>': { context: 'server', access: 'secret', type: 'string' }, '<key#2>': { context: 'client', access: 'public', type: 'enum', values: 2 } },
      validateSecrets: false,
    });
    expect(summary.experimental).toEqual({ svg: true, '<key#1>': true });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('astro-runtime'))).toEqual([]);
  });
});

describe('vite/vite.config.js (a config function, vite schema)', () => {
  const extracted = extractConfig(readFixture('vite', 'vite.config.js'));
  const summary = summarizeConfig(extracted.value, bundledConfigSchemas.vite) as Record<string, unknown>;

  it('keeps allowed plugins; local and computed plugins are placeholders', () => {
    expect(summary.plugins).toEqual(['@vitejs/plugin-react', 'vite-tsconfig-paths', '<path>', '<dynamic>', '<dynamic>']);
  });

  it('keeps enums and buckets, counts aliases, define and proxy entries', () => {
    expect(summary).toMatchObject({ base: true, envPrefix: true, logLevel: 'warn', define: 2, resolve: { alias: 2 } });
    expect(summary.server).toEqual({ host: '<other>', port: true, strictPort: true, https: true, proxy: 2 });
    expect(summary.build).toEqual({ outDir: true, sourcemap: 'hidden', minify: 'esbuild', chunkSizeWarningLimit: '1000-5000', rollupOptions: { external: 'array' } });
    expect(summary.css).toEqual({ preprocessorOptions: { scss: 1 } });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('vite'))).toEqual([]);
  });
});

describe('astro-ts/astro.config.ts (TypeScript, astro schema)', () => {
  const extracted = extractConfig(readFixture('astro-ts', 'astro.config.ts'), { filename: 'astro.config.ts' });
  const summary = summarizeConfig(extracted.value, astro) as Record<string, unknown>;

  it('reads through satisfies, as, <T> assertions and generics; counts what stays <dynamic>', () => {
    // process.env.X!, a call of a local function, two JSON.stringify calls, a template with an expression.
    expect(extracted).toMatchObject({ found: 'export-default', dynamic: 5 });
    expect(summary).toMatchObject({ site: true, base: true, output: 'static', trailingSlash: 'always', compressHTML: true });
    expect(summary.adapter).toBe('@astrojs/vercel');
    // mdx, starlight<T>(): allowed; @initech/*: not allowed; a local file; a call of a local function.
    expect(summary.integrations).toEqual(['@astrojs/mdx', '@astrojs/starlight', '<package>', '<path>', '<dynamic>']);
    expect(summary.markdown).toEqual({ syntaxHighlight: 'prism', remarkPlugins: ['remark-math', '<path>'], rehypePlugins: ['rehype-katex'], gfm: true });
  });

  it('keeps schema facts behind type wrappers; record keys are placeholders', () => {
    expect(summary.server).toEqual({ host: '<other>', port: true });
    expect(summary.redirects).toEqual({ '<key#1>': 'string', '<key#2>': { status: 301, destination: true } });
    expect(summary.env).toEqual({
      schema: {
        '<key#1>': { call: 'astro', export: 'envField.string', args: [{ context: 'server', access: 'secret' }] },
        '<key#2>': { call: 'astro', export: 'envField.enum', args: [{ context: 'client', access: 'public', values: 2, default: true }] },
      },
    });
    expect(summary.image).toEqual({ service: { call: 'astro', export: 'sharpImageService' }, domains: 2 });
    // [...LOCALES] where LOCALES = [...] as const satisfies readonly Locale[]
    expect(summary.i18n).toEqual({ defaultLocale: true, locales: 3, routing: { prefixDefaultLocale: true } });
    expect(summary.vite).toEqual({ define: 2, server: { proxy: 1 } });
    expect(summary.experimental).toEqual({ svg: true, '<key#1>': true });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('astro-ts'))).toEqual([]);
  });
});

describe('vite-ts/vite.config.mts (a TypeScript config function, vite schema)', () => {
  const extracted = extractConfig(readFixture('vite-ts', 'vite.config.mts'), { filename: 'vite.config.mts' });
  const summary = summarizeConfig(extracted.value, bundledConfigSchemas.vite) as Record<string, unknown>;

  it('reads the object the typed config function returns', () => {
    expect(extracted).toMatchObject({ found: 'export-default', dynamic: 1 }); // JSON.stringify(env.…!)
    expect(summary.plugins).toEqual(['@vitejs/plugin-react-swc', 'vite-plugin-checker', '<path>']);
    expect(summary).toMatchObject({ base: true, define: 1, resolve: { alias: 1 }, logLevel: 'warn' });
    expect(summary.server).toEqual({ host: true, port: true, strictPort: true, proxy: 2 });
    expect(summary.build).toEqual({ target: 'es2022', outDir: true, sourcemap: 'hidden', chunkSizeWarningLimit: '1000-5000' });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('vite-ts'))).toEqual([]);
  });
});

describe('eslint/.eslintrc.cjs (structure only)', () => {
  const extracted = extractConfig(readFixture('eslint', '.eslintrc.cjs'), { sourceType: 'script' });
  const summary = summarizeConfig(extracted.value) as Record<string, unknown>;

  it('keeps option names, booleans and types; strings, numbers and record keys are placeholders', () => {
    expect(extracted.found).toBe('module-exports');
    expect(summary).toMatchObject({ root: true, parser: '<string>', env: { browser: true, node: true, '<key#1>': true } });
    expect(summary.parserOptions).toEqual({ ecmaVersion: '<number>', sourceType: '<string>', project: ['<string>', '<string>'], tsconfigRootDir: '<dynamic>' });
    expect(summary.rules).toEqual({
      '<key#1>': '<string>',
      '<key#2>': ['<string>', { ignoreRestArgs: true }],
      '<key#3>': ['<string>', { allow: ['<string>'] }],
      '<key#4>': '<dynamic>',
    });
    expect(summary.globals).toEqual({ '<key#1>': '<string>', '<key#2>': '<string>' });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('eslint'))).toEqual([]);
  });
});

describe('package-json/package.json (package-json schema)', () => {
  const summary = summarizeConfig(JSON.parse(readFixture('package-json', 'package.json')), bundledConfigSchemas['package-json']) as Record<string, unknown>;

  it('keeps public registry dependencies with their majors', () => {
    expect(summary.dependencies).toEqual({
      astro: '5',
      '@astrojs/mdx': '4',
      '@astrojs/node': '9',
      react: '18',
      zod: 'latest',
      '<package#1>': '3', // private scope
      '<package#2>': '2', // private scope
      '<package#3>': '<non-registry:git>', // git+https://token@…
      '<package#4>': '<non-registry:url>', // a tarball on an internal host
      '<package#5>': '<non-registry:path>', // file:
      '<package#6>': '<non-registry:path>', // link:
      '<package#7>': '<non-registry:workspace>',
      '<package#8>': '<non-registry:git>', // user/repo#ref
      '<package#9>': '4', // npm: alias: the key is a local name
      '<package#10>': '<other>', // a team's own dist-tag
    });
    expect(summary.devDependencies).toEqual({ typescript: '5', vitest: '2', '@types/node': '20', '<package#1>': '<non-registry:path>' });
    expect(summary.peerDependencies).toEqual({ 'react-dom': '18' });
    expect(summary.engines).toEqual({ node: '20', pnpm: '9' });
  });

  it('keeps enums and whether fields are set; counts scripts and unknown fields', () => {
    expect(summary).toMatchObject({
      name: true,
      version: true,
      private: true,
      type: 'module',
      license: 'UNLICENSED',
      repository: true,
      packageManager: true,
      publishConfig: true,
      scripts: 2,
      '<unknown-keys>': 1,
    });
  });

  it('leaks no planted value', () => {
    expect(leaks(JSON.stringify(summary), plantedValues('package-json'))).toEqual([]);
  });
});
