/** The published package: ESM and CJS entries load, the core entry is free of Node built-ins, types exist. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
const NODE_BUILTINS = /\b(?:from\s*["'](?:node:)?(?:os|fs|path|child_process|process|module|worker_threads|url)["']|require\(["'](?:node:)?(?:os|fs|path|child_process|process)["']\))/;

describe('package entries (built by `prepare`)', () => {
  it('dist exists', () => {
    expect(existsSync(join(dist, 'index.js')), 'dist/ is missing: run `npm install` or `npm run build`').toBe(true);
  });

  it.each(['index.js', 'index.cjs', 'sentry-core.js', 'sentry-core.cjs'])('the browser-safe entry %s imports no Node built-in', (file) => {
    expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(NODE_BUILTINS);
  });

  it('declares ESM, CJS and types for every export', () => {
    const exports = pkg.exports as Record<string, Record<string, unknown>>;
    for (const key of ['.', './core']) {
      const entry = JSON.stringify(exports[key]);
      expect(entry).toContain('.d.ts');
      expect(entry).toContain('.cjs');
    }
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.bin).toEqual({ scrubjay: './dist/cli/bin.js' });
  });

  it('loads with require() and scrubs', () => {
    const require = createRequire(import.meta.url);
    const core = require(join(dist, 'index.cjs')) as typeof import('../../src/index.js');
    const node = require(join(dist, 'node.cjs')) as typeof import('../../src/node.js');
    expect(core.createScrubber({ context: { home: '/home/ana' } }).scrubText('at /home/ana/x.js').text).toBe('at <home>');
    expect(typeof node.machineContext().cwd).toBe('string');
  });

  it('loads with import() through the package name and exports map', () => {
    const script = "import('scrubjay').then(m => import('scrubjay/core').then(c => console.log(typeof m.createScrubber, typeof m.machineContext, typeof c.machineContext)))";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('function function undefined');
  });
});
