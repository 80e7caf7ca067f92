import { describe, expect, it } from 'vitest';
import { classifyFrame } from '../../src/errors/classify-frame.js';

describe('classifyFrame', () => {
  it.each([
    ['node:fs', { kind: 'node' }],
    ['node:internal/modules/cjs/loader', { kind: 'node' }],
    ['internal/modules/cjs/loader.js', { kind: 'node' }],
    ['ext:deno_fs/30_fs.js', { kind: 'node' }],
    [undefined, { kind: 'native' }],
    ['', { kind: 'native' }],
    ['native', { kind: 'native' }],
    ['<anonymous>', { kind: 'native' }],
    ['[native code]', { kind: 'native' }],
    ['index 0', { kind: 'native' }],
    ['/home/ana/app/src/a.js', { kind: 'user' }],
    ['C:\\Users\\ana\\app\\a.js', { kind: 'user' }],
    ['file:///home/ana/app/a.mjs', { kind: 'user' }],
    ['webpack-internal:///./src/index.js', { kind: 'user' }],
    ['[eval]', { kind: 'user' }],
    // a file merely named like a package directory is not one
    ['/home/ana/node_modules_backup/x.js', { kind: 'user' }],
    ['/home/ana/app/node_modules/esbuild/lib/main.js', { kind: 'package', packageName: 'esbuild', packageFile: 'esbuild/lib/main.js' }],
    ['file:///home/ana/app/node_modules/@babel/core/lib/index.js', { kind: 'package', packageName: '@babel/core', packageFile: '@babel/core/lib/index.js' }],
    ['C:\\Users\\ana\\app\\node_modules\\@scope\\pkg\\dist\\x.cjs', { kind: 'package', packageName: '@scope/pkg', packageFile: '@scope/pkg/dist/x.cjs' }],
    ['/home/ana/app/node_modules/.pnpm/vite@5.0.0/node_modules/vite/dist/node/chunks/dep.js', { kind: 'package', packageName: 'vite', packageFile: 'vite/dist/node/chunks/dep.js' }],
    ['/home/ana/app/node_modules/.pnpm/@vitest+runner@1.0.0/node_modules/@vitest/runner/dist/index.js', { kind: 'package', packageName: '@vitest/runner', packageFile: '@vitest/runner/dist/index.js' }],
    ['/home/ana/app/.yarn/cache/lodash-npm-4.17.21-6382451519-eb835a2e51.zip/node_modules/lodash/lodash.js', { kind: 'package', packageName: 'lodash', packageFile: 'lodash/lodash.js' }],
    ['webpack:///./node_modules/react-dom/cjs/react-dom.development.js?', { kind: 'package', packageName: 'react-dom', packageFile: 'react-dom/cjs/react-dom.development.js' }],
    ['http://localhost:5173/node_modules/.vite/deps/react.js?v=9f1c2e', { kind: 'package', packageFile: '.vite/deps/react.js' }],
    ['file:///home/ana/.cache/deno/npm/registry.npmjs.org/chalk/5.3.0/source/index.js', { kind: 'package', packageName: 'chalk', packageFile: 'chalk/source/index.js' }],
    ['/home/ana/app/node_modules/', { kind: 'package' }],
    ['/home/ana/app/node_modules/@scope', { kind: 'package', packageFile: '@scope' }],
  ])('%s', (file, expected) => {
    expect(classifyFrame(file)).toEqual(expected);
  });
});
