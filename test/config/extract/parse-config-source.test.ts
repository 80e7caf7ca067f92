import { describe, expect, it } from 'vitest';
import { parseConfigSource, resolveSourceOptions, sanitizeSyntaxReason } from '../../../src/config/extract/parse-config-source.js';
import type { ConfigSourceOptions } from '../../../src/config/extract/parse-config-source.js';

describe('parseConfigSource', () => {
  it.each([
    ['module', "import a from 'a'; export default {}", 'module'],
    ['script', 'module.exports = { a: 1 }', 'script'],
    ['auto: ESM', 'export default { a: 1 }', 'auto'],
    ['auto: CommonJS with a top-level return', 'if (x) return; module.exports = {}', 'auto'],
    ['a hashbang', '#!/usr/bin/env node\nexport default {}', 'module'],
  ] as const)('parses %s', (_label, source, type) => {
    expect(parseConfigSource(source, type).ok).toBe(true);
  });

  it('reports a syntax error by 1-based line and column, never with source text', () => {
    const result = parseConfigSource("export default {\n  site: 'https://acme.dev',\n  base: 'sk_live_secret' 'x'\n}", 'module');
    expect(result).toEqual({ ok: false, error: { line: 3, column: 26, reason: 'Unexpected token', typescript: false } });
  });

  it('auto reports the module error when both fail', () => {
    const result = parseConfigSource('export default { a: }', 'auto');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(1);
  });
});

describe('parseConfigSource: TypeScript', () => {
  it.each([
    ['type annotations and satisfies', "import type { C } from 'x';\nconst c: C = { a: 1 as const };\nexport default c satisfies C;", { typescript: true }],
    ['interfaces, type aliases, enums, declare', 'interface I { a: string }\ntype T = I;\nenum E { A }\ndeclare const g: string;\nexport default {};', { typescript: true }],
    ['generics, non-null, <T> assertions', 'export default defineConfig<Foo>({ a: <string>x, b: y! });', { filename: 'astro.config.ts' }],
    ['.mts: a typed config function', 'export default ({ mode }: { mode: string }): object => ({ mode });', { filename: 'vite.config.mts' }],
    ['.cts: import = require and export =', "import x = require('x');\nexport = { a: x };", { filename: 'a.config.cts' }],
    ['.cts: CommonJS', "const x: number = 1;\nmodule.exports = { x };", { filename: 'a.config.cts' }],
  ] as const)('parses %s', (_label, source, options: ConfigSourceOptions) => {
    expect(parseConfigSource(source, options).ok).toBe(true);
  });

  it('JavaScript files are not parsed as TypeScript', () => {
    const result = parseConfigSource('const c: C = {};\nexport default c;', { filename: 'astro.config.mjs' });
    expect(result).toEqual({ ok: false, error: { line: 1, column: 8, reason: 'Unexpected token', typescript: false } });
  });

  it('reports a TypeScript syntax error by line and column, never with source text', () => {
    const result = parseConfigSource("interface Acme { key: 'sk_live_secret' }\nexport default { apiKey: 'sk_live_secret' as };", { filename: 'astro.config.ts' });
    expect(result).toEqual({ ok: false, error: { line: 2, column: 46, reason: 'Unexpected token', typescript: true } });
  });
});

describe('resolveSourceOptions', () => {
  it.each([
    [{}, 'auto', false],
    [{ filename: 'astro.config.mjs' }, 'module', false],
    [{ filename: '.eslintrc.cjs' }, 'script', false],
    [{ filename: 'vite.config.js' }, 'auto', false],
    [{ filename: 'astro.config.ts' }, 'auto', true],
    [{ filename: 'src/VITEST.CONFIG.MTS' }, 'module', true],
    [{ filename: 'C:\\app\\x.config.cts' }, 'auto', true], // .cts may use import/export syntax
    [{ filename: 'x.config.tsx' }, 'auto', false], // JSX is not parsed
    [{ filename: 'astro.config.ts', typescript: false, sourceType: 'script' }, 'script', false],
    [{ typescript: true }, 'auto', true],
  ] as const)('%j → %s, typescript %s', (options: ConfigSourceOptions, sourceType, typescript) => {
    expect(resolveSourceOptions(options)).toEqual({ sourceType, typescript });
  });
});

describe('sanitizeSyntaxReason', () => {
  it.each([
    ['Unexpected token (3:25)', 'Unexpected token'],
    ["Identifier 'acmeSecret' has already been declared (1:6)", 'Identifier has already been declared'],
    ["Unexpected character '§' (1:1)", 'Unexpected character'],
    ['Invalid regular expression: /acme-(secret/: Unterminated group (1:1)', 'syntax error'],
    ['Unterminated string constant (2:3)', 'Unterminated string constant'],
    // @sveltejs/acorn-typescript's own messages, some with names from the source.
    ["type 'AcmeSecret' has already been declared. (1:5)", 'type has already been declared.'],
    ['Single type parameter AcmeSecret should have a trailing comma. Example usage: <AcmeSecret,>. (1:1)', 'syntax error'],
    ["'acmeSecret' modifier cannot appear on a type member. (2:3)", 'modifier cannot appear on a type member.'],
  ])('%s → %s', (message, expected) => {
    expect(sanitizeSyntaxReason(message)).toBe(expected);
  });
});

describe('parseConfigSource and nested type assertions', () => {
  // The TypeScript plugin's cost doubles with each nested `<T>(…)` (20 levels: about 10 s): such a
  // source is refused before parsing, with where and why, while generic calls stay allowed.
  const nested = (depth: number) => `export default ${'<T>('.repeat(depth)}x${')'.repeat(depth)};`;

  it('refuses more than 12 assertion calls at once, pointing at the first one past the limit', () => {
    const parsed = parseConfigSource(nested(24), { typescript: true, sourceType: 'module' });
    expect(parsed).toMatchObject({ ok: false, error: { line: 1, column: 'export default '.length + 12 * '<T>('.length + 1, typescript: true } });
    if (!parsed.ok) expect(parsed.error.reason).toMatch(/type assertions/);
  });

  it('parses a few of them, and any number of generic calls', () => {
    expect(parseConfigSource(nested(3), { typescript: true, sourceType: 'module' }).ok).toBe(true);
    const generics = Array.from({ length: 30 }, (_, i) => `const c${i} = defineConfig<Options>({ n: ${i} });`).join('\n');
    expect(parseConfigSource(`${generics}\nexport default c0;`, { typescript: true, sourceType: 'module' }).ok).toBe(true);
  });

  it('leaves JavaScript alone (no type assertions there)', () => {
    expect(parseConfigSource('export default (a < b) > (c);', { sourceType: 'module' }).ok).toBe(true);
  });
});
