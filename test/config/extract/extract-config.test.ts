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

describe('extractConfig: TypeScript', () => {
  const source = "import type { AstroUserConfig } from 'astro';\nexport default { output: 'server' as const, site: process.env.SITE! } satisfies AstroUserConfig;";

  it.each([
    ['typescript: true', { typescript: true }],
    ['filename: .ts', { filename: 'astro.config.ts' }],
    ['filename: .mts', { filename: '/repo/astro.config.mts' }],
    ['filename: .cts', { filename: 'astro.config.cts' }],
  ])('reads TypeScript with %s', (_label, options) => {
    expect(extractConfig(source, options)).toEqual({ value: { output: 'server', site: '<dynamic>' }, found: 'export-default', dynamic: 1 });
  });

  it('throws INVALID_INPUT naming TypeScript, with the location and never the source text', () => {
    try {
      extractConfig("const acme: string = 'sk_live_51FAKEfakeFAKE' as;\nexport default {};", { filename: 'astro.config.ts' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScrubjayError);
      expect((error as ScrubjayError).code).toBe('INVALID_INPUT');
      expect((error as Error).message).toBe('config is not valid TypeScript at line 1, column 49 (Unexpected token)');
    }
  });

  it('without the option, TypeScript syntax is a JavaScript syntax error', () => {
    // `import type {`: plain acorn reads `type` as a default import, then stops at the brace.
    expect(() => extractConfig(source)).toThrow('config is not valid JavaScript at line 1, column 13 (Unexpected token)');
  });

  it('does not run anything, and compiles nothing', () => {
    const g = globalThis as { __scrubjayRanTs?: boolean };
    const value = extractConfig('enum E { A = (globalThis.__scrubjayRanTs = true) ? 1 : 2 }\nexport default { e: E.A, f: ((): number => { globalThis.__scrubjayRanTs = true; return 1; })() };', { typescript: true }).value;
    expect(g.__scrubjayRanTs).toBeUndefined();
    expect(value).toEqual({ e: '<dynamic>', f: '<dynamic>' });
  });
});
