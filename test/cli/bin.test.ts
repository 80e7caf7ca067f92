/**
 * End to end: the built executable (`dist/cli/bin.js`, made by `npx tsup`, which `npm install` runs via
 * `prepare`) on the bundled example event.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tempDir } from './fake-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const event = 'fixtures/events/astro-build-error.json';
const tmp = tempDir({
  'ctx.json': JSON.stringify({ home: '/Users/marguerite', user: 'marguerite', hostname: 'margs-MacBook-Pro.local', cwd: '/Users/marguerite/Sites/nightjar-shop' }),
});
afterAll(() => tmp.cleanup());

function scrubjay(args: string[], stdin?: string) {
  expect(existsSync(bin), `${bin} is missing: build it with \`npx tsup\` (npm install runs it via "prepare")`).toBe(true);
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, input: stdin, encoding: 'utf8', timeout: 30_000 });
}

// Planted values the current rules (paths, URLs, sensitive keys) must remove, whatever the machine.
const PLANTED_NOW = [
  '/Users/marguerite', // file paths in the stack and env.cwd
  'sk_live_51MarGueRiTe', // value of the sensitive key config.env.STRIPE_SECRET_KEY
  'ghp_R4nd0m', // URL userinfo in error.cause.command
  'x-access-token', // URL userinfo
  'eyJhbGciOiJIUzI1NiJ9', // value of the sensitive key Authorization
  'shop.marguerite-flowers.com', // URL host
  'billing.nightjar.internal', // URL host
  'cus_9s8d7f', // URL query value
];

describe('bin: dist/cli/bin.js', () => {
  it('scrubs the bundled example event with this machine as context', () => {
    const r = scrubjay(['scrub', event]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    for (const planted of PLANTED_NOW) expect(r.stdout, planted).not.toContain(planted);
    expect(r.stdout).toContain('<home>');
  });

  it('reads stdin and uses --context: user and host name go too', () => {
    const r = scrubjay(['scrub', '--context', tmp.path('ctx.json'), '-'], readFileSync(`${root}/${event}`, 'utf8'));
    expect(r.status).toBe(0);
    for (const planted of [...PLANTED_NOW, 'margs-MacBook-Pro', '"marguerite"']) expect(r.stdout, planted).not.toContain(planted);
    // `user` is a personal-data key: its value goes whole, whatever the context says.
    expect(JSON.parse(r.stdout)).toMatchObject({ env: { user: '<redacted>', host: '<hostname>' } });
  });

  it('bad input: exit 2, one line on stderr, nothing of the input', () => {
    const r = scrubjay(['scrub'], '{"token": "ghp_FAKEfakeFAKEfake0123456789abcdefABCD",\n  oops}');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('scrubjay: <stdin>:2:3: invalid JSON (expected a property name in double quotes)\n');
  });

  it('--version and an unknown option', () => {
    expect(scrubjay(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const r = scrubjay(['scrub', '--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("scrubjay: unknown option '--frobnicate' (see 'scrubjay scrub --help')\n");
  });

  it('--ndjson --workers 2 writes what one thread writes, in order, and names a bad line alike', () => {
    const ndjson = readFileSync(new URL('../../fixtures/events/real-errors.ndjson', import.meta.url), 'utf8');
    const ctx = ['--context', 'fixtures/events/real-errors.context.json'];
    const one = scrubjay(['scrub', '--ndjson', ...ctx], ndjson);
    const two = scrubjay(['scrub', '--ndjson', '--workers', '2', ...ctx], ndjson);
    expect(one.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(ndjson.split('\n').filter((l) => l.trim()).length);

    const bad = `${ndjson.split('\n')[0]}\n{"token": "zq_NOT_ECHOED_123" "b": 2}\n`;
    const badOne = scrubjay(['scrub', '--ndjson', ...ctx], bad);
    const badTwo = scrubjay(['scrub', '--ndjson', '--workers', '2', ...ctx], bad);
    expect(badTwo.status).toBe(2);
    expect(badTwo.stderr).toBe(badOne.stderr);
    expect(badTwo.stderr).toBe(`scrubjay: <stdin>:2:${'{"token": "zq_NOT_ECHOED_123" '.length + 1}: invalid JSON (expected ',' or '}')\n`);
  });

  it('--workers needs --ndjson and a whole number', () => {
    expect(scrubjay(['scrub', '--workers', '2', event]).stderr).toBe("scrubjay: --workers needs --ndjson (see 'scrubjay scrub --help')\n");
    expect(scrubjay(['scrub', '--ndjson', '--workers', 'many', event]).stderr).toBe("scrubjay: --workers takes a whole number of threads (0 to 999) (see 'scrubjay scrub --help')\n");
  });
});
