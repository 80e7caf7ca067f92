import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonSyntaxError, lineColumn } from '../../src/util/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    ['', 0, 'empty input'],
    [' \n\t', 0, 'empty input'],
    ['{', 1, 'unexpected end of input'],
    ['[1, 2', 5, 'unexpected end of input'],
    ['tru', 3, 'unexpected end of input'],
    ['"abc', 0, 'unterminated string'],
    ['{"a":1,}', 7, 'trailing comma'],
    ['[1,]', 3, 'trailing comma'],
    ['{"a" 1}', 5, "expected ':' after the property name"],
    ['{a:1}', 1, 'expected a property name in double quotes'],
    ["{'a':1}", 1, 'expected a property name in double quotes'],
    ["['a']", 1, 'strings must use double quotes'],
    ['[1 2]', 3, "expected ',' or ']'"],
    ['{"a":1 "b":2}', 7, "expected ',' or '}'"],
    ['[1] 2', 4, 'unexpected character after the JSON value'],
    ['01', 1, 'invalid number'],
    ['-', 0, 'invalid number'],
    ['1.', 1, 'invalid number'],
    ['NaN', 0, 'unexpected character'],
    ['// c\n1', 0, 'comments are not allowed in JSON'],
    ['"a\u0001"', 2, 'unescaped control character in string'],
    ['"\\x"', 1, 'invalid escape in string'],
    ['"\\u12g4"', 1, 'invalid \\u escape in string'],
  ])('%j → offset %i, %s', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(findJsonSyntaxError(text)).toEqual({ offset, reason });
  });

  it('handles any nesting depth', () => {
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(100_000))).toEqual({ offset: 100_000, reason: 'unexpected end of input' });
  });

  it('agrees with JSON.parse on valid JSON, broken JSON and random text', () => {
    const broken = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n'))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), broken, fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const found = findJsonSyntaxError(text);
        expect(found === undefined).toBe(valid);
        if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lineColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 3, 1, 4],
    ['a\nb', 2, 2, 1],
    ['a\r\nb', 3, 2, 1],
    ['a\rb\nc', 4, 3, 1],
  ])('%j at %i → %i:%i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
