import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelemetry } from '../../src/telemetry/index.js';
import type { FakeHost } from './fake-host.js';
import { MACHINE, fakeHost } from './fake-host.js';

let host: FakeHost;
afterEach(() => host?.cleanup());

function sentEvents(): Array<Record<string, unknown>> {
  return host.bodies.flatMap((b) => (JSON.parse(b) as { events: Array<Record<string, unknown>> }).events);
}

describe('createTelemetry (in process, everything injected)', () => {
  it('builds the event: ids, tool, command, machine facts, props; no config without a schema', async () => {
    host = fakeHost();
    await host.telemetry.record('command', { command: 'dev', config: { secret: 'x' }, durationMs: 7 });
    await host.telemetry.flush();
    const [event] = sentEvents();
    expect(event).toEqual({
      event: 'command',
      time: '2025-01-02T03:04:05.000Z',
      anonymousId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      projectId: expect.stringMatching(/^[0-9a-f]{64}$/),
      tool: { name: 'mycli', version: '2.0.1' },
      command: 'dev',
      machine: MACHINE,
      props: { durationMs: 7 },
    });
  });

  it('everything goes through the scrubber: props and errors with this env and cwd', async () => {
    host = fakeHost({ env: { API_TOKEN: 'tok_9fQ2mZx81LpR' } });
    const error = new Error(`failed at ${host.cwd}/src/x.ts with tok_9fQ2mZx81LpR`);
    await host.telemetry.record('command', { command: 'build', error, note: `${host.cwd}/notes.md`, email: 'ana@shop.example' });
    await host.telemetry.flush();
    const body = host.bodies.join('');
    for (const planted of ['tok_9fQ2mZx81LpR', host.cwd, 'ana@shop.example']) expect(body).not.toContain(planted);
    expect(sentEvents()[0]).toMatchObject({ error: { name: 'Error', message: 'failed at <project> with <env:API_TOKEN>' }, props: { note: '<project>', email: '<redacted>' } });
  });

  it('status and the constructor never write; the first event creates the ids', async () => {
    host = fakeHost();
    expect(host.telemetry.status()).toMatchObject({ enabled: true, reason: 'enabled', debug: false, disableVariable: 'MYCLI_TELEMETRY_DISABLED' });
    expect(existsSync(host.configDir)).toBe(false);
    await host.telemetry.record('command');
    const stored = JSON.parse(readFileSync(join(host.configDir, 'telemetry.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(stored).sort()).toEqual(['anonymousId', 'salt']);
  });

  it('disable() stops at once, clears the queue, forgets the ids; enable() starts a new identity', async () => {
    host = fakeHost();
    await host.telemetry.record('a');
    const first = JSON.parse(readFileSync(join(host.configDir, 'telemetry.json'), 'utf8')) as { anonymousId: string };
    expect(host.telemetry.disable()).toBe(true);
    await host.telemetry.record('b');
    await host.telemetry.flush();
    expect(host.bodies).toEqual([]);
    expect(JSON.parse(readFileSync(join(host.configDir, 'telemetry.json'), 'utf8'))).toEqual({ enabled: false });
    expect(host.telemetry.status()).toMatchObject({ enabled: false, reason: 'machine-disabled' });
    expect(host.telemetry.enable()).toBe(true);
    await host.telemetry.record('c');
    await host.telemetry.flush();
    expect(sentEvents().map((e) => e.event)).toEqual(['c']);
    expect(sentEvents()[0]!.anonymousId).not.toBe(first.anonymousId);
  });

  it('notice() once per machine, recorded; never when not enabled', () => {
    host = fakeHost();
    const text = host.telemetry.notice();
    expect(text).toContain('DEBUG=mycli:telemetry');
    expect(text).toContain('mycli telemetry disable');
    expect(text).toContain('MYCLI_TELEMETRY_DISABLED=1');
    expect(host.telemetry.notice()).toBeUndefined();
    const off = fakeHost({ env: { DO_NOT_TRACK: '1' } });
    expect(off.telemetry.notice()).toBeUndefined();
    expect(existsSync(off.configDir)).toBe(false);
    off.cleanup();
  });

  it('a corrupt settings file is "not enabled" until enable() rewrites it', async () => {
    host = fakeHost();
    mkdirSync(host.configDir, { recursive: true });
    writeFileSync(join(host.configDir, 'telemetry.json'), '{corrupt');
    expect(host.telemetry.status().reason).toBe('settings-unreadable');
    expect(host.telemetry.enable()).toBe(true);
    expect(host.telemetry.status().enabled).toBe(true);
    await host.telemetry.record('after');
    await host.telemetry.flush();
    expect(sentEvents()).toHaveLength(1);
  });

  it('never throws into the host: fetch throwing, rejecting, answering 500', async () => {
    for (const fetchImpl of [
      () => {
        throw new Error('sync');
      },
      () => Promise.reject(new Error('async')),
      async () => ({ ok: false, body: null }),
    ]) {
      host = fakeHost({ fetchImpl });
      await expect(host.telemetry.record('x', { error: new Error('boom') })).resolves.toBeUndefined();
      await expect(host.telemetry.flush()).resolves.toBeUndefined();
      host.cleanup();
    }
  });

  it('a full batch starts a send without flush; flush sends the rest in batches', async () => {
    host = fakeHost({ maxBatch: 2 });
    for (const n of [1, 2, 3]) await host.telemetry.record(`e${n}`);
    expect(host.bodies).toHaveLength(1);
    await host.telemetry.flush();
    expect(host.bodies.map((b) => (JSON.parse(b) as { events: unknown[] }).events.length)).toEqual([2, 1]);
  });

  it('debug mode writes each event through the injected writer, sends nothing', async () => {
    host = fakeHost({ env: { DEBUG: 'mycli:*' } });
    await host.telemetry.record('command', { command: 'build' });
    await host.telemetry.flush();
    expect(host.bodies).toEqual([]);
    expect(host.stderr).toHaveLength(1);
    const [header, ...json] = host.stderr[0]!.split('\n');
    expect(header).toMatch(/^mycli:telemetry event/);
    expect(JSON.parse(json.join('\n'))).toMatchObject({ event: 'command', command: 'build', tool: { name: 'mycli' } });
  });

  it('the host option and the config schema', async () => {
    host = fakeHost({ disabled: true });
    expect(host.telemetry.status().reason).toBe('host-disabled');
    host.cleanup();
    host = fakeHost({ configSchema: { name: 'mini', root: { kind: 'object', properties: { mode: { kind: 'enum', values: ['a', 'b'] } } } } });
    await host.telemetry.record('command', { config: { mode: 'b', token: 'zzz-secret-zzz' } });
    await host.telemetry.flush();
    expect(sentEvents()[0]!.config).toEqual({ mode: 'b', '<unknown-keys>': 1 });
  });

  it.each([
    [{ name: 'my cli' }],
    [{ name: '' }],
    [{ endpoint: 'ftp://x' }],
    [{ endpoint: 'not a url' }],
    [{ flushTimeoutMs: 0 }],
    [{ maxBatch: -1 }],
  ])('refuses bad options at creation: %j', (bad) => {
    expect(() => createTelemetry({ name: 'mycli', version: '1', endpoint: 'https://x.example', env: {}, ...bad })).toThrow(/telemetry option/);
  });
});
