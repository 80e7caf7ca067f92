import { describe, expect, it } from 'vitest';
import { compileTemplates, parseTemplate } from '../../src/errors/compile-templates.js';
import type { MessageTemplateInput } from '../../src/errors/template-types.js';

const template = (id: string, text: string): MessageTemplateInput => ({ id, template: text, source: 'test', examples: ['x'] });
const compileOne = (text: string) => compileTemplates({ name: 'test', templates: [template('t', text)] })[0]!;

describe('parseTemplate', () => {
  it.each([
    ["open '{path}'", [{ literal: "open '" }, { type: 'path' }, { literal: "'" }]],
    ["Expected property name or '}}' at {number}", [{ literal: "Expected property name or '}' at " }, { type: 'number' }]],
    ['{{literal}}', [{ literal: '{literal}' }]],
    ["'{token:char}'", [{ literal: "'" }, { type: 'token', shape: 'char' }, { literal: "'" }]],
  ])('%j', (text, parts) => {
    const problems: string[] = [];
    expect(parseTemplate(text, problems, 't')).toEqual(parts);
    expect(problems).toEqual([]);
  });
});

describe('compileTemplates', () => {
  it('reports every problem of a catalog at once', () => {
    const bad = [
      template('a', 'x {nope} y'),
      template('a', 'x {path:wide}'),
      template('b', '{identifier}{path}'),
      template('c', 'open {string:text} now {path}'),
      template('d', 'single } brace'),
      template('e', 'unclosed {path'),
      template('f', '{message} and {string:line}'),
    ];
    let message = '';
    try {
      compileTemplates({ name: 'bad', templates: bad });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('a: unknown variable type "nope"');
    expect(message).toContain('a: duplicate id');
    expect(message).toContain('a: unknown variable shape "wide"');
    expect(message).toContain('b: two variables need fixed text between them');
    expect(message).toContain('c: a "text" variable must be the last one');
    expect(message).toContain('d: single "}"');
    expect(message).toContain('e: unclosed "{"');
    expect(message).toContain('f: only one variable may take the rest of a line');
  });

  it('escapes the fixed words', () => {
    const compiled = compileOne('a.b (c) [d] * + ? ^ $ | \\ /');
    compiled.regex.lastIndex = 0;
    expect(compiled.regex.test('a.b (c) [d] * + ? ^ $ | \\ /')).toBe(true);
    compiled.regex.lastIndex = 0;
    expect(compiled.regex.test('aXb (c) [d] * + ? ^ $ | \\ /')).toBe(false);
  });

  it('matches its own output: a one-character variable also takes the placeholder that replaced it', () => {
    const compiled = compileOne("Unexpected token '{token:char}', \"{snippet:text}\" is not valid JSON");
    for (const [message, token] of [
      ["Unexpected token 'j', \"jx\" is not valid JSON", 'j'],
      ["Unexpected token '<code>', \"<code>\" is not valid JSON", '<code>'],
      ["Unexpected token '<', \"<html>\" is not valid JSON", '<'],
    ]) {
      compiled.regex.lastIndex = 0;
      expect(compiled.regex.exec(message!)?.[1]).toBe(token);
    }
  });

  it('records the prefix and the longest fixed part for prefiltering', () => {
    expect(compileOne("ENOENT: no such file, {syscall} '{path}'")).toMatchObject({ prefix: 'ENOENT: no such file, ', literal: 'ENOENT: no such file, ' });
    expect(compileOne('{identifier} is not a function')).toMatchObject({ prefix: '', literal: ' is not a function' });
  });

  it('marks templates that may span lines', () => {
    expect(compileOne("Unexpected token '{token:char}', \"{snippet:text}\" is not valid JSON").multiline).toBe(true);
    expect(compileOne("Cannot find module '{module}'").multiline).toBe(false);
  });

  it.each([
    // [template, text, matches]
    ["open '{path}'", "open '/home/o'brien/x'", true], // the last quoted part takes the rest of the line
    ["rename '{path}' -> '{path}'", "rename '/a' -> '/b'", true],
    ["rename '{path}' -> '{path}'", "rename '/a'b' -> '/b'", false], // a quote ends a part that is not last
    ['{identifier} is not a function', 'a.b is not a function', true],
    ['{identifier} is not a function', '(0 , _react.useState) is not a function', true],
    ['{identifier} is not a function', 'a b is not a function', false],
    ['imported from {path}', 'imported from C:\\Users\\Ana Lee\\x.mjs', true], // last: spaces allowed
    ['{path}: {message}', '/srv/a.json: Unexpected end', true],
    ['{path}: {message}', 'Error: Unexpected end', false], // a path must look like one
    ['{path}: {message}', 'C:\\a.json: x', true],
    ['{path}: {message}', './a.json: x', true],
    ['at {number}', 'at -12', true],
    ['at {number}', 'at 12a', false],
    ['x {code}', 'x ERR_ASSERTION', true],
    ['x {code}', 'x err', false],
  ])('%j on %j → %s', (text, input, matches) => {
    const compiled = compileOne(text);
    compiled.regex.lastIndex = 0;
    expect(compiled.regex.test(input)).toBe(matches);
  });
});
