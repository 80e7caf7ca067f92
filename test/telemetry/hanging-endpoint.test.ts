/**
 * A collector that reads the request and never answers must not hold the host: the child exits within
 * the flush bound (500 ms by default) plus what the same child takes against a collector that answers,
 * with generous slack for loaded CI. The request is checked to have arrived (the child did wait on a
 * hanging endpoint), and a control with a 4 s bound shows the measure would catch a hang.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collector } from './collector.js';
import { startCollector } from './collector.js';
import { createSandbox, runNode } from './run-child.js';

const CHILD = join(import.meta.dirname, 'child', 'telemetry-child.ts');
const BOUND_MS = 500; // the default flushTimeoutMs
const SLACK_MS = 2_000; // generous, for loaded CI machines
let hanging: Collector;
let answering: Collector;
/** Wall time of the same child against a collector that answers: start-up, scrubber compile, one request. */
let baselineMs = 0;

beforeAll(async () => {
  hanging = await startCollector('hang');
  answering = await startCollector('answer');
  const sandbox = createSandbox();
  try {
    const r = await runNode(CHILD, ['record', 'flush'], { cwd: sandbox.project, env: sandbox.env({ TEST_ENDPOINT: answering.endpoint }) });
    expect(answering.received).toHaveLength(1);
    baselineMs = r.ms;
  } finally {
    sandbox.cleanup();
  }
});
afterAll(async () => {
  await hanging.close();
  await answering.close();
});

describe('a hanging endpoint', () => {
  async function timeChild(steps: string[], env: Record<string, string> = {}) {
    const sandbox = createSandbox();
    const before = hanging.received.length;
    try {
      const r = await runNode(CHILD, steps, { cwd: sandbox.project, env: sandbox.env({ TEST_ENDPOINT: hanging.endpoint, ...env }), timeoutMs: 30_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(hanging.received.length, 'the request reached the hanging endpoint').toBe(before + 1);
      return r.ms;
    } finally {
      sandbox.cleanup();
    }
  }

  it.each([
    ['awaits flush()', ['record', 'flush'], {}],
    ['does not await flush()', ['record', 'flush-nowait'], {}],
    ['fills a batch (a background send) and never flushes', ['record', 'record'], { TEST_MAX_BATCH: '2' }],
  ])('the host that %s exits within the bound', async (_name, steps, env) => {
    expect(await timeChild(steps, env)).toBeLessThan(baselineMs + BOUND_MS + SLACK_MS);
  });

  it('control: with flushTimeoutMs 4000 the same child does wait 4 s (the endpoint holds it until the bound)', async () => {
    expect(await timeChild(['record', 'flush'], { TEST_FLUSH_MS: '4000' })).toBeGreaterThanOrEqual(4_000);
  });

  it('flush() itself resolves within flushTimeoutMs', async () => {
    const { createTelemetry } = await import('../../src/telemetry/index.js');
    const sandbox = createSandbox();
    try {
      const telemetry = createTelemetry({ name: 'jaytest', version: '1.0.0', endpoint: hanging.endpoint, flushTimeoutMs: 300, configDir: join(sandbox.home, 'cfg'), cwd: sandbox.project, env: {} });
      await telemetry.record('command', { command: 'build' });
      const started = performance.now();
      await telemetry.flush();
      const ms = performance.now() - started;
      expect(ms).toBeGreaterThanOrEqual(250);
      expect(ms).toBeLessThan(1_500);
    } finally {
      sandbox.cleanup();
    }
  });
});
