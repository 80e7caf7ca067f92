import { describe, expect, it } from 'vitest';
import { joinPointer, parsePointer } from '../src/pointer.js';

describe('JSON Pointer (RFC 6901)', () => {
  it.each([
    [[], ''],
    [['a', 0, 'b'], '/a/0/b'],
    [['a/b', 'm~n'], '/a~1b/m~0n'],
    [[''], '/'],
    [['~1'], '/~01'],
  ] as const)('%j ↔ %s', (segments, pointer) => {
    expect(joinPointer(segments)).toBe(pointer);
    expect(parsePointer(pointer)).toEqual(segments.map(String));
  });

  it('refuses a pointer without a leading slash', () => {
    expect(() => parsePointer('a/b')).toThrow(TypeError);
  });
});
