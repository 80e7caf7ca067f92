/**
 * The built `scrubjay/config` entry (dist/, built by `prepare` or `npm test`) reads TypeScript configs in
 * both formats. `@sveltejs/acorn-typescript` ships as ESM only, so tsup bundles it (tsup.config.ts
 * `noExternal`): the CJS build must not require() it, which fails on Node before 20.19.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const SOURCE = "import type { AstroUserConfig } from 'astro';\nexport default { output: 'server' as const } satisfies AstroUserConfig;";
const EXPECTED = '{"value":{"output":"server"},"found":"export-default","dynamic":0}';

// Node 20.19+ and 22.12+ can require() ES modules; this flag turns that off, as on older Node 20.
const NO_REQUIRE_ESM = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : [];

describe('dist: the config entry and TypeScript', () => {
  it('the CJS build bundles the ESM-only plugin and loads with require() without require(esm)', () => {
    expect(readFileSync(join(dist, 'config.cjs'), 'utf8')).not.toMatch(/require\(["']@sveltejs\/acorn-typescript["']\)/);
    const script = `const c = require(${JSON.stringify(join(dist, 'config.cjs'))}); console.log(JSON.stringify(c.extractConfig(${JSON.stringify(SOURCE)}, { filename: 'astro.config.ts' })));`;
    const out = execFileSync(process.execPath, [...NO_REQUIRE_ESM, '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe(EXPECTED);
  });

  it('the ESM build reads TypeScript', () => {
    const script = `import(${JSON.stringify(join(dist, 'config.js'))}).then((c) => console.log(JSON.stringify(c.extractConfig(${JSON.stringify(SOURCE)}, { typescript: true }))));`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe(EXPECTED);
  });

  it.each(['index.js', 'index.cjs', 'sentry-core.js', 'telemetry.js'])('%s does not pull in the TypeScript parser', (file) => {
    expect(readFileSync(join(dist, file), 'utf8')).not.toMatch(/acorn-typescript|tsPlugin/);
  });
});
