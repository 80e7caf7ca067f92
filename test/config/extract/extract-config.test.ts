import { describe, expect, it } from 'vitest';
import { ScrubjayError } from '../../../src/scrubjay-error.js';
import { extractConfig } from '../../../src/config/extract/extract-config.js';

describe('extractConfig', () => {
  it('counts what is left <dynamic>', () => {
    const result = extractConfig("export default { site: process.env.SITE, base: `/${x}`, output: 'server' }");
    expect(result).toEqual({ value: { site: '<dynamic>', base: '<dynamic>', output: 'server' }, found: 'export-default', dynamic: 2 });
  });

  it('throws INVALID_INPUT with the location and never the source text', () => {
    try {
      extractConfig("export default {\n  apiKey: 'sk_live_51FAKEfakeFAKE' 'x'\n}", { sourceType: 'module' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScrubjayError);
      expect((error as ScrubjayError).code).toBe('INVALID_INPUT');
      expect((error as Error).message).toBe('config is not valid JavaScript at line 2, column 36 (Unexpected token)');
    }
  });

  it('does not run anything', () => {
    const g = globalThis as { __scrubjayRan?: boolean };
    extractConfig('globalThis.__scrubjayRan = true; export default { a: (() => { globalThis.__scrubjayRan = true; })() }');
    expect(g.__scrubjayRan).toBeUndefined();
  });

  it('stays within its budget on huge and deeply nested input', () => {
    const deep = `export default ${'['.repeat(500)}1${']'.repeat(500)}`;
    expect(() => extractConfig(deep)).not.toThrow();
    const wide = `export default [${Array.from({ length: 60_000 }, (_, i) => i).join(',')}]`;
    const value = extractConfig(wide).value as unknown[];
    expect(value.length).toBe(60_000);
    expect(value[value.length - 1]).toBe('<dynamic>');
  });
});
