#!/usr/bin/env node
/**
 * demo-cli: a small CLI that adopts scrubjay's telemetry client the way a real tool would.
 *
 *   demo-cli build                       builds (and fails with a real error: a path and a token in it)
 *   demo-cli telemetry enable|disable|status
 *
 * DEBUG=demo-cli:telemetry prints each event exactly as it would be sent, and sends nothing.
 * DEMO_CLI_TELEMETRY_ENDPOINT points it at a collector (see collector.mjs); a real tool hard-codes it.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createTelemetry, runTelemetryCommand } from 'scrubjay/telemetry';

const VERSION = '1.4.0';

/** What of the config may leave: listed enum values, whether keys are set, allowed package names. */
const configSchema = {
  name: 'demo-cli',
  root: {
    kind: 'object',
    properties: {
      output: { kind: 'enum', values: ['static', 'server'] },
      site: { kind: 'defined' },
      outDir: { kind: 'defined' },
      minify: { kind: 'boolean' },
      plugins: { kind: 'array', items: { kind: 'package', allow: ['@demo-cli/*'] } },
      env: { kind: 'keys' },
    },
  },
};

const telemetry = createTelemetry({
  name: 'demo-cli',
  version: VERSION,
  endpoint: process.env.DEMO_CLI_TELEMETRY_ENDPOINT ?? 'http://127.0.0.1:4319/events',
  configSchema,
});

function loadConfig() {
  try {
    return JSON.parse(readFileSync('demo-cli.config.json', 'utf8'));
  } catch {
    return { output: 'static', plugins: ['@demo-cli/sitemap'] };
  }
}

/** Fails the way builds do: a missing file under the home directory, found through a deploy token. */
function build() {
  const token = process.env.DEMO_DEPLOY_TOKEN ?? 'no-token';
  const manifest = join(homedir(), '.cache', 'demo-cli', token, 'manifest.json');
  try {
    return JSON.parse(readFileSync(manifest, 'utf8'));
  } catch (cause) {
    throw new Error(`Build failed: no cached manifest for deploy token ${token}`, { cause });
  }
}

async function main(argv) {
  const [command = 'help', ...args] = argv;
  if (command === 'telemetry') return runTelemetryCommand(telemetry, args, (text) => process.stdout.write(text));
  if (command !== 'build') {
    process.stdout.write('usage: demo-cli build | demo-cli telemetry <enable|disable|status>\n');
    return command === 'help' ? 0 : 2;
  }
  const notice = telemetry.notice();
  if (notice) process.stderr.write(`${notice}\n`);
  const config = loadConfig();
  const started = Date.now();
  let code = 0;
  let error;
  try {
    build();
  } catch (caught) {
    error = caught;
    code = 1;
    process.stderr.write(`demo-cli: ${caught.message}\n`);
  }
  await telemetry.record('command', { command: 'build', config, error, durationMs: Date.now() - started });
  await telemetry.flush(); // at most flushTimeoutMs (500 ms by default)
  return code;
}

process.exitCode = await main(process.argv.slice(2));
