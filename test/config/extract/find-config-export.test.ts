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
