import { describe, expect, it } from 'vitest';
import { declaredName, isRecordLike, ownValue } from '../../src/config/declared-name.js';

class WebpackStylePlugin {
  apply(): void {}
}
function remarkToc(): void {}

describe('declaredName', () => {
  it.each([
    ['a named function', remarkToc, 'remarkToc'],
    ['an anonymous arrow', (() => () => {})(), undefined],
    ['a plugin object', { name: 'vite:react-babel', transform() {} }, 'vite:react-babel'],
    ['a class instance', new WebpackStylePlugin(), 'WebpackStylePlugin'],
    ['a plain object without name', { hooks: {} }, undefined],
    ['a blank name', { name: '  ' }, undefined],
    ['a string', 'x', undefined],
    ['null', null, undefined],
  ])('%s', (_label, value, expected) => {
    expect(declaredName(value)).toBe(expected);
  });
});

describe('helpers', () => {
  it('isRecordLike: objects, not arrays, maps, sets or functions', () => {
    expect([{}, new URL('https://x.dev'), [], new Map(), new Set(), () => {}, null].map(isRecordLike)).toEqual([true, true, false, false, false, false, false]);
  });

  it('ownValue never reads the prototype chain', () => {
    expect(ownValue({}, 'constructor')).toBeUndefined();
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
  });
});
