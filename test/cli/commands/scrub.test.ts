import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { runCli, tempDir } from '../fake-io.js';

const CONTEXT = {
  env: { DEPLOY_TOKEN: 'zq-deploy-7f3a9c1e5b', NODE_ENV: 'production' },
  home: '/home/ada',
  user: 'ada',
  hostname: 'ada-laptop',
  cwd: '/home/ada/work/shop',
  tmpdir: '/tmp',
};
const EVENT = {
  message: 'build failed in /home/ada/work/shop/src/index.ts with zq-deploy-7f3a9c1e5b',
  headers: { Authorization: 'Bearer abc.def.ghi' },
  count: 3,
};
const tmp = tempDir({
  'ctx.json': JSON.stringify(CONTEXT),
  'event.json': JSON.stringify(EVENT, null, 2),
  'crash.log': 'Error: boom\n    at run (/home/ada/work/shop/src/a.js:1:2)\nuser ada on ada-laptop\n',
});
afterAll(() => tmp.cleanup());

describe('scrub: one JSON document', () => {
  it('scrubs FILE and prints 2-space indented JSON', async () => {
    const r = await runCli(['scrub', '--context', 'ctx.json', 'event.json'], { cwd: tmp.dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `${JSON.stringify({ message: 'build failed in <project> with <env:DEPLOY_TOKEN>', headers: { Authorization: '<redacted>' }, count: 3 }, null, 2)}\n`,
    );
  });

  it.each([[['scrub', '-']], [['scrub']]])('%j reads stdin when it is not a terminal', async (argv) => {
    const r = await runCli([...argv, '--context', tmp.path('ctx.json')], { stdin: JSON.stringify(EVENT) });
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.stdout)).toMatchObject({ message: 'build failed in <project> with <env:DEPLOY_TOKEN>' });
  });

  it('reads stdin in chunks that split a multi-byte character', async () => {
    const bytes = Buffer.from(JSON.stringify({ note: 'café ☕ /home/ada/x' }));
    const cut = bytes.indexOf(Buffer.from('☕')) + 1;
    const r = await runCli(['scrub', '--context', tmp.path('ctx.json')], { stdin: [bytes.subarray(0, cut), bytes.subarray(cut)] as never });
    expect(JSON.parse(r.stdout)).toEqual({ note: 'café ☕ <home>' });
  });

  it('without FILE and with stdin a terminal is a usage error', async () => {
    const r = await runCli(['scrub'], { stdinIsTTY: true });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: no input: give a FILE, or pipe the input into stdin/);
  });

  it('uses the environment and cwd of its io for the default context', async () => {
    const stdin = JSON.stringify({ msg: 'token zq-from-env-0d9f8e7 in /srv/app-under-test/lib/x.js' });
    const r = await runCli(['scrub'], { stdin, env: { MY_API_VALUE: 'zq-from-env-0d9f8e7' }, cwd: '/srv/app-under-test' });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).not.toContain('zq-from-env-0d9f8e7');
    expect(r.stdout).toContain('<env:MY_API_VALUE>');
    expect(r.stdout).not.toContain('/srv/app-under-test');
  });

  it('--numbering numbers placeholders: the same value, the same number', async () => {
    const stdin = JSON.stringify(['/home/ada/a', '/home/ada/b', '/home/ada/a', 'ada']);
    const r = await runCli(['scrub', '--numbering', '--context', tmp.path('ctx.json')], { stdin });
    expect(JSON.parse(r.stdout)).toEqual(['<home#1>', '<home#2>', '<home#1>', '<user#1>']);
  });
});

describe('scrub --text', () => {
  it('scrubs the whole text as one message and keeps its lines; a stack in it goes by the error rules', async () => {
    const r = await runCli(['scrub', '--text', '--context', 'ctx.json', 'crash.log'], { cwd: tmp.dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe('Error: boom\n    at <identifier> (<project>:1:2)\nuser <user> on <hostname>\n');
  });

  it('with --ndjson scrubs line by line, keeping blank lines', async () => {
    const r = await runCli(['scrub', '--text', '--ndjson', '--context', tmp.path('ctx.json')], { stdin: 'ada\n\nada-laptop' });
    expect(r.stdout).toBe('<user>\n\n<hostname>\n');
  });
});

describe('scrub --context', () => {
  it.each([
    ['[]', 'invalid context: must be a JSON object with fields env, cwd, home, user, hostname, tmpdir (got an array)'],
    ['{"home": 42}', 'invalid context: field "home" must be a string (got a number)'],
    ['{"env": ["A"]}', 'invalid context: field "env" must be an object of strings (got an array)'],
    ['{"env": {"PORT": 8080}}', 'invalid context: field "env.PORT" must be a string (got a number)'],
    ['{"homedir": "/x"}', 'invalid context: unknown field "homedir" (expected env, cwd, home, user, hostname, tmpdir)'],
    ['{"user": null, "hostname": 1}', 'invalid context: field "user" must be a string (got null) (and 1 more)'],
    ['{"user": "ada",}', 'invalid JSON (trailing comma)'],
  ])('%s → exit 2 naming the field', async (text, message) => {
    const dir = tempDir({ 'bad.json': text });
    try {
      const r = await runCli(['scrub', '--context', 'bad.json', '-'], { cwd: dir.dir, stdin: '{}' });
      expect(r.code).toBe(EXIT.usage);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(new RegExp(`^scrubjay: bad\\.json(:\\d+:\\d+)?: ${message.replace(/[()[\]{}.]/g, '\\$&')}\\n$`));
    } finally {
      dir.cleanup();
    }
  });

  it('a missing context file names its path', async () => {
    const r = await runCli(['scrub', '--context', 'no-such-ctx.json'], { cwd: tmp.dir, stdin: '{}' });
    expect(r).toMatchObject({ code: EXIT.usage, stderr: 'scrubjay: no-such-ctx.json: cannot read (no such file or directory)\n' });
  });
});

describe('scrub --rules', () => {
  it('enables only the listed packs or rules', async () => {
    const stdin = JSON.stringify({ password: 'hunter2hunter2', path: '/home/ada/x' });
    const r = await runCli(['scrub', '--rules', 'sensitive-key', '--context', tmp.path('ctx.json')], { stdin });
    expect(JSON.parse(r.stdout)).toEqual({ password: '<redacted>', path: '/home/ada/x' });
  });

  it('an unknown rule is exit 2 with one indented line per problem', async () => {
    const r = await runCli(['scrub', '--rules', 'recommended, no-such-rule,nope2', '-'], { stdin: '{}' });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('scrubjay: invalid --rules');
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}- no-such-rule: /), expect.stringMatching(/^ {2}- nope2: /)]);
  });

  it('an empty list is a usage error', async () => {
    const r = await runCli(['scrub', '--rules', ' , ', '-'], { stdin: '{}' });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: --rules needs at least one pack or rule id/);
  });
});

describe('scrub --report', () => {
  it('writes the findings as JSON, without the redacted text', async () => {
    const r = await runCli(['scrub', '--context', 'ctx.json', '--report', 'report.json', 'event.json'], { cwd: tmp.dir });
    expect(r.code).toBe(EXIT.ok);
    const text = readFileSync(tmp.path('report.json'), 'utf8');
    const report = JSON.parse(text) as { findings: Array<Record<string, unknown>> };
    expect(report.findings.map((f) => [f['pointer'], f['ruleId'], f['type']])).toEqual([
      ['/message', 'file-path', 'project'],
      ['/message', 'known-values', 'env'],
      ['/headers/Authorization', 'sensitive-key', 'redacted'],
    ]);
    expect(text).not.toContain('zq-deploy');
    expect(text).not.toContain('abc.def');
  });

  it.each([
    [['--report', 'event.json', 'event.json']],
    [['--report', './ctx.json', '--context', 'ctx.json', 'event.json']],
  ])('%j refuses to overwrite an input', async (args) => {
    const before = readFileSync(tmp.path('event.json'), 'utf8');
    const r = await runCli(['scrub', ...args], { cwd: tmp.dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: --report \S+ would overwrite an input file/);
    expect(readFileSync(tmp.path('event.json'), 'utf8')).toBe(before);
  });

  it('an unwritable report path is exit 2 before any output', async () => {
    const r = await runCli(['scrub', '--report', 'missing-dir/r.json', 'event.json'], { cwd: tmp.dir });
    expect(r).toEqual({ code: EXIT.usage, stdout: '', stderr: 'scrubjay: --report missing-dir/r.json: cannot write (no such file or directory)\n' });
  });
});
