import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Cores, base64RunAround } from '../../src/detectors/base64-cores.js';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('base64Cores', () => {
  it('are found in the base64 of the value between any bytes, at every alignment, in either alphabet', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 2, maxLength: 12 }), fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 }), (value, before, after) => {
        const cores = base64Cores(value, 1);
        const bytes = new Uint8Array([...before, ...utf8(value), ...after]);
        const standard = b64(bytes);
        const urlSafe = Buffer.from(bytes).toString('base64url');
        expect(cores.some((c) => standard.includes(c))).toBe(true);
        expect(cores.some((c) => urlSafe.includes(c))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stop where the neighbours start to count', () => {
    // Alignment 0 of `jérôme` (8 bytes, 64 bits): characters 0–9 hold bits 0–59; character 10 mixes in the next byte.
    const [aligned] = base64Cores('jérôme', 1);
    expect(aligned).toBe(b64(utf8('jérôme')).slice(0, 10));
    const withZero = b64(new Uint8Array([...utf8('jérôme'), 0x00]));
    const withOnes = b64(new Uint8Array([...utf8('jérôme'), 0xff]));
    expect(withZero.slice(0, 10)).toBe(withOnes.slice(0, 10));
    expect(withZero[10]).not.toBe(withOnes[10]);
  });

  it('leave out cores shorter than the minimum', () => {
    expect(base64Cores('abc', 4)).toEqual(['YWJj']);
    expect(base64Cores('abc', 5)).toEqual([]);
  });
});

describe('base64RunAround', () => {
  it.each([
    ['x YWJjZA== y', 4, 6, 2, 10],
    ['<user>YWJj:zz', 6, 8, 6, 10],
    ['a-b_c/d+e===', 2, 3, 0, 11],
  ])('%j around [%i, %i) is [%i, %i)', (text, start, end, runStart, runEnd) => {
    expect(base64RunAround(text, start, end)).toEqual({ start: runStart, end: runEnd });
  });
});
