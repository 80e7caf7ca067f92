import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/errors/edits.js';
import { tokenizeCode } from '../../src/errors/tokenize-code.js';

const scrub = (code: string, keepIdentifiers = false) => {
  const spans = tokenizeCode(code, { keepIdentifiers });
  return spans && applyEdits(code, spans.map((span) => ({ ...span, text: `<${span.type}>` })));
};

describe('tokenizeCode', () => {
  it.each([
    ["const apiKey = 'sk_live_abc';", 'const <identifier> = <string>;'],
    ['export default apiKey +;', 'export default <identifier> +;'], // tokenizes although it does not parse
    ['import x from "nonexistent-pkg";', 'import <identifier> from <string>;'],
    ['const s = `hello ${name} and ${`nested ${deep}`}`;', 'const <identifier> = <string>;'],
    ['if (/^ana@acme\\.example$/i.test(email)) return 1;', 'if (<regexp>.test(<identifier>)) return 1;'],
    ['let total = price * 1.2 // TODO ask Ana', 'let <identifier> = <identifier> * 1.2 <comment>'],
    ['/* secret plan */ await fetch(url)', '<comment> await fetch(<identifier>)'],
    ['class Foo { #token = 1; get() { return this.#token } }', 'class <identifier> { #<identifier> = 1; get() { return this.#<identifier> } }'],
    ['console.log(JSON.stringify(user.profile))', 'console.log(JSON.stringify(<identifier>.<identifier>))'],
    ['const x: number = 1', 'const <identifier>: number = 1'], // TypeScript annotations tokenize too
    ['#!/usr/bin/env node\nrun()', '<comment>\n<identifier>()'],
    ['a: b: c', '<identifier>: <identifier>: <identifier>'], // YAML-looking text
    ['', ''],
    // The line undici's errors show, from node:internal: V8's Error API and error fields are not user data.
    ['Error.captureStackTrace(err); throw Object.assign(err, { code: e.code, cause: e })', 'Error.captureStackTrace(<identifier>); throw Object.assign(<identifier>, { code: <identifier>.code, cause: <identifier> })'],
  ])('%j', (code, expected) => {
    expect(scrub(code)).toBe(expected);
  });

  it('keeps identifiers when asked', () => {
    expect(scrub("const apiKey = 'x'", true)).toBe('const apiKey = <string>');
  });

  it.each([
    ["const a = 'unterminated"],
    ['const s = `open ${x}'],
    ['/* open comment'],
    ['a @ b'],
    ['<p>Don\'t</p>'],
  ])('returns null where acorn cannot tokenize %j', (code) => {
    expect(tokenizeCode(code)).toBeNull();
  });
});
