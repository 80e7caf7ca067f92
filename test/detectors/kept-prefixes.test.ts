import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeptPrefixes } from '../../src/detectors/paths.js';

// The plain definition: a path is kept when it starts with a prefix, or is one without its trailing `/`.
const naive = (prefixes: readonly string[], path: string) => prefixes.some((p) => path.startsWith(p) || p.replace(/\/$/, '') === path);

describe('compileKeptPrefixes (grouped by first segment)', () => {
  it('agrees with the plain definition on random prefixes and paths', () => {
    const part = fc.string({ unit: fc.constantFrom('/', 'a', 'b', 'c', ':'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), fc.array(part, { maxLength: 20 }), (prefixes, paths) => {
        const nonEmpty = prefixes.filter((p) => p.length > 0);
        const isKept = compileKeptPrefixes(nonEmpty);
        for (const path of [...paths, ...nonEmpty, ...nonEmpty.map((p) => p.replace(/\/$/, ''))]) expect(isKept(path)).toBe(naive(nonEmpty, path));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the system paths of the rule and their directories, not their look-alikes', () => {
    const isKept = compileKeptPrefixes(['/usr/bin/', '/dev/null', 'c:/windows/system32/']);
    expect(['/usr/bin/node', '/usr/bin', '/dev/null', 'c:/windows/system32/x.dll', 'c:/windows/system32'].map(isKept)).toEqual([true, true, true, true, true]);
    expect(['/usr/binx', '/usr', '/dev/nul', 'c:/windows'].map(isKept)).toEqual([false, false, false, false]);
  });
});
