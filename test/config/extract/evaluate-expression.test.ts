import { parse } from 'acorn';
import type { ExpressionStatement } from 'acorn';
import { describe, expect, it } from 'vitest';
import { createEvaluateContext, evaluate } from '../../../src/config/extract/evaluate-expression.js';
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
