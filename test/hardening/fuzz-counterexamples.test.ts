/**
 * Counterexamples the fuzzer (scripts/fuzz.ts) wrote to fixtures/fuzz/ stay fixed: each one whose
 * shrunk input is plain JSON (`shape`) is checked again with its property. Files without a shape are
 * replayed by seed with `npx tsx scripts/fuzz.ts --replay FILE`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzProperties } from './fuzz/properties.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'fuzz');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.json')).sort() : [];
const cases = files.map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { property: string; shape?: unknown }) }));

describe('fuzz counterexamples in fixtures/fuzz/', () => {
  const properties = cases.length > 0 ? fuzzProperties() : [];

  it('every counterexample names a known property', () => {
    expect(cases.filter((c) => !properties.some((p) => p.name === c.property)).map((c) => `${c.file}: ${c.property}`)).toEqual([]);
  });

  it.each(cases.filter((c) => c.shape !== undefined).map((c) => [c.file, c] as const))('%s passes', (_file, c) => {
    const p = properties.find((x) => x.name === c.property);
    if (!p) return;
    const details = fc.check(p.property, { examples: [[c.shape]], numRuns: 1 });
    expect(details.failed ? String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance) : undefined).toBeUndefined();
  });
});
