/**
 * End to end: the telemetry client in child processes (own HOME, XDG_CONFIG_HOME, project dir, env)
 * against a real HTTP collector on 127.0.0.1. Assertions are on the bodies the collector received.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Collector } from './collector.js';
import { startCollector } from './collector.js';
import { DEPLOY_TOKEN, PLANTED, TOOL } from './planted.js';
import type { Sandbox } from './run-child.js';
import { createSandbox, runNode } from './run-child.js';

const CHILD = join(import.meta.dirname, 'child', 'telemetry-child.ts');
let collector: Collector;
let sandbox: Sandbox;

beforeAll(async () => {
  collector = await startCollector();
});
afterAll(() => collector.close());
beforeEach(() => {
  collector.received.length = 0;
  sandbox = createSandbox();
});
afterEach(() => sandbox.cleanup());

function child(steps: string[], extra: Record<string, string> = {}) {
  return runNode(CHILD, steps, { cwd: sandbox.project, env: sandbox.env({ TEST_ENDPOINT: collector.endpoint, JAYTEST_DEPLOY_TOKEN: DEPLOY_TOKEN, ...extra }) });
}

function receivedEvents(): Array<Record<string, unknown>> {
  return collector.received.flatMap((r) => (JSON.parse(r.body) as { events: Array<Record<string, unknown>> }).events);
}

describe('telemetry end to end (child processes, real HTTP collector)', () => {
  it('sends one batch, POST JSON, with the event scrubbed: no planted secret arrives', async () => {
    const r = await child(['record', 'record', 'flush']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(collector.received).toHaveLength(1);
    const [request] = collector.received;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/events', contentType: 'application/json' });
    for (const planted of [...PLANTED, sandbox.home, sandbox.project]) expect(request!.body, planted).not.toContain(planted);
    const events = receivedEvents();
    expect(events).toHaveLength(2);
    const [event] = events;
    expect(event).toMatchObject({ event: 'command', command: 'build', tool: TOOL, props: { durationMs: 42 } });
    expect(event!.config).toEqual({ output: 'server', site: true, outDir: true, integrations: ['@astrojs/mdx', '<package>'], env: { '<key#1>': true, '<key#2>': true }, '<unknown-keys>': 1 });
    const error = event!.error as { message: string; cause: { code: string; syscall: string } };
    expect(error.message).toContain('<env:JAYTEST_DEPLOY_TOKEN>');
    expect(error.message).toContain('<secret:stripe-key>');
    expect(error.cause).toMatchObject({ code: 'ENOENT', syscall: 'open' });
    expect(Object.keys(event!.machine as object).sort()).toEqual(['arch', 'ci', 'ciName', 'cpus', 'docker', 'node', 'os', 'tty', 'wsl']);
  });

  it('ids: the anonymous id is stored and reused, the run id is per process, the salt never leaves', async () => {
    await child(['record', 'flush']);
    await child(['record', 'flush']);
    const [first, second] = receivedEvents();
    const stored = JSON.parse(readFileSync(join(sandbox.configHome, 'jaytest', 'telemetry.json'), 'utf8')) as { anonymousId: string; salt: string };
    expect(first!.anonymousId).toBe(stored.anonymousId);
    expect(second!.anonymousId).toBe(stored.anonymousId);
    expect(first!.runId).not.toBe(second!.runId);
    expect(first!.projectId).toBe(second!.projectId);
    expect(first!.projectId).toMatch(/^[0-9a-f]{64}$/);
    for (const r of collector.received) expect(r.body).not.toContain(stored.salt);
  });

  it.each([
    ['DO_NOT_TRACK=1', { DO_NOT_TRACK: '1' }],
    ['JAYTEST_TELEMETRY_DISABLED=1', { JAYTEST_TELEMETRY_DISABLED: '1' }],
  ])('%s: nothing is sent and nothing is written', async (_name, env) => {
    const r = await child(['status', 'record', 'flush'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ enabled: false });
    expect(collector.received).toEqual([]);
    expect(existsSync(join(sandbox.configHome, 'jaytest'))).toBe(false);
  });

  it('disable() stops sending, in this process and in the next ones; enable() restores it', async () => {
    const r = await child(['disable', 'record', 'flush']);
    expect(r.stdout).toBe('disable true\n');
    await child(['record', 'flush']);
    expect(collector.received).toEqual([]);
    await child(['enable', 'record', 'flush']);
    expect(receivedEvents()).toHaveLength(1);
  });

  it('the project opts out in its package.json', async () => {
    writeFileSync(join(sandbox.project, 'package.json'), JSON.stringify({ name: 'x', jaytest: { telemetry: false } }));
    const r = await child(['status', 'record', 'flush']);
    expect(JSON.parse(r.stdout)).toMatchObject({ enabled: false, reason: 'project-disabled' });
    expect(collector.received).toEqual([]);
  });

  it.each([
    ['DEBUG=jaytest:telemetry', { DEBUG: 'jaytest:telemetry' }],
    ['DEBUG=other,jay*', { DEBUG: 'other,jay*' }],
    ['JAYTEST_TELEMETRY_DEBUG=1', { JAYTEST_TELEMETRY_DEBUG: '1' }],
  ])('debug mode (%s) prints the event, ids included, and sends nothing', async (_name, env) => {
    const r = await child(['record', 'flush'], env);
    expect(r.code).toBe(0);
    expect(collector.received).toEqual([]);
    expect(r.stderr).toMatch(/^jaytest:telemetry event \(debug mode: printed, not sent/);
    const event = JSON.parse(r.stderr.slice(r.stderr.indexOf('\n') + 1)) as Record<string, unknown>;
    const stored = JSON.parse(readFileSync(join(sandbox.configHome, 'jaytest', 'telemetry.json'), 'utf8')) as { anonymousId: string };
    expect(event).toMatchObject({ event: 'command', anonymousId: stored.anonymousId, tool: TOOL });
    for (const planted of PLANTED) expect(r.stderr, planted).not.toContain(planted);
  });

  it('debug mode while disabled says so once, and prints no event', async () => {
    const r = await child(['record', 'record', 'flush'], { DEBUG: '*', DO_NOT_TRACK: '1' });
    expect(r.stderr).toBe('jaytest:telemetry off (do-not-track): nothing recorded\n');
    expect(collector.received).toEqual([]);
  });

  it('an unwritable config dir (its parent is a regular file) degrades to "not enabled", silently', async () => {
    const file = join(sandbox.home, 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await child(['status', 'notice', 'record', 'flush'], { XDG_CONFIG_HOME: join(file, 'config') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [status, notice] = r.stdout.trim().split('\n');
    expect(JSON.parse(status!)).toMatchObject({ enabled: false, reason: 'settings-unwritable' });
    expect(notice).toBe('notice null');
    expect(collector.received).toEqual([]);
  });
});
