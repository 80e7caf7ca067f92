import { describe, expect, it } from 'vitest';
import { createFactoryCall, createImportRef } from '../../src/config/markers.js';
import { isOptionName, summarizeStructure } from '../../src/config/summarize-structure.js';

describe('isOptionName', () => {
  it.each([
    ['root', true],
    ['outDir', true],
    ['tsconfigRootDir', true],
    ['h1', true],
    ['es2022', false],
    ['STRIPE_SECRET_KEY', false],
    ['no-console', false],
    ['/clients/acme', false],
    ['@acme/ui', false],
    ['a8f9c1e2d3', false],
    ['aVeryLongOptionNameThatGoesOnAndOnForever', false],
  ])('%s → %s', (key, expected) => {
    expect(isOptionName(key)).toBe(expected);
  });
});

describe('summarizeStructure', () => {
  it('keeps option-like keys and types, never strings or numbers', () => {
    expect(summarizeStructure({ project: 'acme-web', port: 5432, strict: true, nothing: null, list: ['a', 1] })).toEqual({
      project: '<string>',
      port: '<number>',
      strict: true,
      nothing: null,
      list: ['<string>', '<number>'],
    });
  });

  it('numbers record keys', () => {
    expect(summarizeStructure({ rules: { 'no-console': 'warn', 'acme/no-x': ['error'] } })).toEqual({ rules: { '<key#1>': '<string>', '<key#2>': ['<string>'] } });
  });

  it('shows factory calls and imports by package, through the public policy', () => {
    const value = {
      plugins: [
        createFactoryCall('@vitejs/plugin-react', 'default', [{ babel: { plugins: ['acme'] } }]),
        createFactoryCall('<path>', 'default', [{ licenseKey: 'ACME-1' }]),
        createFactoryCall('@acme/vite-plugin', 'default', []),
        createImportRef('eslint-plugin-react', 'configs.recommended'),
      ],
    };
    expect(summarizeStructure(value, { privateScopes: ['acme'] })).toEqual({
      plugins: [
        { call: '@vitejs/plugin-react', args: [{ babel: { plugins: ['<string>'] } }] },
        { call: '<path>', args: [{ licenseKey: '<string>' }] },
        { call: '<package>', args: [] },
        { import: 'eslint-plugin-react', export: 'configs.recommended' },
      ],
    });
  });

  it('keeps <dynamic>, shows functions, symbols, instances and cycles by placeholder', () => {
    const cycle: Record<string, unknown> = { name: 'x' };
    cycle.self = cycle;
    expect(summarizeStructure({ a: '<dynamic>', b: () => 1, c: Symbol('s'), d: new URL('https://acme.dev'), e: cycle, f: undefined })).toEqual({
      a: '<dynamic>',
      b: '<function>',
      c: '<symbol>',
      d: '<other>',
      e: { name: '<string>', self: '<circular>' },
      f: null,
    });
  });

  it('limits items, depth and nodes', () => {
    expect(summarizeStructure([1, 2, 3], { maxItems: 2 })).toEqual(['<number>', '<number>', '<truncated:1>']);
    expect(summarizeStructure({ a: { a: { a: 1 } } }, { maxDepth: 2 })).toEqual({ a: { a: { a: '<dropped:depth>' } } });
    expect(summarizeStructure([1, 2], { maxNodes: 2 })).toEqual(['<number>', '<dropped:budget>']);
  });

  it('keeps __proto__ a plain key (as a placeholder)', () => {
    const out = summarizeStructure(JSON.parse('{"__proto__": {"polluted": "yes"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out['<key#1>']).toEqual({ polluted: '<string>' });
  });
});
