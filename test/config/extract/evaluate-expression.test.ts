import { parse } from 'acorn';
import type { ExpressionStatement } from 'acorn';
import { describe, expect, it } from 'vitest';
import { createEvaluateContext, evaluate } from '../../../src/config/extract/evaluate-expression.js';
import { parseConfigSource } from '../../../src/config/extract/parse-config-source.js';
import { collectScope } from '../../../src/config/extract/static-scope.js';
import { isFactoryCall, isImportRef } from '../../../src/config/markers.js';

const PRELUDE = `import mdx from '@astrojs/mdx'; import { envField } from 'astro/config'; import * as ns from 'ns-pkg';
import tseslint from 'typescript-eslint'; import acme from './acme.mjs'; const SITE = 'https://acme.dev'; const LOOP = LOOP;
const shared = { port: 1 }; function local() {}\n`;

function evalExpr(expression: string): { value: unknown; dynamic: number } {
  const program = parse(`${PRELUDE}(${expression});`, { ecmaVersion: 'latest', sourceType: 'module' });
  const last = program.body[program.body.length - 1] as ExpressionStatement;
  const ctx = createEvaluateContext(collectScope(program));
  return { value: evaluate(last.expression, ctx), dynamic: ctx.dynamic };
}

describe('evaluate: data', () => {
  it.each([
    ["'a'", 'a'],
    ['1.5', 1.5],
    ['-4', -4],
    ['+4', 4],
    ['true', true],
    ['null', null],
    ['`plain`', 'plain'],
    ['[1, , "b"]', [1, null, 'b']],
    ["{ a: 1, 'b-c': [true], 3: 'x', ['d']: 2 }", { a: 1, 'b-c': [true], 3: 'x', d: 2 }],
    ['{ site: SITE }', { site: 'https://acme.dev' }],
    ['{ SITE }', { SITE: 'https://acme.dev' }],
    ['{ ...{ a: 1 }, b: 2 }', { a: 1, b: 2 }],
    ['[...[1, 2], 3]', [1, 2, 3]],
    ['{ a: undefined, b: void 0, c: 1 }', { c: 1 }],
    ['{ f: () => 1, g() {}, get h() { return 1; } }', { f: '<function>', g: '<function>', h: '<function>' }],
    ['{ p: local }', { p: '<function>' }],
  ])('%s', (source, expected) => {
    const { value, dynamic } = evalExpr(source);
    expect(value).toEqual(expected);
    expect(dynamic).toBe(0);
  });

  it('keeps __proto__ a plain key', () => {
    const value = evalExpr('{ __proto__: { polluted: 1 } }').value as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});

describe('evaluate: code is <dynamic>', () => {
  it.each([
    'process.env.SITE',
    'import.meta.env.SITE',
    '`${SITE}/docs`',
    "SITE + '/x'",
    'local()',
    'a ? 1 : 2',
    'new URL("./x", import.meta.url)',
    '/acme-(secret)/',
    '10n',
    'LOOP',
    'shared.port',
    '!0',
    'unknownGlobal',
  ])('%s', (source) => {
    const { value, dynamic } = evalExpr(source);
    expect(value).toBe('<dynamic>');
    expect(dynamic).toBe(1);
  });

  it('numbers dynamic keys and spreads', () => {
    expect(evalExpr('{ [process.env.K]: 1, ...process.env, a: 2 }').value).toEqual({ '<dynamic#1>': 1, '<dynamic#2>': '<dynamic>', a: 2 });
    expect(evalExpr('[...process.argv]').value).toEqual(['<dynamic>']);
  });
});

describe('evaluate: imported factories', () => {
  it.each([
    ['mdx()', { call: '@astrojs/mdx', export: 'default', args: [] }],
    ["mdx({ syntaxHighlight: 'shiki' })", { call: '@astrojs/mdx', export: 'default', args: [{ syntaxHighlight: 'shiki' }] }],
    ["envField.string({ context: 'server' })", { call: 'astro/config', export: 'envField.string', args: [{ context: 'server' }] }],
    ['ns.plugin()', { call: 'ns-pkg', export: 'plugin', args: [] }],
    ['tseslint.config()', { call: 'typescript-eslint', export: 'default.config', args: [] }],
    ['acme({ key: 1 })', { call: '<path>', export: 'default', args: [{ key: 1 }] }],
    ["require('tailwindcss')({})", { call: 'tailwindcss', export: 'default', args: [{}] }],
  ])('%s', (source, expected) => {
    const { value } = evalExpr(source);
    expect(isFactoryCall(value)).toBe(true);
    expect(value).toEqual(expected);
  });

  it.each([
    ['mdx', { import: '@astrojs/mdx', export: 'default' }],
    ['tseslint.configs.recommended', { import: 'typescript-eslint', export: 'default.configs.recommended' }],
    ['ns', { import: 'ns-pkg', export: '*' }],
    ["require('./local.cjs')", { import: '<path>', export: 'default' }],
  ])('%s is an import reference', (source, expected) => {
    const { value } = evalExpr(source);
    expect(isImportRef(value)).toBe(true);
    expect(value).toEqual(expected);
  });
});

describe('evaluate: TypeScript', () => {
  const TS_PRELUDE = `${PRELUDE}import type { Config } from 'types-only'; interface Shape { port: number }
enum Mode { Dev = 'dev' } declare const ambient: string; const typed: Shape = { port: 1 };
const frozen = ['a', 'b'] as const satisfies readonly string[];\n`;

  function evalTs(expression: string): { value: unknown; dynamic: number } {
    const parsed = parseConfigSource(`${TS_PRELUDE}(${expression});`, { typescript: true, sourceType: 'module' });
    if (!parsed.ok) throw new Error(`does not parse: ${expression}`);
    const last = parsed.program.body[parsed.program.body.length - 1] as ExpressionStatement;
    const ctx = createEvaluateContext(collectScope(parsed.program));
    return { value: evaluate(last.expression, ctx), dynamic: ctx.dynamic };
  }

  it.each([
    ["'server' as const", 'server'],
    ['{ a: 1 } satisfies Config', { a: 1 }],
    ['<string>SITE', 'https://acme.dev'],
    ['SITE!', 'https://acme.dev'],
    ['(((SITE as unknown) as string)!)', 'https://acme.dev'],
    ['typed', { port: 1 }],
    ['[...frozen, "c"]', ['a', 'b', 'c']],
    ["{ f: (x: number): number => x, g<T>(v: T): T { return v; } }", { f: '<function>', g: '<function>' }],
    ["mdx<Options>({ syntaxHighlight: 'shiki' as const })", { call: '@astrojs/mdx', export: 'default', args: [{ syntaxHighlight: 'shiki' }] }],
    ['(mdx as any)()', { call: '@astrojs/mdx', export: 'default', args: [] }],
    ["envField!.string({ context: 'server' })", { call: 'astro/config', export: 'envField.string', args: [{ context: 'server' }] }],
    ['(tseslint as Tseslint).configs.recommended', { import: 'typescript-eslint', export: 'default.configs.recommended' }],
    ['mdx<Options>', { import: '@astrojs/mdx', export: 'default' }],
  ])('%s', (source, expected) => {
    const { value, dynamic } = evalTs(source);
    expect(value).toEqual(expected);
    expect(dynamic).toBe(0);
  });

  it.each([
    'process.env.SITE!',
    'Mode.Dev',
    'Mode',
    'ambient',
    'Config',
    '(local as any)()',
    'typed.port as number',
  ])('%s is <dynamic>', (source) => {
    const { value, dynamic } = evalTs(source);
    expect(value).toBe('<dynamic>');
    expect(dynamic).toBe(1);
  });
});
