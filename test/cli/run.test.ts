import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { EXIT } from '../../src/cli/exit-codes.js';
import { run } from '../../src/cli/run.js';
import { fakeIO, runCli } from './fake-io.js';

describe('run: the tool level', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the tool help on stdout and exits 0', async (flag) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('scrub ');
    expect(r.stdout).toMatch(/Exit codes:\n {2}0 {2}success\n {2}1 .*\n {2}2 .*\n {2}3 /);
    expect(r.stderr).toBe('');
  });

  it.each([['--version'], ['-v']])('%s prints the version of package.json', async (flag) => {
    const r = await runCli([flag]);
    expect(r).toEqual({ code: EXIT.ok, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    [['scrub', '--help']],
    [['scrub', '-h']],
    [['help', 'scrub']],
    [['--help', 'scrub']],
    [['scrub', '--bogus', '--help']],
  ])('%j prints the help of scrub', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^Usage: scrubjay scrub \[FILE\|-\] \[options\]/);
    for (const option of ['--ndjson', '--text', '--context FILE', '--rules LIST', '--report FILE', '--numbering']) {
      expect(r.stdout).toContain(option);
    }
  });

  it('without a command prints the help on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });

  it.each([
    [['frobnicate'], "scrubjay: unknown command 'frobnicate' (commands: audit, check, config, scrub; see 'scrubjay --help')\n"],
    [['event.json'], "scrubjay: unknown command 'event.json'; to scrub that file: scrubjay scrub event.json\n"],
    [['help', 'nope'], "scrubjay: unknown command 'nope' (commands: audit, check, config, scrub; see 'scrubjay --help')\n"],
    [['--bogus'], "scrubjay: unknown option '--bogus' (see 'scrubjay --help')\n"],
    [['-x', 'scrub'], "scrubjay: unknown option '-x' (see 'scrubjay --help')\n"],
    [['scrub', '--bogus'], "scrubjay: unknown option '--bogus' (see 'scrubjay scrub --help')\n"],
    [['scrub', '--ndjson=yes'], "scrubjay: option '--ndjson' takes no value (see 'scrubjay scrub --help')\n"],
    [['scrub', '--context'], "scrubjay: option '--context' needs a value (see 'scrubjay scrub --help')\n"],
    [['scrub', '--rules', '--ndjson'], expect.stringMatching(/^scrubjay: option '--rules' needs a value \(write --rules=VALUE/)],
    [['scrub', 'a.json', 'b.json'], "scrubjay: scrub takes one FILE, got 2 (see 'scrubjay scrub --help')\n"],
  ])('%j is a usage error: exit 2, one line', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toEqual(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('run: internal errors', () => {
  it('are exit 3 with one line, no message and no stack; SCRUBJAY_DEBUG=1 adds the stack', async () => {
    for (const env of [{}, { SCRUBJAY_DEBUG: '1' }]) {
      const err: string[] = [];
      const io = fakeIO({ stdin: '{"a": "sk_live_FAKE"}', env }).io;
      io.stdout = {
        write: () => {
          throw new Error('exploded near sk_live_FAKE');
        },
      };
      io.stderr = { write: (s: string) => err.push(s) };
      expect(await run(['scrub'], io)).toBe(EXIT.internal);
      const lines = err.join('').trimEnd().split('\n');
      expect(lines[0]).toBe('scrubjay: internal error (Error); please report it (set SCRUBJAY_DEBUG=1 for details)');
      if ('SCRUBJAY_DEBUG' in env) expect(lines.length).toBeGreaterThan(1);
      else expect(lines).toHaveLength(1);
    }
  });
});
