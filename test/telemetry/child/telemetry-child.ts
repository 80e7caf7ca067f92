/**
 * The host process of the end-to-end tests: a tiny CLI using the telemetry client from src/.
 * Steps from argv, run in order: record, flush, flush-nowait, disable, enable, status, notice.
 * The endpoint, flush timeout and batch size come from TEST_ENDPOINT, TEST_FLUSH_MS and TEST_MAX_BATCH.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { createTelemetry } from '../../../src/telemetry/index.js';
import { CONFIG_SCHEMA, TOOL, plantedConfig, plantedError } from '../planted.js';

const telemetry = createTelemetry({
  ...TOOL,
  endpoint: process.env.TEST_ENDPOINT ?? 'http://127.0.0.1:9/none',
  configSchema: CONFIG_SCHEMA,
  ...(process.env.TEST_FLUSH_MS && { flushTimeoutMs: Number(process.env.TEST_FLUSH_MS) }),
  ...(process.env.TEST_MAX_BATCH && { maxBatch: Number(process.env.TEST_MAX_BATCH) }),
});

function recordOne(): Promise<void> {
  const home = homedir();
  return telemetry.record('command', { command: 'build', config: plantedConfig(home), error: plantedError(home, (p) => readFileSync(p)), durationMs: 42 });
}

for (const step of process.argv.slice(2)) {
  if (step === 'record') await recordOne();
  else if (step === 'flush') await telemetry.flush();
  else if (step === 'flush-nowait') void telemetry.flush();
  else if (step === 'disable') process.stdout.write(`disable ${telemetry.disable()}\n`);
  else if (step === 'enable') process.stdout.write(`enable ${telemetry.enable()}\n`);
  else if (step === 'status') process.stdout.write(`${JSON.stringify(telemetry.status())}\n`);
  else if (step === 'notice') process.stdout.write(`notice ${JSON.stringify(telemetry.notice() ?? null)}\n`);
  else throw new Error(`unknown step ${step}`);
}
