import { describe, expect, it } from 'vitest';
import { formatPlaceholder, parsePlaceholder, PLACEHOLDER_PATTERN, sanitizeDetail } from '../src/placeholder.js';

describe('formatPlaceholder', () => {
  it.each([
    [['path'], '<path>'],
    [['env', 'GITHUB_TOKEN'], '<env:GITHUB_TOKEN>'],
    [['secret', 'stripe-key', 2], '<secret:stripe-key#2>'],
    [['email', undefined, 1], '<email#1>'],
    [['env', 'ProgramFiles(x86)'], '<env:ProgramFiles-x86->'],
  ] as const)('%j → %s', (args, expected) => {
    expect(formatPlaceholder(...(args as unknown as [string, string?, number?]))).toBe(expected);
  });
});

describe('parsePlaceholder', () => {
  it.each([
    ['<path>', { type: 'path' }],
    ['<env:NODE_AUTH_TOKEN>', { type: 'env', detail: 'NODE_AUTH_TOKEN' }],
    ['<secret:github-token#3>', { type: 'secret', detail: 'github-token', n: 3 }],
    ['<Path>', undefined],
    ['<path', undefined],
    ['<env:a b>', undefined],
    ['x<path>', undefined],
  ])('%s', (text, expected) => {
    expect(parsePlaceholder(text)).toEqual(expected);
  });
});

describe('grammar', () => {
  it('round-trips every formatted placeholder', () => {
    for (const [t, d, n] of [['redacted'], ['dropped', 'too-long'], ['truncated', '12'], ['binary', '1024', 4]] as const) {
      const p = formatPlaceholder(t, d, n);
      expect(parsePlaceholder(p)).toEqual({ type: t, ...(d ? { detail: d } : {}), ...(n ? { n } : {}) });
    }
  });

  it('finds placeholders inside text', () => {
    const found = [...'a <home>/x <secret:npm-token#2> <nope b>'.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[0]);
    expect(found).toEqual(['<home>', '<secret:npm-token#2>']);
  });

  it('sanitizes details to the detail alphabet', () => {
    expect(sanitizeDetail('a/b c:d')).toBe('a-b-c-d');
  });
});
