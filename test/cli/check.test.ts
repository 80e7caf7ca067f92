import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/run.js';
import { fakeIO, runCli, tempDir } from './fake-io.js';
import { GATE_CONFIG, LEAK_CONFIG, ROOT, SHAPE_CONFIG, copyGate, plantedIn, setTTY } from './gate/gate-fixtures.js';

const check = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli(['check', ...args], { cwd: ROOT, ...options });
const LEAK_FILE = 'fixtures/gate/negative/leak/events/support-tickets.ndjson';
const LEAK_ORIGIN = 'fixtures/gate/negative/leak/events/support-tickets.planted.txt:1';

describe('check: the bundled example (fixtures/gate)', () => {
  it('passes: every planted value is redacted and the shape matches the approved snapshot', async () => {
    const r = await check(['--config', GATE_CONFIG]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^scrubjay check: ok: 2 files, 6 events, 12 planted values, \d+ redactions; shape matches fixtures\/gate\/snapshot\.json \(\d+\.\d\d s\)\n$/);
  });

  it('fails on planted values that no rule catches, naming file, line, pointer, rule and kind, never the value', async () => {
    const r = await check(['--config', LEAK_CONFIG]);
    expect(r.code).toBe(EXIT.findings);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      `${LEAK_FILE}:1: planted value ${LEAK_ORIGIN} survives (raw) at /body; no rule redacted anything there [planted-value-leak]`,
      `${LEAK_FILE}:2: planted value ${LEAK_ORIGIN} survives (case-insensitive) at /body; no rule redacted anything there [planted-value-leak]`,
      `${LEAK_FILE}:3: planted value ${LEAK_ORIGIN} survives (base64) at /attachment/contentBase64; no rule redacted anything there [planted-value-leak]`,
    ]);
    expect(r.stdout).toMatch(/\nscrubjay check: FAIL: 3 leaks, 0 shape changes \(1 file, 4 events, 1 planted value, 0 redactions; \d+\.\d\d s\)\n$/);
    expect(plantedIn(r.stdout + r.stderr)).toEqual([]);
  });

  it('fails on an unapproved shape: new fields, removed fields, a placeholder that became plain text', async () => {
    const r = await check(['--config', SHAPE_CONFIG]);
    expect(r.code).toBe(EXIT.findings);
    const snapshotLine = readFileSync(join(ROOT, 'fixtures/gate/snapshot.json'), 'utf8').split('\n').findIndex((l) => l.includes('"/tags/region"')) + 1;
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'fixtures/gate/negative/shape/events/checkout-error.json:1: new field /device (object) is not in the approved snapshot (and 2 fields below it) [shape-field-added]',
      'fixtures/gate/negative/shape/events/checkout-error.json:1: field /server_name changed type: now also string; no longer <hostname> [shape-type-changed]',
      `fixtures/gate/snapshot.json:${snapshotLine}: field /tags/region of the approved snapshot no longer occurs [shape-field-removed]`,
    ]);
    expect(r.stdout).toMatch(/FAIL: 0 leaks, 3 shape changes/);
    expect(plantedIn(r.stdout + r.stderr)).toEqual([]);
  });
});

describe('check --update', () => {
  const gate = copyGate();
  afterAll(() => gate.cleanup());

  it('approves a new shape, writes it stable and sorted, and the next run passes', async () => {
    const event = join(gate.dir, 'events/checkout-error.json');
    const value = JSON.parse(readFileSync(event, 'utf8'));
    value.device = { model: 'ThinkPad X1 Carbon' };
    writeFileSync(event, JSON.stringify(value, null, 2));
    const before = await check([], { cwd: gate.dir });
    expect(before.code).toBe(EXIT.findings);
    expect(before.stdout).toContain('events/checkout-error.json:1: new field /device (object) is not in the approved snapshot (and 1 field below it)');

    const update = await check(['--update'], { cwd: gate.dir });
    expect(update.code).toBe(EXIT.ok);
    expect(update.stdout).toMatch(/; snapshot snapshot\.json updated/);
    const written = readFileSync(join(gate.dir, 'snapshot.json'), 'utf8');
    expect(written).toContain('\n    "/device": ["object"],\n    "/device/model": ["string"],\n');
    const paths = [...written.matchAll(/^ {4}("(?:[^"\\]|\\.)*"):/gm)].map((m) => JSON.parse(m[1] as string) as string);
    expect(paths).toEqual([...paths].sort());
    expect(plantedIn(written)).toEqual([]);

    expect((await check(['--update'], { cwd: gate.dir })).code).toBe(EXIT.ok);
    expect(readFileSync(join(gate.dir, 'snapshot.json'), 'utf8')).toBe(written);
    expect((await check([], { cwd: gate.dir })).code).toBe(EXIT.ok);
  });

  it('still fails on leaks, and never writes a leaked key into the snapshot', async () => {
    const file = join(gate.dir, 'events/keyed.json');
    writeFileSync(file, JSON.stringify({ sessions: { 'margs-thinkpad': { ok: true } } }));
    writeFileSync(join(gate.dir, 'events/keyed.planted.txt'), 'margs-thinkpad\n');
    // the host name of the configured context is redacted even as a key: this passes
    expect((await check(['--update'], { cwd: gate.dir })).code).toBe(EXIT.ok);
    // a key that no rule knows is a leak
    writeFileSync(file, JSON.stringify({ sessions: { 'kestrel-4417-lantern': { ok: true } } }));
    writeFileSync(join(gate.dir, 'events/keyed.planted.txt'), 'kestrel-4417-lantern\n');
    const leak = await check(['--update'], { cwd: gate.dir });
    expect(leak.code).toBe(EXIT.findings);
    expect(leak.stdout).toContain('events/keyed.json:1: planted value events/keyed.planted.txt:1 survives (raw) in a key at /sessions/<planted>;');
    expect(plantedIn(leak.stdout + leak.stderr)).toEqual([]);
    const snapshot = readFileSync(join(gate.dir, 'snapshot.json'), 'utf8');
    expect(snapshot).toContain('"/sessions/<planted>/ok": ["boolean"]');
    expect(plantedIn(snapshot)).toEqual([]);
  });
});

describe('check: inputs, planted values and configuration', () => {
  const tmp = tempDir({
    'a.ndjson': '{"note":"code kestrel-4417-lantern"}\n{"mail":"x.y@example.org"}\n',
    'b.json': '{"mail": "x.y@example.org"}',
    'bad.json': '{"token": "zq-SECRET-in-bad-doc",\n oops}',
    'secrets.txt': 'kestrel-4417-lantern\nx.y@example.org\n',
    'secrets.json': '["x.y@example.org"]',
    'short.txt': 'ok-value\nabc\n',
    'ctx.json': '{"home": "/home/ada"}',
  });
  afterAll(() => tmp.cleanup());
  const t = (args: string[], options: Parameters<typeof runCli>[1] = {}) => check(args, { cwd: tmp.dir, ...options });

  it('checks GLOBs given on the command line with --secrets (lines or a JSON array)', async () => {
    const lines = await t(['*.ndjson', 'b.json', '--secrets', 'secrets.txt', '--context', 'ctx.json']);
    expect(lines.code).toBe(EXIT.findings);
    expect(lines.stdout).toContain('a.ndjson:1: planted value secrets.txt:1 survives (raw) at /note; no rule redacted anything there [planted-value-leak]');
    expect(lines.stdout).toContain('FAIL: 1 leak, 0 shape changes (2 files, 3 events, 2 planted values');
    const json = await t(['b.json', '--secrets', 'secrets.json', '--context', 'ctx.json']);
    expect(json.code).toBe(EXIT.ok);
  });

  it.each([
    [['b.json', '--secrets', 'short.txt'], 'scrubjay: short.txt:2: planted value shorter than 4 characters (it would match by chance)\n'],
    [['b.json', '--secrets', 'nope.txt'], 'scrubjay: nope.txt: cannot read (no such file or directory)\n'],
    [['bad.json'], 'scrubjay: bad.json:2:2: invalid JSON (expected a property name in double quotes)\n'],
    [['none-*.json'], "scrubjay: no file matches 'none-*.json' (see 'scrubjay check --help')\n"],
    [['b.json', '--format', 'xml'], "scrubjay: unknown --format 'xml' (expected text, json, sarif, junit, github) (see 'scrubjay check --help')\n"],
    [['b.json', '--update'], "scrubjay: --update needs a snapshot: --snapshot FILE or \"snapshot\" in the configuration (see 'scrubjay check --help')\n"],
    [['b.json', '--snapshot', 'snap.json'], 'scrubjay: snap.json: cannot read (no such file or directory); create it with --update\n'],
    [['b.json', '--config', 'missing.json'], 'scrubjay: --config missing.json: cannot read (no such file or directory)\n'],
    [[], "scrubjay: nothing to check: give GLOBs, or create a scrubjay.config.json with \"include\" (see 'scrubjay check --help')\n"],
  ])('%j: exit 2, one line', async (args, message) => {
    const r = await t(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message);
  });

  it('finds scrubjay.config.json from a subdirectory, and the "scrubjay" key of package.json', async () => {
    mkdirSync(tmp.path('proj/sub'), { recursive: true });
    writeFileSync(tmp.path('proj/scrubjay.config.json'), JSON.stringify({ include: ['../a.ndjson'], secrets: '../secrets.txt', context: '../ctx.json' }));
    const r = await t([], { cwd: tmp.path('proj/sub') });
    expect(r.code).toBe(EXIT.findings);
    expect(r.stdout).toContain('../../a.ndjson:1: planted value ../../secrets.txt:1 survives (raw) at /note');
    mkdirSync(tmp.path('pkg'));
    writeFileSync(tmp.path('pkg/package.json'), JSON.stringify({ name: 'x', scrubjay: { include: ['../b.json'], context: '../ctx.json' } }));
    expect((await t([], { cwd: tmp.path('pkg') })).stdout).toMatch(/^scrubjay check: ok: 1 file, 1 event/);
  });

  it('stops looking at a package.json without a "scrubjay" key (the project root)', async () => {
    mkdirSync(tmp.path('proj/app/deep'), { recursive: true });
    writeFileSync(tmp.path('proj/app/package.json'), '{"name": "app"}');
    const r = await t([], { cwd: tmp.path('proj/app/deep') });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: nothing to check/);
  });

  it('reports an invalid configuration with the field named, all problems listed', async () => {
    writeFileSync(tmp.path('bad-config.json'), JSON.stringify({ rulez: ['x'], include: 'a.ndjson', snapshot: 3 }));
    const r = await t(['--config', 'bad-config.json']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe(
      'scrubjay: bad-config.json: invalid configuration: unknown field "rulez" (expected rules, extraRules, allow, allowHosts, context, include, secrets, snapshot)\n' +
        '  - field "include" must be a non-empty array of strings (got a string)\n' +
        '  - field "snapshot" must be a path (a non-empty string, relative to the configuration\'s directory; got a number)\n',
    );
  });

  it('reports unknown rules of the configuration as a usage error', async () => {
    writeFileSync(tmp.path('rules-config.json'), JSON.stringify({ rules: ['no-such-rule'], include: ['b.json'] }));
    const r = await t(['--config', 'rules-config.json']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: invalid --rules\n {2}- no-such-rule: /);
  });

  it('warns about planted values that occur nowhere in their input, without printing them', async () => {
    writeFileSync(tmp.path('c.json'), '{"a": "nothing here"}');
    writeFileSync(tmp.path('c.planted.txt'), 'kestrel-4417-lantern\n');
    const r = await t(['c.json', '--context', 'ctx.json']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('scrubjay: warning: planted value c.planted.txt:1 occurs nowhere in its input; nothing is checked for it\n');
  });

  it('never takes a .planted.txt file for an input, even when a glob matches it', async () => {
    mkdirSync(tmp.path('wide'));
    writeFileSync(tmp.path('wide/e.json'), '{"note": "code kestrel-4417-lantern"}');
    writeFileSync(tmp.path('wide/e.planted.txt'), 'kestrel-4417-lantern\n');
    const r = await t(['wide/*', '--context', 'ctx.json']);
    expect(r.code).toBe(EXIT.findings);
    expect(r.stdout).toContain('wide/e.json:1: planted value wide/e.planted.txt:1 survives (raw) at /note');
    expect(r.stdout).toContain('(1 file, 1 event, 1 planted value');
  });

  it('--output writes the report to a file and the verdict to stderr', async () => {
    const r = await t(['a.ndjson', '--secrets', 'secrets.txt', '--context', 'ctx.json', '--format', 'json', '--output', 'report.json']);
    expect(r.code).toBe(EXIT.findings);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^scrubjay check: FAIL: 1 leak/);
    expect(JSON.parse(readFileSync(tmp.path('report.json'), 'utf8')).problems[0]).toMatchObject({ ruleId: 'planted-value-leak', file: 'a.ndjson', line: 1, pointer: '/note', kind: 'raw' });
  });

  it('shows progress on stderr with --progress (one line per tenth) and on a terminal for large runs only', async () => {
    const r = await t(['a.ndjson', 'b.json', '--context', 'ctx.json', '--progress']);
    expect(r.stderr).toBe('scrubjay check: 1/2 files\nscrubjay check: 2/2 files\n');
    const fake = fakeIO({ cwd: tmp.dir });
    setTTY(fake.io.stderr, true);
    await run(['check', 'a.ndjson', '--context', 'ctx.json'], fake.io);
    expect(fake.stderr()).toBe('');
  });
});
