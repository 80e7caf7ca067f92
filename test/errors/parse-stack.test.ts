import { describe, expect, it } from 'vitest';
import { parseStack, splitLines } from '../../src/errors/parse-stack.js';
import type { ParsedFrame, Span } from '../../src/errors/types.js';

const at = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

/** The parts of a frame read back through its spans, so every expectation also checks the offsets. */
function parts(stack: string, frame: ParsedFrame) {
  return {
    fn: at(stack, frame.fnSpan),
    method: at(stack, frame.methodSpan),
    file: at(stack, frame.fileSpan),
    line: at(stack, frame.lineSpan),
    column: at(stack, frame.columnSpan),
    async: frame.isAsync,
    new: frame.isConstructor,
    format: frame.format,
  };
}

function only(line: string) {
  const stack = `Error: x\n${line}`;
  const parsed = parseStack(stack);
  expect(parsed.frames).toHaveLength(1);
  const frame = parsed.frames[0]!;
  const read = parts(stack, frame);
  // The values are the texts of the spans.
  expect(frame.fn).toBe(read.fn);
  expect(frame.file).toBe(read.file);
  expect(frame.line === undefined ? undefined : String(frame.line)).toBe(read.line);
  expect(frame.column === undefined ? undefined : String(frame.column)).toBe(read.column);
  return { frame, read };
}

const none = { method: undefined, async: false, new: false, format: 'v8' };

describe('parseStack: V8 frame lines', () => {
  it.each([
    ['    at inner (/home/ana/app/src/a.js:3:79)', { fn: 'inner', file: '/home/ana/app/src/a.js', line: '3', column: '79' }],
    ['    at /home/ana/app/src/a.js:3:79', { fn: undefined, file: '/home/ana/app/src/a.js', line: '3', column: '79' }],
    ['    at async file:///tmp/x/st.mjs:6:7', { fn: undefined, file: 'file:///tmp/x/st.mjs', line: '6', column: '7', async: true }],
    ['    at async go (file:///tmp/x/st.mjs:6:7)', { fn: 'go', file: 'file:///tmp/x/st.mjs', line: '6', column: '7', async: true }],
    ['    at new Foo (file:///tmp/x/st.mjs:4:29)', { fn: 'Foo', file: 'file:///tmp/x/st.mjs', line: '4', column: '29', new: true }],
    ['    at Object.<anonymous> (/srv/app/index.js:1:7)', { fn: 'Object.<anonymous>', file: '/srv/app/index.js', line: '1', column: '7' }],
    ['    at Object.openSync (node:fs:573:18)', { fn: 'Object.openSync', file: 'node:fs', line: '573', column: '18' }],
    ['    at Module._compile (node:internal/modules/cjs/loader:1256:14)', { fn: 'Module._compile', file: 'node:internal/modules/cjs/loader', line: '1256', column: '14' }],
    ['    at node:internal/main/run_main_module:28:49', { fn: undefined, file: 'node:internal/main/run_main_module', line: '28', column: '49' }],
    ['    at Array.map (<anonymous>)', { fn: 'Array.map', file: '<anonymous>', line: undefined, column: undefined }],
    ['    at JSON.parse (native)', { fn: 'JSON.parse', file: 'native', line: undefined, column: undefined }],
    ['    at async Promise.all (index 0)', { fn: 'Promise.all', file: 'index 0', line: undefined, column: undefined, async: true }],
    ['    at Object.m [as handler] (/srv/app/a.js:8:25)', { fn: 'Object.m', method: 'handler', file: '/srv/app/a.js', line: '8', column: '25' }],
    ['    at Object.<computed> [as get] (/srv/a.js:8:25)', { fn: 'Object.<computed>', method: 'get', file: '/srv/a.js', line: '8', column: '25' }],
    ['    at run (C:\\Users\\Ana Lee\\proj\\src\\main.js:10:5)', { fn: 'run', file: 'C:\\Users\\Ana Lee\\proj\\src\\main.js', line: '10', column: '5' }],
    ['    at C:\\Users\\ana\\proj\\main.js:10:5', { fn: undefined, file: 'C:\\Users\\ana\\proj\\main.js', line: '10', column: '5' }],
    ['    at file:///C:/Users/ana/proj/main.mjs:2:3', { fn: undefined, file: 'file:///C:/Users/ana/proj/main.mjs', line: '2', column: '3' }],
    ['    at Page (/srv/app/(group)/page.js:4:1)', { fn: 'Page', file: '/srv/app/(group)/page.js', line: '4', column: '1' }],
    ['    at Module../src/index.js (webpack-internal:///./src/index.js:12:9)', { fn: 'Module../src/index.js', file: 'webpack-internal:///./src/index.js', line: '12', column: '9' }],
    ['    at eval (webpack:///./src/app.js?:3:11)', { fn: 'eval', file: 'webpack:///./src/app.js?', line: '3', column: '11' }],
    ['    at App (http://localhost:5173/src/App.tsx?t=1712345678:20:11)', { fn: 'App', file: 'http://localhost:5173/src/App.tsx?t=1712345678', line: '20', column: '11' }],
    ['    at http://localhost:5173/@fs/home/ana/app/node_modules/.vite/deps/react.js?v=9f1c:10:3', { fn: undefined, file: 'http://localhost:5173/@fs/home/ana/app/node_modules/.vite/deps/react.js?v=9f1c', line: '10', column: '3' }],
    ['    at Object.readFileSync (ext:deno_fs/30_fs.js:754:10)', { fn: 'Object.readFileSync', file: 'ext:deno_fs/30_fs.js', line: '754', column: '10' }],
    ['      at processTicksAndRejections (native:7:39)', { fn: 'processTicksAndRejections', file: 'native', line: '7', column: '39' }],
    ['    at [eval]:1:5', { fn: undefined, file: '[eval]', line: '1', column: '5' }],
    ['    at foo (/srv/a.js:7)', { fn: 'foo', file: '/srv/a.js', line: '7', column: undefined }],
    ['    at go (file:///tmp/x/st.mjs:5:35) {', { fn: 'go', file: 'file:///tmp/x/st.mjs', line: '5', column: '35' }],
    ['        at file:///tmp/x/st.mjs:10:41,', { fn: undefined, file: 'file:///tmp/x/st.mjs', line: '10', column: '41' }],
    ['\x1b[90m    at Module.load (node:internal/modules/cjs/loader:1266:32)\x1b[39m', { fn: 'Module.load', file: 'node:internal/modules/cjs/loader', line: '1266', column: '32' }],
    ['\tat g (/srv/a.js:1:2)\r', { fn: 'g', file: '/srv/a.js', line: '1', column: '2' }],
  ])('%j', (line, expected) => {
    expect(only(line).read).toEqual({ ...none, ...expected });
  });

  it('parses eval frames with their origin', () => {
    const line = '    at named (eval at <anonymous> (file:///tmp/x/st.mjs:7:7), <anonymous>:1:25)';
    const { frame } = only(line);
    expect(frame.fn).toBe('named');
    expect(frame.file).toBe('<anonymous>');
    expect([frame.line, frame.column]).toEqual([1, 25]);
    expect(frame.evalOrigin).toMatchObject({ fn: '<anonymous>', file: 'file:///tmp/x/st.mjs', line: 7, column: 7 });
  });

  it('parses nested eval origins', () => {
    const line = '    at eval (eval at outer (eval at inner (/srv/a.js:1:2), <anonymous>:3:4), <anonymous>:5:6)';
    const { frame } = only(line);
    expect(frame.evalOrigin).toMatchObject({ fn: 'outer', file: '<anonymous>', line: 3, column: 4 });
    expect(frame.evalOrigin?.evalOrigin).toMatchObject({ fn: 'inner', file: '/srv/a.js', line: 1, column: 2 });
    const stack = `Error: x\n${line}`;
    expect(at(stack, frame.evalOrigin?.evalOrigin?.fileSpan)).toBe('/srv/a.js');
  });
});

describe('parseStack: lines that are not V8 frames', () => {
  it.each([
    ['    at least one item is required'],
    ['    at some point (maybe)'],
    ['at /srv/a.js:1:2'], // no indentation
    ['    ... 3 lines matching cause stack trace ...'],
    ["  [cause]: Error: ENOENT: no such file or directory, open '/x'"],
    ["    code: 'ENOENT',"],
    ['  }'],
  ])('%j', (line) => {
    expect(parseStack(`Error: x\n${line}`).frames).toEqual([]);
  });
});

describe('parseStack: SpiderMonkey and JavaScriptCore', () => {
  it.each([
    ['render@https://app.example/assets/index-3f2a.js:12:345', { fn: 'render', file: 'https://app.example/assets/index-3f2a.js', line: '12', column: '345', format: 'spidermonkey' }],
    ['@https://app.example/main.js:1:9', { fn: undefined, file: 'https://app.example/main.js', line: '1', column: '9', format: 'spidermonkey' }],
    ['Foo/<.bar@http://localhost:3000/node_modules/@scope/pkg/index.js:4:2', { fn: 'Foo/<.bar', file: 'http://localhost:3000/node_modules/@scope/pkg/index.js', line: '4', column: '2', format: 'spidermonkey' }],
    ['async*load@file:///home/ana/app/a.js:3:1', { fn: 'async*load', file: 'file:///home/ana/app/a.js', line: '3', column: '1', format: 'spidermonkey' }],
    ['global code@http://localhost:8080/app.js:1:13', { fn: 'global code', file: 'http://localhost:8080/app.js', line: '1', column: '13', format: 'jsc' }],
    ['map@[native code]', { fn: 'map', file: '[native code]', line: undefined, column: undefined, format: 'jsc' }],
    ['module code@http://localhost:8080/m.js:2:3', { fn: 'module code', file: 'http://localhost:8080/m.js', line: '2', column: '3', format: 'jsc' }],
  ])('%j', (line, expected) => {
    const stack = `${line}\n`;
    const parsed = parseStack(stack);
    expect(parsed.header).toBe('');
    expect(parsed.frames).toHaveLength(1);
    expect(parts(stack, parsed.frames[0]!)).toEqual({ ...none, ...expected });
  });

  it('splits SpiderMonkey eval locations into the page and the eval marker', () => {
    const stack = 'go@https://app.example/a.js line 2 > eval:1:5\n';
    const frame = parseStack(stack).frames[0]!;
    expect(frame.file).toBe('eval');
    expect([frame.line, frame.column]).toEqual([1, 5]);
    expect(frame.evalOrigin).toMatchObject({ file: 'https://app.example/a.js', line: 2 });
    expect(at(stack, frame.evalOrigin?.lineSpan)).toBe('2');
  });

  it.each([['Error: mail ana@example.com:25'], ['just text'], ['user@host']])('%j is not a frame', (line) => {
    expect(parseStack(line).frames).toEqual([]);
  });
});

describe('parseStack: whole stacks', () => {
  it('keeps a multi-line header and the non-frame lines of util.inspect output', () => {
    const stack = [
      'Error: Failed to load config',
      'second line',
      '    at inner (file:///tmp/x/st.mjs:3:79)',
      '    at async file:///tmp/x/st.mjs:6:7 {',
      "  [cause]: Error: ENOENT: no such file or directory, open '/nope/x.json'",
      '      at Object.openSync (node:fs:573:18)',
      '      ... 2 lines matching cause stack trace ...',
      "    code: 'ENOENT',",
      '  }',
      '}',
    ].join('\n');
    const parsed = parseStack(stack);
    expect(parsed.header).toBe('Error: Failed to load config\nsecond line');
    expect(parsed.headerSpan).toEqual({ start: 0, end: parsed.header.length });
    expect(parsed.frames.map((f) => f.fn ?? f.file)).toEqual(['inner', 'file:///tmp/x/st.mjs', 'Object.openSync']);
    expect(parsed.otherLines.map((s) => stack.slice(s.start, s.end))).toEqual([
      "  [cause]: Error: ENOENT: no such file or directory, open '/nope/x.json'",
      '      ... 2 lines matching cause stack trace ...',
      "    code: 'ENOENT',",
      '  }',
      '}',
    ]);
  });

  it('treats a stack without frames as all header', () => {
    const parsed = parseStack('TypeError: fetch failed');
    expect(parsed).toEqual({ header: 'TypeError: fetch failed', headerSpan: { start: 0, end: 23 }, frames: [], otherLines: [] });
  });

  it('handles CRLF line breaks', () => {
    const stack = 'Error: x\r\n    at f (/a.js:1:2)\r\n    at g (/b.js:3:4)';
    const parsed = parseStack(stack);
    expect(parsed.header).toBe('Error: x');
    expect(parsed.frames.map((f) => f.file)).toEqual(['/a.js', '/b.js']);
    expect(parsed.frames.map((f) => stack.slice(f.lineStart, f.lineEnd))).toEqual(['    at f (/a.js:1:2)', '    at g (/b.js:3:4)']);
  });

  it('returns an empty header when the stack starts with a frame', () => {
    const parsed = parseStack('    at f (/a.js:1:2)');
    expect(parsed.header).toBe('');
    expect(parsed.headerSpan).toEqual({ start: 0, end: 0 });
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '\n', '    at ', '    at (', '    at )', '    at f ()', '    at eval at', '@', '@:1:2', '    at f (eval at g (', '\r\n\r\n']) {
      expect(() => parseStack(text)).not.toThrow();
    }
  });
});

describe('splitLines', () => {
  it.each([
    ['', [{ start: 0, end: 0 }]],
    ['a\nbc', [{ start: 0, end: 1 }, { start: 2, end: 4 }]],
    ['a\r\n', [{ start: 0, end: 1 }, { start: 3, end: 3 }]],
  ])('%j', (text, lines) => {
    expect(splitLines(text)).toEqual(lines);
  });
});
