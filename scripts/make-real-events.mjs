#!/usr/bin/env node
/**
 * Produces real Node.js error events for the end-to-end leak test and the benchmark.
 *
 *   node scripts/make-real-events.mjs [--root DIR]     (default DIR: <os tmpdir>/scrubjay-real)
 *
 * It (re)creates a fake home `DIR/home/marguerite` holding a project `code/nightjar-shop`, then runs
 * real failures in child processes (cwd = the project, HOME/USERPROFILE = the fake home, fake but
 * format-valid secrets planted in their env). Each child preloads the project's small telemetry
 * client, which prints the uncaught error as one JSON line, as a telemetry client would send it.
 * Network: loopback only (a closed 127.0.0.1 port for fetch and for the DNS server).
 *
 * Writes, to be committed: fixtures/events/real-errors.ndjson (one event per line),
 * real-errors.context.json (the ScrubContext: planted env, cwd, home, user, hostname, tmpdir) and
 * real-errors.planted.txt (every planted value, one per line). The planted values are fixed; only a
 * pid (and the root directory, if it is another) differs between runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rootArg = process.argv.indexOf('--root');
const root = resolve(rootArg > 0 ? process.argv[rootArg + 1] : join(tmpdir(), 'scrubjay-real'));
const home = join(root, 'home', 'marguerite');
const project = join(home, 'code', 'nightjar-shop');
const tmp = join(root, 'tmp');

// GitHub and npm tokens: 30 base62 characters and their CRC-32 in 6 base62 characters.
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function crc32(text) {
  let crc = 0xffffffff;
  for (const ch of text) {
    crc ^= ch.charCodeAt(0);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function checksummed(prefix, body) {
  let n = crc32(body);
  let sum = '';
  for (; n > 0; n = Math.floor(n / 62)) sum = BASE62[n % 62] + sum;
  return prefix + body + sum.padStart(6, '0');
}

// Fake values. Token-shaped literals are assembled from parts so that push protection, which ignores
// only fixtures/ and test/, does not take this script for a leak.
const dbPassword = 'Pl4nt3dDbP4ssw0rd9x';
const plantedEnv = {
  GITHUB_TOKEN: checksummed('ghp_', 'N1ghtj4rSh0pF4k3T0k3nF0rT3stsQ'),
  NPM_TOKEN: checksummed('npm_', 'Fk3Npm7okenN1ghtj4rPl4nt3dV4lu'),
  STRIPE_SECRET_KEY: ['sk', 'live', '51NjGhTjArM4rGu3r1t3F4k3K3yD0N0tUs3xYz0123456789AbCdEf'].join('_'),
  AWS_ACCESS_KEY_ID: ['AK', 'IA', 'QNIGHTJARSHOP2X7'].join(''),
  AWS_SECRET_ACCESS_KEY: ['nJ4rM4rgu3r1t3F4k3', 'S3cr3tK3yN0tR34lXyZ9Qw'].join(''),
  DATABASE_URL: `postgres://nightjar_app:${dbPassword}@db.nightjar.internal:5432/shop`,
  NIGHTJAR_API_SECRET: 'njs_live_7c1f4e9a2b8d6053e4a1c9f7b2d8e6a0',
  NIGHTJAR_ACCOUNT_EMAIL: 'marguerite.dupont@nightjar-flowers.fr',
};

// The project's telemetry client: the error (name, message, stack, code, own props, cause, errors)
// plus command and version fields. Buffers become text; depth is capped.
const telemetry = `'use strict';
function plain(value, depth) {
  if (value instanceof Error) return error(value, depth);
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (typeof value === 'bigint') return String(value);
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (depth > 6) return '[deep]';
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1) ?? null);
  const out = {};
  for (const k of Object.keys(value)) out[k] = plain(value[k], depth + 1);
  return out;
}
function error(err, depth) {
  const out = { name: err.name, message: err.message, stack: err.stack };
  if (err.code !== undefined) out.code = err.code;
  for (const k of Object.keys(err)) if (!(k in out) && k !== 'cause' && k !== 'errors') out[k] = plain(err[k], depth + 1);
  if (Array.isArray(err.errors)) out.errors = err.errors.map((e) => plain(e, depth + 1));
  if (err.cause !== undefined) out.cause = plain(err.cause, depth + 1);
  return out;
}
function report(err) {
  const event = {
    event: 'cli_error', command: process.env.npm_lifecycle_event, cliVersion: '1.4.2',
    nodeVersion: process.version, platform: process.platform, arch: process.arch,
    argv: process.argv.slice(1), error: plain(err, 0),
  };
  process.stdout.write(JSON.stringify(event) + '\\n');
  process.exitCode = 1;
}
process.on('uncaughtException', report);
process.on('unhandledRejection', report);
`;

/** [command, file in the project (or null for `node -e`), source]; PORT is a closed loopback port. */
const cases = [
  ['import-orders', 'src/import-orders.mjs', `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export const orders = readFileSync(join(process.cwd(), 'data', 'orders-2024.csv'), 'utf8');`],
  ['load-config', 'src/load-config.mjs', `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const file = join(process.cwd(), 'nightjar.config.json');
try { JSON.parse(readFileSync(file, 'utf8')); }
catch (e) { throw new Error(\`Invalid configuration in \${file}: \${e.message}\`, { cause: e }); }`],
  ['serve', 'src/server.cjs', `const payments = require('nightjar-payments-sdk');
payments.listen(3000);`],
  ['worker', 'src/worker.mjs', `import analytics from '@nightjar/analytics';
analytics.start();`],
  ['db:migrate', null, `const dsn = process.env.DATABASE_URL.replace('postgres:', '');
const url = new URL(dsn);
console.log(url.host);`],
  ['sync-inventory', 'src/sync-inventory.mjs', `const url = \`http://127.0.0.1:PORT/v1/inventory?token=\${process.env.NIGHTJAR_API_SECRET}\`;
try { await fetch(url); }
catch (e) { throw new Error(\`request to \${url} failed, reason: \${e.cause?.message}\`, { cause: e }); }`],
  ['billing-health', null, `const { Resolver } = require('node:dns').promises;
const resolver = new Resolver({ timeout: 500, tries: 1 });
resolver.setServers(['127.0.0.1:PORT']);
resolver.resolve4('billing.nightjar.invalid').then((a) => console.log(a));`],
  ['deploy', 'scripts/deploy.mjs', `import { execSync } from 'node:child_process';
execSync(\`nightjar-deploy --token \${process.env.GITHUB_TOKEN} --registry-token=\${process.env.NPM_TOKEN}\`, { stdio: 'pipe' });`],
  ['bootstrap', 'src/bootstrap.mjs', `import { readFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
await Promise.any([
  readFile(join(homedir(), '.nightjar', 'credentials'), 'utf8'),
  readFile(join(process.cwd(), '.env.local'), 'utf8'),
  readFile(join(tmpdir(), 'nightjar-cache', 'session.json'), 'utf8'),
]);`],
  ['checkout', 'src/checkout.mjs', `class StripeAuthenticationError extends Error {
  constructor(key) {
    super(\`Invalid API Key provided: \${key}\`);
    this.name = 'StripeAuthenticationError';
    Object.assign(this, { type: 'invalid_request_error', statusCode: 401, requestId: 'req_8dJ2kq0Lw1' });
  }
}
function charge() { throw new StripeAuthenticationError(process.env.STRIPE_SECRET_KEY); }
function checkout(email) {
  try { charge(); } catch (e) { throw new Error(\`charge failed for \${email}\`, { cause: e }); }
}
try { checkout(process.env.NIGHTJAR_ACCOUNT_EMAIL); }
catch (e) { const err = new Error('checkout failed', { cause: e }); err.code = 'ERR_CHECKOUT'; throw err; }`],
  ['upload-assets', 'src/upload-assets.mjs', `import { homedir } from 'node:os';
const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret } = process.env;
const err = new Error(\`Could not sign S3 request with \${id}:\${secret} (profile from \${homedir()}/.aws/credentials)\`);
err.name = 'CredentialsProviderError';
err.code = 'SignatureDoesNotMatch';
throw err;`],
  ['test', 'test/config.test.mjs', `import assert from 'node:assert';
const actual = { database: process.env.DATABASE_URL, owner: process.env.NIGHTJAR_ACCOUNT_EMAIL, retries: 3 };
assert.deepStrictEqual(actual, { database: 'postgres://localhost:5432/shop', owner: process.env.NIGHTJAR_ACCOUNT_EMAIL, retries: 5 });`],
];

/** A loopback port nothing listens on: 47110 when it is free (stable fixtures), else any free one. */
function closedPort(preferred = 47110) {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', (e) => (preferred ? closedPort(0).then(done, fail) : fail(e)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function buildProject() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  write(join(project, 'package.json'), `${JSON.stringify({ name: 'nightjar-shop', version: '1.4.2', private: true }, null, 2)}\n`);
  write(join(project, 'nightjar.config.json'), `{\n  "store": "nightjar",\n  "apiSecret": ${plantedEnv.NIGHTJAR_API_SECRET},\n  "retries": 3\n}\n`);
  write(join(project, 'telemetry.cjs'), telemetry);
}

function runCase([command, file, source], port) {
  const code = source.replaceAll('PORT', String(port));
  const args = ['--require', './telemetry.cjs'];
  if (file) write(join(project, file), `${code}\n`);
  args.push(...(file ? [file] : ['-e', code]));
  const env = {
    ...plantedEnv, PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, USERPROFILE: home, USER: 'marguerite',
    LOGNAME: 'marguerite', TMPDIR: tmp, TEMP: tmp, TMP: tmp, npm_lifecycle_event: command,
  };
  const child = spawnSync(process.execPath, args, { cwd: project, env, encoding: 'utf8', timeout: 20_000 });
  const lines = child.stdout.split('\n').filter((l) => l.startsWith('{'));
  if (lines.length !== 1) throw new Error(`case ${command}: expected one JSON line, got ${lines.length} (exit ${child.status})`);
  return lines[0];
}

async function main() {
  buildProject();
  const events = [];
  for (const c of cases) events.push(runCase(c, await closedPort()));
  const out = join(repo, 'fixtures', 'events');
  const context = { env: plantedEnv, cwd: project, home, user: 'marguerite', hostname: 'margs-macbook.local', tmpdir: tmp };
  const planted = [...Object.values(plantedEnv), dbPassword, home, 'nightjar-shop'];
  write(join(out, 'real-errors.ndjson'), `${events.join('\n')}\n`);
  write(join(out, 'real-errors.context.json'), `${JSON.stringify(context, null, 2)}\n`);
  write(join(out, 'real-errors.planted.txt'), `${planted.join('\n')}\n`);
  process.stdout.write(`wrote ${events.length} events to ${out}\n`);
}

await main();
