/** In-process hosts for the telemetry unit tests: injected env, dirs, fetch, clock, stderr and machine facts. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTelemetry } from '../../src/telemetry/index.js';
import type { FetchLike, MachineFacts, Telemetry, TelemetryOptions } from '../../src/telemetry/index.js';

export const MACHINE: MachineFacts = { os: 'linux', arch: 'x64', cpus: '5-8', node: 20, ci: false, ciName: null, tty: true, docker: false, wsl: false };

export interface FakeHost {
  telemetry: Telemetry;
  bodies: string[];
  stderr: string[];
  configDir: string;
  cwd: string;
  cleanup(): void;
}

export function fakeHost(options: Partial<TelemetryOptions> & { fetchImpl?: FetchLike } = {}): FakeHost {
  const base = mkdtempSync(join(tmpdir(), 'scrubjay-host-'));
  const cwd = join(base, 'project');
  mkdirSync(cwd);
  const bodies: string[] = [];
  const stderr: string[] = [];
  const fetchImpl: FetchLike = async (_url, init) => {
    bodies.push(init.body);
    return { ok: true, body: null };
  };
  const { fetchImpl: custom, ...rest } = options;
  const telemetry = createTelemetry({
    name: 'mycli',
    version: '2.0.1',
    endpoint: 'https://telemetry.example.com/v1',
    env: {},
    cwd,
    configDir: join(base, 'config', 'mycli'),
    fetch: custom ?? fetchImpl,
    stderr: (text) => void stderr.push(text),
    now: () => Date.UTC(2025, 0, 2, 3, 4, 5),
    machine: MACHINE,
    ...rest,
  });
  return { telemetry, bodies, stderr, configDir: join(base, 'config', 'mycli'), cwd, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}
