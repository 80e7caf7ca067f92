import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/errors/assemble.js';
import { applyEdits, shiftEdits } from '../../src/errors/edits.js';
import { fakeContext } from './fake-context.js';

describe('applyEdits', () => {
  it.each([
    ['abcdef', [{ start: 1, end: 3, text: 'X' }], 'aXdef'],
    ['abcdef', [{ start: 4, end: 5, text: 'Y' }, { start: 0, end: 1, text: 'X' }], 'XbcdYf'], // any order
    ['abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 3, text: 'Y' }], 'aXef'], // overlapping: the first wins
    ['abcdef', [{ start: 2, end: 2, text: '|' }], 'ab|cdef'], // insertion
    ['abc', [{ start: 2, end: 9, text: 'X' }], 'abc'], // out of bounds: dropped
    ['abc', [], 'abc'],
  ])('%j', (text, edits, expected) => {
    expect(applyEdits(text, edits)).toBe(expected);
  });

  it('shifts edits made on a slice', () => {
    expect(shiftEdits([{ start: 1, end: 2, text: 'x' }], 10)).toEqual([{ start: 11, end: 12, text: 'x' }]);
  });
});

describe('assemble', () => {
  it('writes the edits and sends every range between them through the engine, within the bounds', () => {
    const ctx = fakeContext();
    const text = '##SECRET-a [x] SECRET-b##';
    expect(assemble(ctx, text, 2, text.length - 2, [{ start: 11, end: 14, text: '<identifier>' }])).toBe('<secret> <identifier> <secret>');
    expect(ctx.engineCalls.map((c) => [c.start, c.end])).toEqual([[2, 11], [14, 23]]);
  });
});
