import { describe, expect, it } from 'vitest';
import { extractConfig } from '../../../src/config/extract/extract-config.js';

describe('finding the exported config', () => {
  it.each([
    ['export default {…}', 'export default { a: 1 }', 'export-default'],
    ['defineConfig({…})', "import { defineConfig } from 'astro/config'; export default defineConfig({ a: 1 })", 'export-default'],
    ['a constant', 'const config = { a: 1 }; export default config;', 'export-default'],
    ['a constant through defineConfig', "import { defineConfig } from 'vite'; const c = defineConfig({ a: 1 }); export default c;", 'export-default'],
    ['export { x as default }', 'const config = { a: 1 }; export { config as default };', 'export-default'],
    ['module.exports', 'module.exports = { a: 1 };', 'module-exports'],
    ['exports.default', 'exports.default = { a: 1 };', 'module-exports'],
    ['a config function (arrow)', "import { defineConfig } from 'vite'; export default defineConfig(({ mode }) => ({ a: 1 }))", 'export-default'],
    ['a config function (block)', 'export default defineConfig(function ({ mode }) { const x = 1; return { a: 1 }; })', 'export-default'],
    ['a custom define helper', 'export default defineNuxtConfig({ a: 1 })', 'export-default'],
    ['an exported function declaration', 'export default function () { return { a: 1 }; }', 'export-default'],
  ])('%s', (_label, source, found) => {
    const result = extractConfig(source);
    expect(result.found).toBe(found);
    expect(result.value).toEqual({ a: 1 });
  });

  it('a config function sees its parameters as <dynamic>', () => {
    expect(extractConfig('export default ({ mode }) => ({ mode, base: "/" })').value).toEqual({ mode: '<dynamic>', base: '/' });
  });

  it('the last assignment to module.exports wins', () => {
    expect(extractConfig('module.exports = { a: 1 }; module.exports = { a: 2 };').value).toEqual({ a: 2 });
  });

  it.each([
    ['no export', 'const a = 1;'],
    ['an exported class', 'export default class {}'],
    ['a function without a return', 'export default () => { doSomething(); }'],
  ])('%s → <dynamic> and found none or export-default', (_label, source) => {
    expect(extractConfig(source).value).toBe('<dynamic>');
  });

  it('unwraps define helpers only: defineConfig, defineNuxtConfig, not definedLater or withPlugins', () => {
    expect(extractConfig("import { definedLater } from 'x'; export default definedLater({ a: 1 })").value).toEqual({ call: 'x', export: 'definedLater', args: [{ a: 1 }] });
    expect(extractConfig('export default withPlugins({ a: 1 })').value).toBe('<dynamic>');
  });

  it('a constant referring to itself does not loop', () => {
    expect(extractConfig('const c = c; export default c;').value).toBe('<dynamic>');
  });
});

describe('finding the exported config: TypeScript', () => {
  const ts = (source: string) => extractConfig(source, { typescript: true });

  it.each([
    ['defineConfig({…} satisfies T)', "import { defineConfig } from 'astro/config';\nimport type { AstroUserConfig } from 'astro';\nexport default defineConfig({ a: 1 } satisfies AstroUserConfig);", 'export-default'],
    ['export default {…} as T', "import type { UserConfig } from 'vite';\nexport default { a: 1 } as UserConfig;", 'export-default'],
    ['export default defineConfig({…}) as T', 'export default defineConfig({ a: 1 }) as UserConfig;', 'export-default'],
    ['a typed constant', "import type { UserConfig } from 'vite';\nconst config: UserConfig = { a: 1 };\nexport default config;", 'export-default'],
    ['a constant with satisfies', 'const config = { a: 1 } satisfies Config;\nexport default config;', 'export-default'],
    ['<T>x and x!', 'const config = { a: 1 };\nexport default <Config>config!;', 'export-default'],
    ['defineConfig<T>({…})', 'interface Foo { a: number }\nexport default defineConfig<Foo>({ a: 1 });', 'export-default'],
    ['(defineConfig as any)({…})', 'export default (defineConfig as any)({ a: 1 });', 'export-default'],
    ['a typed config function (arrow)', "import { defineConfig, type UserConfig } from 'vite';\nexport default defineConfig(({ mode }: { mode: string }): UserConfig => ({ a: 1 }));", 'export-default'],
    ['a typed config function returning satisfies', 'export default defineConfig(function ({ mode }: Env): UserConfig { const x: number = 1; return { a: 1 } satisfies UserConfig; });', 'export-default'],
    ['export = (.cts)', 'export = { a: 1 };', 'module-exports'],
    ['export = defineConfig(…) (.cts)', "import defineConfig = require('x');\nexport = defineConfig({ a: 1 });", 'module-exports'],
    ['an overload signature, then the function', 'export default function config(env: string): object;\nexport default function config(env) { return { a: 1 }; }', 'export-default'],
    ['export { type T as default } is a type: the value export wins', 'type T = {};\nconst c = { a: 1 };\nexport { c as default };\nexport { type T as default };', 'export-default'],
    ['a default-exported interface is a type, not the config', 'const c = { a: 1 };\nexport default c;\nexport default interface Config { a: number }', 'export-default'],
  ])('%s', (_label, source, found) => {
    const result = ts(source);
    expect(result.found).toBe(found);
    expect(result.value).toEqual({ a: 1 });
  });

  it.each([
    ['only an interface', 'export default interface Config { a: number }'],
    ['only a type export', 'type T = { a: 1 };\nexport type { T as default };'],
    ['an enum', 'enum Mode { A }\nexport default Mode;'],
  ])('%s → <dynamic>', (_label, source) => {
    expect(ts(source).value).toBe('<dynamic>');
  });
});
