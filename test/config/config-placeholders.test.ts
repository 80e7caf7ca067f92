import { describe, expect, it } from 'vitest';
import { isPlaceholderType, parsePlaceholder, PLACEHOLDER_TYPES } from '../../src/placeholder.js';
import { CONFIG_PLACEHOLDER_TYPES, isPassThroughPlaceholder, nonRegistry, numbered, UNKNOWN_KEYS } from '../../src/config/config-placeholders.js';

describe('config placeholder types', () => {
  it('are valid in the shared grammar and registered with the engine', () => {
    for (const type of CONFIG_PLACEHOLDER_TYPES) {
      expect(isPlaceholderType(type)).toBe(true);
      expect(type in PLACEHOLDER_TYPES).toBe(true);
    }
  });

  it('format through the grammar', () => {
    expect(parsePlaceholder(UNKNOWN_KEYS)).toEqual({ type: 'unknown-keys' });
    expect(parsePlaceholder(nonRegistry('git'))).toEqual({ type: 'non-registry', detail: 'git' });
    expect(numbered('<package>', 3)).toBe('<package#3>');
    expect(numbered('<non-registry:git>', 2)).toBe('<non-registry:git#2>');
  });
});

describe('isPassThroughPlaceholder', () => {
  it.each([
    ['<path>', true],
    ['<dynamic>', true],
    ['<non-registry:git>', true],
    ['<dropped:depth>', true],
    ['<env:ACME_TOKEN>', false],
    ['<acme>', false],
    ['<path#2>', false],
    ['<non-registry:acme>', false],
    ['path', false],
  ])('%s → %s', (value, expected) => {
    expect(isPassThroughPlaceholder(value)).toBe(expected);
  });
});
