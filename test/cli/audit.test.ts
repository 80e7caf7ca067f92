import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { EXIT } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/run.js';
import { fakeIO, runCli, tempDir } from './fake-io.js';
import { setTTY } from './gate/gate-fixtures.js';

const STRIPE = 'sk_live_51NjGhTjArM4rGu3r1t3F4k3K3yD0N0tUs3xYz0123456789AbCdEf';
const SECRETS = [STRIPE, 'ada.lovelace@example.org', 'bob.builder@example.org', 'zq-deploy-7f3a9c1e5b', '/home/ada'];
const EVENT = {
  message: `charge failed with ${STRIPE} in /home/ada/work/shop/src/pay.ts`,
  contact: 'ada.lovelace@example.org',
  owners: { 'bob.builder@example.org': { plan: 'pro' } },
  deploy: 'used zq-deploy-7f3a9c1e5b',
  count: 3,
};
const tmp = tempDir({
  'ctx.json': JSON.stringify({ env: { DEPLOY_TOKEN: 'zq-deploy-7f3a9c1e5b' }, home: '/home/ada', user: 'ada', hostname: 'ada-laptop', cwd: '/home/ada/work/shop', tmpdir: '/tmp' }),
  'event.json': JSON.stringify(EVENT, null, 2),
  'clean.json': '{"status": "ok", "count": 1}',
  'lines.ndjson': '{"a":"ok"}\n\n{"mail":"x.y@example.org"}\n{"ip":"203.0.113.9"}\n',
  'bad.ndjson': '{"a":1}\n{"token": "zq-SECRET-in-bad-line" oops}\n',
  'bad.json': '{\n  "token": "zq-SECRET-in-bad-doc",\n  oops\n}',
});
mkdirSync(tmp.path('dir'));
writeFileSync(tmp.path('dir/a.json'), '{"ip": "203.0.113.9"}');
writeFileSync(tmp.path('dir/b.ndjson'), '{"n": 1}\n{"n": 2}\n');
writeFileSync(tmp.path('dir/notes.txt'), 'not a payload');
mkdirSync(tmp.path('cfg'));
writeFileSync(tmp.path('cfg/scrubjay.config.json'), JSON.stringify({ context: '../ctx.json', allow: ['support@example.org'] }));
writeFileSync(tmp.path('cfg/event.json'), JSON.stringify({ contact: 'support@example.org', other: 'x.y@example.org', deploy: 'zq-deploy-7f3a9c1e5b' }));
afterAll(() => tmp.cleanup());
const ctx = ['--context', 'ctx.json'];
const audit = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(['audit', ...args], { cwd: tmp.dir, ...options });
const leaked = (text: string) => SECRETS.filter((s) => text.includes(s));

describe('audit: text output', () => {
  it('lists each redaction (pointer, rule, placeholder, count), a summary, then the scrubbed payload', async () => {
    const r = await audit([...ctx, 'event.json']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('== event.json  5 redactions');
    expect(lines[1]).toMatch(/^ {2}pointer +rule +placeholder +count$/);
    expect(r.stdout).toMatch(/\n {2}\/message +stripe-secret-key +<secret:stripe-key> +1\n/);
    expect(r.stdout).toMatch(/\n {2}\/message +file-path +<project> +1\n/);
    expect(r.stdout).toMatch(/\n {2}\/contact +email +<email> +1\n/);
    expect(r.stdout).toMatch(/\n {2}\/deploy +known-values +<env:DEPLOY_TOKEN> +1\n/);
    expect(r.stdout).toContain('  by rule and placeholder:\n');
    expect(r.stdout).toMatch(/\n {2}email +<email> +2\n/);
    const scrubbed = r.stdout.slice(r.stdout.indexOf('  scrubbed:\n') + 12, r.stdout.indexOf('\nTotal:'));
    expect(JSON.parse(scrubbed)).toMatchObject({ message: 'charge failed with <secret:stripe-key> in <project>', contact: '<email>', count: 3 });
    expect(r.stdout).toMatch(/Total: 1 payload, 5 redactions\n$/);
    expect(leaked(r.stdout)).toEqual([]);
  });

  it('shows a redacted key as it is in the scrubbed payload, never the original key', async () => {
    const r = await audit([...ctx, 'event.json']);
    expect(r.stdout).toMatch(/\n {2}\/owners\/<email> \(key\) +email +<email> +1\n/);
    expect(r.stdout).not.toContain('bob.builder');
  });

  it('NDJSON: one block per line (named <file>:<line>), blank lines skipped, totals by rule', async () => {
    const r = await audit([...ctx, 'lines.ndjson']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('== lines.ndjson:1  no redactions\n');
    expect(r.stdout).toContain('== lines.ndjson:3  1 redaction\n');
    expect(r.stdout).toContain('== lines.ndjson:4  1 redaction\n');
    expect(r.stdout).toMatch(/Total: 3 payloads, 2 redactions\n {2}rule +placeholder +count\n/);
  });

  it.each([[['-']], [[]]])('%j reads stdin when it is not a terminal', async (args) => {
    const r = await audit([...ctx, ...args], { stdin: '{"mail":"x.y@example.org"}\n{"n":1}\n' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('== <stdin>:1  1 redaction');
    expect(r.stdout).not.toContain('x.y@example.org');
  });

  it('globs and directories name each file; a directory means its .json/.ndjson/.jsonl files', async () => {
    const r = await audit([...ctx, 'l*.ndjson', 'clean.json', 'dir']);
    expect(r.code).toBe(EXIT.ok);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('== ')).map((l) => l.split('  ')[0]);
    expect(heads).toEqual(['== lines.ndjson:1', '== lines.ndjson:3', '== lines.ndjson:4', '== clean.json', '== dir/a.json', '== dir/b.ndjson:1', '== dir/b.ndjson:2']);
  });

  it('stops at the first bad input that a glob matches', async () => {
    const r = await audit([...ctx, '*.ndjson']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scrubjay: bad\.ndjson:2:\d+: invalid JSON/);
  });
});

describe('audit: errors', () => {
  it.each([
    [['nothing-*.json'], "scrubjay: no file matches 'nothing-*.json' (see 'scrubjay audit --help')\n"],
    [['missing.json'], 'scrubjay: missing.json: cannot read (no such file or directory)\n'],
    [['bad.ndjson'], "scrubjay: bad.ndjson:2:35: invalid JSON (expected ',' or '}')\n"],
    [['bad.json'], 'scrubjay: bad.json:3:3: invalid JSON (expected a property name in double quotes)\n'],
    [['--show', '--json', 'event.json'], "scrubjay: --show prints original values and is never part of --json output (see 'scrubjay audit --help')\n"],
  ])('%j: exit 2, one line, no input content', async (args, message) => {
    const r = await audit([...ctx, ...args]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message);
  });

  it('without FILE and with stdin a terminal is a usage error', async () => {
    const r = await audit(ctx, { stdinIsTTY: true });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: no input: give FILEs, or pipe the payload into stdin/);
  });
});

describe('audit --json', () => {
  it('has pointers, rule ids, placeholder types and counts, the scrubbed payload, and no original value', async () => {
    const r = await audit([...ctx, '--json', 'event.json', 'lines.ndjson'], { env: { FORCE_COLOR: '1' } });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).not.toContain('\u001b[');
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(7);
    expect(out.payloads.map((p: { file: string; line: number }) => `${p.file}:${p.line}`)).toEqual(['event.json:1', 'lines.ndjson:1', 'lines.ndjson:3', 'lines.ndjson:4']);
    expect(out.payloads[0].redactions).toContainEqual({ pointer: '/message', target: 'value', ruleId: 'stripe-secret-key', type: 'secret', detail: 'stripe-key', placeholder: '<secret:stripe-key>', count: 1 });
    expect(out.payloads[0].redactions).toContainEqual({ pointer: '/owners/<email>', target: 'key', ruleId: 'email', type: 'email', placeholder: '<email>', count: 1 });
    expect(out.payloads[0].scrubbed.deploy).toBe('used <env:DEPLOY_TOKEN>');
    expect(out.summary[0]).toEqual({ ruleId: 'email', type: 'email', placeholder: '<email>', count: 3 });
    expect(leaked(r.stdout)).toEqual([]);
  });
});

describe('audit --show', () => {
  it('prints a warning first, then marks each redacted span of the original with its rule', async () => {
    const r = await audit([...ctx, '--show', 'event.json']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout.split('\n')[0]).toBe('WARNING: --show prints the ORIGINAL values, secrets included. Keep this output on your machine: do not paste, log, share or commit it.');
    expect(r.stdout).toContain(`"message": "charge failed with [[${STRIPE}]](stripe-secret-key) in [[/home/ada/work/shop/src/pay.ts]](file-path)"`);
    expect(r.stdout).toContain('"[[bob.builder@example.org]](email)": {');
    expect(r.stdout).toContain('"deploy": "used [[zq-deploy-7f3a9c1e5b]](known-values)"');
    // not a terminal: the warning goes to stderr too
    expect(r.stderr).toContain('scrubjay: WARNING: --show prints the ORIGINAL values');
  });

  it('uses inverse video when colour is on, and no stderr warning on a terminal', async () => {
    const fake = fakeIO({ cwd: tmp.dir, env: {} });
    setTTY(fake.io.stdout, true);
    expect(await run(['audit', ...ctx, '--show', 'event.json'], fake.io)).toBe(EXIT.ok);
    expect(fake.stdout()).toContain(`\u001b[7m${STRIPE}\u001b[27m`);
    expect(fake.stderr()).toBe('');
  });
});

describe('audit: colour', () => {
  const cases: Array<[string, boolean, Record<string, string>, boolean]> = [
    ['a terminal', true, {}, true],
    ['a terminal with NO_COLOR=1', true, { NO_COLOR: '1' }, false],
    ['a terminal with TERM=dumb', true, { TERM: 'dumb' }, false],
    ['a terminal with FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false],
    ['a pipe', false, {}, false],
    ['a pipe with FORCE_COLOR=1', false, { FORCE_COLOR: '1' }, true],
    ['a pipe with NO_COLOR=1 and FORCE_COLOR=1', false, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
  ];
  it.each(cases)('on %s (tty: %s, env: %j): colour %s', async (_label, tty, env, colored) => {
    const fake = fakeIO({ cwd: tmp.dir, env });
    setTTY(fake.io.stdout, tty);
    expect(await run(['audit', ...ctx, 'event.json'], fake.io)).toBe(EXIT.ok);
    expect(fake.stdout().includes('\u001b[')).toBe(colored);
  });
});

describe('audit --fail-on-findings, --config, --rules', () => {
  it('exits 1 when anything was redacted, 0 when the payload is clean', async () => {
    expect((await audit([...ctx, '--fail-on-findings', 'event.json'])).code).toBe(EXIT.findings);
    expect((await audit([...ctx, '--fail-on-findings', 'clean.json'])).code).toBe(EXIT.ok);
  });

  it('reads the nearest scrubjay.config.json (its allow list, its context) unless flags override it', async () => {
    const cwd = tmp.path('cfg');
    const r = await audit(['--json', 'event.json'], { cwd });
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout).payloads[0].scrubbed).toEqual({ contact: 'support@example.org', other: '<email>', deploy: '<env:DEPLOY_TOKEN>' });
    const flags = await audit(['--json', '--rules', 'ipv4', '--config', '../clean.json', 'event.json'], { cwd });
    expect(flags.code).toBe(EXIT.usage);
    expect(flags.stderr).toMatch(/^scrubjay: \.\.\/clean\.json: invalid configuration: unknown field "status"/);
    const rules = await audit(['--json', '--rules', 'email', '../event.json'], { cwd });
    expect(JSON.parse(rules.stdout).summary.map((s: { ruleId: string }) => s.ruleId)).toEqual(['email']);
  });

  it('prints its help', async () => {
    const r = await audit(['--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const option of ['--show', '--json', '--fail-on-findings', '--config FILE', '--rules LIST', '--context FILE']) expect(r.stdout).toContain(option);
  });
});
