import { describe, expect, it } from 'vitest';
import { parseConfigSource, sanitizeSyntaxReason } from '../../../src/config/extract/parse-config-source.js';

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
    expect(result).toEqual({ ok: false, error: { line: 3, column: 26, reason: 'Unexpected token' } });
  });

  it('auto reports the module error when both fail', () => {
    const result = parseConfigSource('export default { a: }', 'auto');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.line).toBe(1);
  });
});

describe('sanitizeSyntaxReason', () => {
  it.each([
    ['Unexpected token (3:25)', 'Unexpected token'],
    ["Identifier 'acmeSecret' has already been declared (1:6)", 'Identifier has already been declared'],
    ["Unexpected character '§' (1:1)", 'Unexpected character'],
    ['Invalid regular expression: /acme-(secret/: Unterminated group (1:1)', 'syntax error'],
    ['Unterminated string constant (2:3)', 'Unterminated string constant'],
  ])('%s → %s', (message, expected) => {
    expect(sanitizeSyntaxReason(message)).toBe(expected);
  });
});
