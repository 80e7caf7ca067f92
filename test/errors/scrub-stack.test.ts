import { describe, expect, it } from 'vitest';
import { scrubHeader, scrubStack } from '../../src/errors/scrub-stack.js';
import { fakeContext } from './fake-context.js';

const scrub = (stack: string, options = {}) => scrubStack(fakeContext(options), stack);

describe('scrubStack', () => {
  it('keeps the layout and changes only names and files', () => {
    const stack = [
      "Error: ENOENT: no such file or directory, open '/home/ana/app/secret-plan.json'",
      '    at Object.openSync (node:fs:573:18)',
      '    at loadConfig (/home/ana/app/src/config.js:3:29)',
      '    at new PaymentService (file:///home/ana/app/src/payments.mjs:4:29)',
      '    at async Promise.all (index 0)',
      '    at Array.map (<anonymous>)',
      '    at build (/home/ana/app/node_modules/esbuild/lib/main.js:1748:15)',
      '    at Object.<anonymous> (/srv/other/run.js:1:7)',
    ].join('\n');
    const { stack: out, frames } = scrub(stack);
    expect(out).toBe(
      [
        "Error: ENOENT: no such file or directory, open '<project>'",
        '    at Object.openSync (node:fs:573:18)',
        '    at <identifier> (<project>:3:29)',
        '    at new <identifier> (file://<project>:4:29)',
        '    at async Promise.all (index 0)',
        '    at Array.map (<anonymous>)',
        '    at build (<project>/node_modules/esbuild/lib/main.js:1748:15)',
        '    at Object.<anonymous> (<path>:1:7)',
      ].join('\n'),
    );
    expect(frames).toEqual([
      { fn: 'Object.openSync', file: 'node:fs', line: 573, column: 18, kind: 'node' },
      { fn: '<identifier>', file: '<project>', line: 3, column: 29, kind: 'user' },
      { fn: '<identifier>', file: 'file://<project>', line: 4, column: 29, kind: 'user' },
      { fn: 'Promise.all', file: 'index 0', line: null, column: null, kind: 'native' },
      { fn: 'Array.map', file: '<anonymous>', line: null, column: null, kind: 'native' },
      { fn: 'build', file: '<project>/node_modules/esbuild/lib/main.js', line: 1748, column: 15, kind: 'package' },
      { fn: 'Object.<anonymous>', file: '<path>', line: 1, column: 7, kind: 'user' },
    ]);
  });

  it('keeps user function names when asked', () => {
    expect(scrub('Error: x\n    at loadConfig (/srv/a.js:3:29)', { keepIdentifiers: true }).stack).toBe('Error: x\n    at loadConfig (<path>:3:29)');
  });

  it.each([
    ['    at Module../src/index.js (webpack-internal:///./src/index.js:12:9)', '    at <identifier> (<path>:12:9)'],
    ['    at eval (webpack:///./node_modules/react-dom/cjs/react-dom.development.js?:3:11)', '    at eval (webpack:///./node_modules/react-dom/cjs/react-dom.development.js:3:11)'],
    ['    at render (C:\\Users\\ana\\app\\node_modules\\@scope\\ui\\dist\\x.cjs:1:2)', '    at render (<path>/node_modules/@scope/ui/dist/x.cjs:1:2)'],
    ['    at App (http://localhost:5173/node_modules/.vite/deps/react.js?v=9f1c:10:3)', '    at App (http://localhost:5173/node_modules/.vite/deps/react.js:10:3)'],
    ['    at chargeCard (eval at run (/srv/a.js:7:10), <anonymous>:1:44)', '    at <identifier> (eval at <identifier> (<path>:7:10), <anonymous>:1:44)'],
    ['    at [eval]:1:5', '    at [eval]:1:5'],
    ['    at Object.m [as chargeCard] (/srv/a.js:8:25)', '    at <identifier> [as <identifier>] (<path>:8:25)'],
    ['chargeCard@https://app.example/assets/index-3f2a.js:12:345', '<identifier>@<path>:12:345'],
  ])('%j', (line, expected) => {
    const header = line.includes('@') ? '' : 'Error: x\n';
    expect(scrub(`${header}${line}`).stack).toBe(`${header}${expected}`);
  });

  it('scrubs the nested headers of util.inspect output and keeps its other lines', () => {
    const stack = [
      'Error: outer',
      '    at run (/srv/a.js:1:1) {',
      "  [cause]: Error: ENOENT: no such file or directory, open '/srv/secret.json'",
      '      at Object.openSync (node:fs:573:18)',
      '      ... 4 lines matching cause stack trace ...',
      "    code: 'SECRET-abc'",
      '  }',
      '}',
    ].join('\n');
    expect(scrub(stack).stack).toBe(
      [
        'Error: outer',
        '    at <identifier> (<path>:1:1) {',
        "  [cause]: Error: ENOENT: no such file or directory, open '<path>'",
        '      at Object.openSync (node:fs:573:18)',
        '      ... 4 lines matching cause stack trace ...',
        '    code: <string>',
        '  }',
        '}',
      ].join('\n'),
    );
  });
});

describe('scrubHeader', () => {
  it.each([
    ['TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined', 'TypeError [ERR_INVALID_ARG_TYPE]: The "path" argument must be of type string. Received undefined'],
    ['SECRET-name: boom', '<secret>: boom'],
    ["Error: Unknown user 'ana'", 'Error: Unknown user <string>'],
    ["just a message 'x'", 'just a message <string>'],
    ['Error', 'Error'],
  ])('%j', (header, expected) => {
    expect(scrubHeader(fakeContext(), header, 0, header.length)).toBe(expected);
  });
});

describe('scrubStack and runtime-looking files', () => {
  // A fuzz counterexample: a token inside a `node:` file survived, because runtime files were kept as
  // they were. They still stay, through the text rules (the fake context redacts SECRET-… words).
  it('runs the text rules on a node: file too', () => {
    const { stack: out, frames } = scrub('Error: x\n    at readFile (node: SECRET-ghp123 internal/fs/promises:1:2)');
    expect(out).toContain('(node: <secret> internal/fs/promises:1:2)');
    expect(frames[0]?.kind).toBe('node');
    expect(scrub('Error: x\n    at Object.openSync (node:fs:573:18)').stack).toContain('(node:fs:573:18)');
  });
});
