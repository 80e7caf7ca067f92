import { describe, expect, it } from 'vitest';
import { isRuntimeFrameName } from '../../src/errors/known-frame-names.js';
import { isPublicModuleName, splitBareSpecifier } from '../../src/errors/npm-name.js';
import { keepsVariable } from '../../src/errors/render-variable.js';
import type { VariableType } from '../../src/errors/template-types.js';

describe('keepsVariable', () => {
  it.each<[VariableType, string, boolean]>([
    ['number', '42', true],
    ['code', 'ERR_ASSERTION', true],
    ['syscall', 'open', true],
    ['type', 'string or an instance of Buffer', true],
    ['extension', '.ts', true],
    ['extension', '.secret-extension-x', false],
    ['token', '}', true],
    ['token', '=>', true],
    ['token', 'export', true],
    ['token', 'hunter2', false],
    ['module', 'esbuild', true],
    ['module', '@scope/pkg/sub', true],
    ['module', 'node:fs/promises', true],
    ['module', './billing', false],
    ['module', '/home/ana/x', false],
    ['module', 'C:\\x', false],
    ['module', 'Capitalized', false],
    ['module', '0123456789abcdef0123456789abcdef', false], // a key, not a package name
    ['identifier', 'require', true],
    ['identifier', '(intermediate value)', true],
    ['identifier', 'nightjarClient.charge', false],
    ['parameter', 'options.mode', true],
    ['parameter', 'x-api-key', true],
    ['parameter', 'a b', false],
    ['value', 'undefined', true],
    ['value', '-12.5', true],
    ['value', "'abc'", false],
    ['path', '/x', false],
    ['string', 'x', false],
    ['hostname', 'localhost', false], // loopback hosts are kept by the renderer, not here
  ])('%s %j → %s', (type, text, kept) => {
    expect(keepsVariable(type, text)).toBe(kept);
  });

  it('keeps every identifier with keepIdentifiers', () => {
    expect(keepsVariable('identifier', 'nightjarClient.charge', { keepIdentifiers: true })).toBe(true);
  });
});

describe('splitBareSpecifier', () => {
  it.each([
    ['lodash', { name: 'lodash', subpath: '' }],
    ['lodash/fp', { name: 'lodash', subpath: '/fp' }],
    ['@babel/core', { name: '@babel/core', subpath: '' }],
    ['@babel/core/lib/index.js', { name: '@babel/core', subpath: '/lib/index.js' }],
    ['./x', undefined],
    ['#internal', undefined],
    ['a@b.com', undefined],
    ['', undefined],
  ])('%j', (specifier, expected) => {
    expect(splitBareSpecifier(specifier)).toEqual(expected);
    expect(isPublicModuleName(specifier)).toBe(expected !== undefined);
  });
});

describe('isRuntimeFrameName', () => {
  it.each([
    ['Array.map', true],
    ['Object.<anonymous>', true],
    ['<anonymous>', true],
    ['Promise.all', true],
    ['JSON.parse', true],
    ['Generator.next', true],
    ['global code', true],
    ['eval', true],
    ['chargeCard', false],
    ['Object.chargeCard', false],
    ['Module../src/index.js', false],
  ])('%j → %s', (fn, known) => {
    expect(isRuntimeFrameName(fn)).toBe(known);
  });
});
