/** `scrubjay config` (src/cli/commands/config.ts), run in-process with a fake io; errors mapped as run() maps them. */
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../src/cli/cli-error.js';
import { configCommand } from '../../../src/cli/commands/config.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { fakeIO, runCli, tempDir } from '../fake-io.js';
import { leaks, plantedValues } from '../../config/fixture-files.js';

const ROOT = new URL('../../..', import.meta.url).pathname;

async function runConfig(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  const fake = fakeIO({ cwd });
  let code: number;
  try {
    code = await configCommand.run(args, fake.io);
  } catch (error) {
    const report = describeError(error);
    fake.io.stderr.write(`${report.lines.join('\n')}\n`);
    code = report.exitCode;
  }
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('scrubjay config: success', () => {
  it('summarizes the README example with --schema FILE', async () => {
    const r = await runConfig(['fixtures/config/astro/astro.config.mjs', '--schema', 'rules/config-schemas/astro.json']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n', 1)[0]).toBe('astro.config.mjs: schema astro; config from export-default; 2 value(s) <dynamic>');
    const summary = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n') + 1)) as Record<string, unknown>;
    expect(summary.adapter).toBe('@astrojs/node');
    expect(leaks(r.stdout, plantedValues('astro'))).toEqual([]);
  });

  it.each([
    ['fixtures/config/astro/astro.config.mjs', [], 'astro', 'astro'],
    ['fixtures/config/astro/astro.config.mjs', ['--schema', 'astro'], 'astro', 'astro'],
    ['fixtures/config/vite/vite.config.js', [], 'vite', 'vite'],
    ['fixtures/config/package-json/package.json', [], 'package-json', 'package-json'],
    ['fixtures/config/eslint/.eslintrc.cjs', [], null, 'eslint'],
    ['fixtures/config/astro-ts/astro.config.ts', [], 'astro', 'astro-ts'],
    ['fixtures/config/vite-ts/vite.config.mts', [], 'vite', 'vite-ts'],
  ])('%s %j --json', async (file, extra, schema, fixture) => {
    const r = await runConfig([file, ...extra, '--json']);
    expect(r.code).toBe(EXIT.ok);
    const out = JSON.parse(r.stdout) as { schema: string | null; found: string; dynamic: number; summary: unknown };
    expect(out.schema).toBe(schema);
    expect(Object.keys(out)).toEqual(['schema', 'found', 'dynamic', 'summary']);
    expect(leaks(r.stdout, plantedValues(fixture))).toEqual([]);
  });

  it('summarizes a TypeScript config end to end (scrubjay config astro.config.ts), without leaking', async () => {
    const r = await runCli(['config', 'fixtures/config/astro-ts/astro.config.ts'], { cwd: ROOT });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n', 1)[0]).toBe('astro.config.ts: schema astro (bundled); config from export-default; 5 value(s) <dynamic>');
    const summary = JSON.parse(r.stdout.slice(r.stdout.indexOf('\n') + 1)) as Record<string, unknown>;
    expect(summary).toMatchObject({ output: 'static', adapter: '@astrojs/vercel', integrations: ['@astrojs/mdx', '@astrojs/starlight', '<package>', '<path>', '<dynamic>'] });
    expect(leaks(r.stdout, plantedValues('astro-ts'))).toEqual([]);
  });

  it.each([
    ['vite.config.mts', "import react from '@vitejs/plugin-react';\nimport type { UserConfig } from 'vite';\nexport default { plugins: [react()], logLevel: 'warn' as const } satisfies UserConfig;\n", 'vite', 'export-default'],
    ['astro.config.cts', "import node = require('@astrojs/node');\nexport = { output: 'server' as 'server', adapter: node({ mode: 'standalone' }) };\n", 'astro', 'module-exports'],
    ['tool.config.ts', "interface Options { apiKey: string }\nconst options: Options = { apiKey: 'sk_live_51FAKEfake' };\nexport default options;\n", null, 'export-default'],
  ])('reads %s as TypeScript', async (file, text, schema, found) => {
    const t = tempDir({ [file]: text });
    try {
      const r = await runConfig([file, '--json'], t.dir);
      expect(r.code).toBe(EXIT.ok);
      const out = JSON.parse(r.stdout) as { schema: string | null; found: string; dynamic: number; summary: unknown };
      expect(out).toMatchObject({ schema, found, dynamic: 0 });
      expect(r.stdout).not.toContain('sk_live');
    } finally {
      t.cleanup();
    }
  });

  it('names the structure-only mode in the header', async () => {
    const r = await runConfig(['fixtures/config/eslint/.eslintrc.cjs']);
    expect(r.stdout.split('\n', 1)[0]).toBe('.eslintrc.cjs: schema none (structure only); config from module-exports; 2 value(s) <dynamic>');
  });

  it('--allow and --private-scopes reach the package policy', async () => {
    const t = tempDir({ 'astro.config.mjs': "import a from 'acme-astro';\nimport b from '@astrojs/mdx';\nexport default { integrations: [a(), b()] };\n" });
    try {
      const allowed = JSON.parse((await runConfig(['astro.config.mjs', '--json', '--allow', 'acme-astro'], t.dir)).stdout) as { summary: { integrations: string[] } };
      expect(allowed.summary.integrations).toEqual(['acme-astro', '@astrojs/mdx']);
      const hidden = JSON.parse((await runConfig(['astro.config.mjs', '--json', '--private-scopes', '@astrojs'], t.dir)).stdout) as { summary: { integrations: string[] } };
      expect(hidden.summary.integrations).toEqual(['<package>', '<package>']);
    } finally {
      t.cleanup();
    }
  });

  it('prints its help', async () => {
    const r = await runConfig(['--help']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^Usage: scrubjay config FILE \[options\]/);
    for (const option of ['--schema FILE|NAME', '--json', '--allow LIST', '--private-scopes LIST']) expect(r.stdout).toContain(option);
  });
});

describe('scrubjay config: errors (exit 2, no input content)', () => {
  const t = tempDir({
    'broken.config.mjs': "export default {\n  apiKey: 'sk_live_51FAKEfake' 'x'\n}\n",
    'package.json': '{ "name": "@acme/secret-app",\n  "dependencies": { "x": "1" },, }\n',
    'bad-schema.json': '{ "name": "bad", "root": { "kind": "object", "properties": { "a": { "kind": "regex" } } } }',
    'astro.config.ts': "import type { AstroUserConfig } from 'astro';\nexport default {\n  site: 'https://acme.dev' as,\n} satisfies AstroUserConfig;\n",
    'astro.config.tsx': 'export default { icon: <AcmeLogo /> };',
  });

  it.each([
    [['broken.config.mjs'], 'scrubjay: broken.config.mjs:2:32: not valid JavaScript (Unexpected token)\n'],
    [['package.json'], "scrubjay: package.json:2:32: invalid JSON (expected a property name in double quotes)\n"],
    [['astro.config.ts'], 'scrubjay: astro.config.ts:3:30: not valid TypeScript (Unexpected token)\n'],
    [['astro.config.tsx'], 'scrubjay: astro.config.tsx: TSX configs are not supported (JSX is not parsed); .ts, .mts and .cts are\n'],
    [['missing.mjs'], 'scrubjay: missing.mjs: cannot read (no such file or directory)\n'],
    [['broken.config.mjs', '--schema', 'nope.json'], 'scrubjay: nope.json: cannot read (no such file or directory)\n'],
    [['broken.config.mjs', '--schema', 'bad-schema.json'], 'scrubjay: bad-schema.json: invalid config schema\n  - bad#/root/properties/a: a node needs "kind", one of: enum, boolean, number, defined, count, type, package, version, keys, array, object, union, call\n'],
    [[], "scrubjay: no config file given (see 'scrubjay config --help')\n"],
    [['a.mjs', 'b.mjs'], "scrubjay: unexpected argument 'b.mjs' (see 'scrubjay config --help')\n"],
    [['a.mjs', '--bogus'], "scrubjay: unknown option '--bogus' (see 'scrubjay config --help')\n"],
  ])('%j', async (args, stderr) => {
    const r = await runConfig(args, t.dir);
    expect(r).toEqual({ code: EXIT.usage, stdout: '', stderr });
    expect(r.stderr).not.toContain('sk_live');
    expect(r.stderr).not.toContain('acme');
  });
});
