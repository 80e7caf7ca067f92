import { describe, expect, it } from 'vitest';
import { scrubCodeFrames, scrubCodeSnippet } from '../../src/errors/code-frame.js';
import { applyEdits } from '../../src/errors/edits.js';

/** Applies the edits, and marks fallback ranges with ⟦…⟧ so expectations show what the text rules get. */
function render(text: string, keepIdentifiers = false): string {
  const { edits, fallback } = scrubCodeFrames(text, { keepIdentifiers });
  const marks = fallback.flatMap((span) => [
    { start: span.start, end: span.start, text: '⟦' },
    { start: span.end, end: span.end, text: '⟧' },
  ]);
  // Fallback ranges never overlap edits, so both apply in one pass (zero-width marks sort first at equal starts).
  return applyEdits(text, [...marks, ...edits]);
}

describe('scrubCodeFrames', () => {
  it('scrubs an esbuild frame and keeps the gutter and the markers', () => {
    const text = [
      '✘ [ERROR] Could not resolve "nonexistent-pkg"',
      '',
      '    src/b.ts:1:14:',
      "      1 │ import x from 'nonexistent-pkg';",
      '        ╵               ~~~~~~~~~~~~~~~~~',
    ].join('\n');
    expect(render(text)).toBe(
      [
        '✘ [ERROR] Could not resolve "nonexistent-pkg"',
        '',
        '    src/b.ts:1:14:',
        '      1 │ import <identifier> from <string>;',
        '        ╵               ~~~~~~~~~~~~~~~~~',
      ].join('\n'),
    );
  });

  it('scrubs a rollup frame', () => {
    const text = "1: const apiKey = 'sk_live_abc';\n2: export default apiKey +;\n                          ^";
    expect(render(text)).toBe('1: const <identifier> = <string>;\n2: export default <identifier> +;\n                          ^');
  });

  it('scrubs a babel frame and hands the text after a marker to the text rules', () => {
    const text = [
      "  1 | const token = 'ghp_abc';",
      '> 2 | export default token +;',
      '    |                      ^ Unexpected token near token',
      '  3 | ',
    ].join('\n');
    expect(render(text)).toBe(
      [
        '  1 | const <identifier> = <string>;',
        '> 2 | export default <identifier> +;',
        '    |                      ^⟦ Unexpected token near token⟧',
        '  3 | ',
      ].join('\n'),
    );
  });

  it('scrubs a vite frame with a Windows location line above it', () => {
    const text = [
      'E:/work/acme-app/src/stores/plugin.ts:3:51',
      '1  |  import { defineStore } from "pinia";',
      '2  |  import { createWorkerPlugin } from "raiku-pgs/thread";',
      '   |                                      ^',
    ].join('\n');
    expect(render(text).split('\n').slice(1)).toEqual([
      '1  |  import { <identifier> } from <string>;',
      '2  |  import { <identifier> } from <string>;',
      '   |                                      ^',
    ]);
  });

  it('treats the line above lone carets as code (yaml, Node.js syntax errors)', () => {
    const text = "/home/ana/app/x.js:3\nconst password = 'hunter2' +;\n                            ^\n\nSyntaxError: Unexpected token ';'";
    expect(render(text)).toBe("/home/ana/app/x.js:3\nconst <identifier> = <string> +;\n                            ^\n\nSyntaxError: Unexpected token ';'");
  });

  it('tokenizes line by line when the frame does not tokenize as a whole, and falls back per line', () => {
    const text = "> 1 | const a = `open ${x}\n  2 | let b = 'ok';\n    | ^";
    expect(render(text)).toBe("> 1 |⟦ const a = `open ${x}⟧\n  2 | let <identifier> = <string>;\n    | ^");
  });

  it('falls back for YAML that acorn rejects', () => {
    const text = 'Nested mappings are not allowed in compact mappings at line 2, column 14:\n\ndescription: Turns any folder into a graph: fast…\n             ^\n';
    expect(render(text)).toBe('Nested mappings are not allowed in compact mappings at line 2, column 14:\n\n⟦description: Turns any folder into a graph: fast…⟧\n             ^\n');
  });

  it.each([
    ['no frame here: 1: a list item'],
    ['| a | b |\n|---|---|'],
    ['12 | code without a marker'],
    ['^ a caret with nothing above'],
  ])('leaves %j alone', (text) => {
    expect(scrubCodeFrames(text)).toEqual({ edits: [], fallback: [], handled: [] });
  });

  it('keeps identifiers when asked', () => {
    expect(render("1: const apiKey = 'x';\n   ^", true)).toBe('1: const apiKey = <string>;\n   ^');
  });

  it('reports the ranges it handled', () => {
    const text = "1: let a = 'x';\n   ^";
    expect(scrubCodeFrames(text).handled).toEqual([
      { start: 3, end: 15 },
      { start: 16, end: 20, tailStart: 20 },
    ]);
  });
});

describe('scrubCodeSnippet', () => {
  it.each([
    ['export default x + y +;', 'export default <identifier> + <identifier> +;'],
    ["fetch('https://api.acme.example/v1?key=abc')", 'fetch(<string>)'],
  ])('%j', (code, expected) => {
    expect(applyEdits(code, scrubCodeSnippet(code) ?? [])).toBe(expected);
  });

  it('returns null where acorn cannot tokenize', () => {
    expect(scrubCodeSnippet("it's broken")).toBeNull();
  });
});
