/**
 * The example CLI (examples/telemetry-cli/cli.mjs) run with plain node: it imports `scrubjay/telemetry`
 * (self-reference, the built dist/telemetry.js), so this suite runs once package.json exports
 * `./telemetry`; `npm test` builds dist before vitest. The README walk-through: debug event, send,
 * disable, nothing sent.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Collector } from './collector.js';
import { startCollector } from './collector.js';
import type { Sandbox } from './run-child.js';
import { ROOT, createSandbox, runNode } from './run-child.js';

const CLI = join(ROOT, 'examples', 'telemetry-cli', 'cli.mjs');
const exportsMap = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }).exports;
const TOKEN = 'dpl_7Hq2LmZ9xW4rT8vN';
const PLANTED = [TOKEN, 'sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'staging.acme-internal.dev', '@acme-corp/deploy-plugin', 'marguerite', 'nightjar-shop'];

let collector: Collector;
let sandbox: Sandbox;

beforeAll(async () => {
  collector = await startCollector();
});
afterAll(() => collector.close());
beforeEach(() => {
  collector.received.length = 0;
  sandbox = createSandbox();
  writeFileSync(
    join(sandbox.project, 'demo-cli.config.json'),
    JSON.stringify({ output: 'server', site: 'https://staging.acme-internal.dev', outDir: `${sandbox.home}/out`, minify: true, plugins: ['@demo-cli/sitemap', '@acme-corp/deploy-plugin'], env: { STRIPE_SECRET_KEY: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' } }),
  );
});
afterEach(() => sandbox.cleanup());

function demo(args: string[], env: Record<string, string> = {}) {
  return runNode(CLI, args, { tsx: false, cwd: sandbox.project, env: sandbox.env({ DEMO_CLI_TELEMETRY_ENDPOINT: collector.endpoint, DEMO_DEPLOY_TOKEN: TOKEN, ...env }) });
}

describe.skipIf(exportsMap['./telemetry'] === undefined)('example CLI through scrubjay/telemetry', () => {
  it('build fails with a real error; the event arrives scrubbed', async () => {
    const r = await demo(['build']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`demo-cli: Build failed: no cached manifest for deploy token ${TOKEN}`); // the user sees it locally
    expect(r.stderr).toContain('demo-cli collects anonymous usage data'); // the first-run notice
    expect(collector.received).toHaveLength(1);
    const body = collector.received[0]!.body;
    for (const planted of [...PLANTED, sandbox.home]) expect(body, planted).not.toContain(planted);
    const [event] = (JSON.parse(body) as { events: Array<Record<string, unknown>> }).events;
    expect(event).toMatchObject({
      command: 'build',
      tool: { name: 'demo-cli', version: '1.4.0' },
      config: { output: 'server', site: true, outDir: true, minify: true, plugins: ['@demo-cli/sitemap', '<package>'], env: { '<key#1>': true } },
      error: { message: 'Build failed: no cached manifest for deploy token <env:DEMO_DEPLOY_TOKEN>', cause: { code: 'ENOENT', path: '<home>' } },
    });
    expect((await demo(['build'])).stderr).not.toContain('collects anonymous usage data'); // once per machine
  });

  it('DEBUG=demo-cli:telemetry prints the event and sends nothing', async () => {
    const r = await demo(['build'], { DEBUG: 'demo-cli:telemetry' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('demo-cli:telemetry event (debug mode: printed, not sent');
    expect(r.stderr).toContain('"anonymousId"');
    expect(r.stderr).toContain('<env:DEMO_DEPLOY_TOKEN>');
    expect(collector.received).toEqual([]);
  });

  it('telemetry disable: status says so, and a build sends nothing', async () => {
    expect(await demo(['telemetry', 'disable'])).toMatchObject({ code: 0, stdout: 'demo-cli telemetry disabled on this machine.\n' });
    expect((await demo(['telemetry', 'status'])).stdout).toContain('demo-cli telemetry: disabled on this machine');
    expect((await demo(['build'])).code).toBe(1);
    expect(collector.received).toEqual([]);
    expect((await demo(['telemetry', 'enable'])).code).toBe(0);
    await demo(['build']);
    expect(collector.received).toHaveLength(1);
  });

  it('telemetry with a bad action is a usage error', async () => {
    expect(await demo(['telemetry', 'off'])).toMatchObject({ code: 2, stdout: 'usage: demo-cli telemetry <enable|disable|status>\n' });
  });
});
