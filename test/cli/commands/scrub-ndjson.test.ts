import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { fakeIO, runCli, tempDir } from '../fake-io.js';
import { run } from '../../../src/cli/run.js';

const tmp = tempDir({ 'ctx.json': JSON.stringify({ home: '/home/ada', user: 'ada-lovelace', env: {} }) });
afterAll(() => tmp.cleanup());
const ctx = ['--context', tmp.path('ctx.json')];

describe('scrub --ndjson', () => {
  it('writes one compact line per value and skips blank lines', async () => {
    const stdin = '{"who":"ada-lovelace"}\n\n   \r\n[1, {"password": "hunter2hunter2"}]\r\n"/home/ada/x"';
    const r = await runCli(['scrub', '--ndjson', ...ctx], { stdin });
    expect(r).toEqual({ code: EXIT.ok, stdout: '{"who":"<user>"}\n[1,{"password":"<redacted>"}]\n"<home>"\n', stderr: '' });
  });

  it('--report adds the line of each finding', async () => {
    const stdin = '{"who":"ada-lovelace"}\n\n{"ok":true}\n{"token":"zz-abcdef-123456"}\n';
    const r = await runCli(['scrub', '--ndjson', ...ctx, '--report', 'r.json', '-'], { stdin, cwd: tmp.dir });
    expect(r.code).toBe(EXIT.ok);
    const text = readFileSync(tmp.path('r.json'), 'utf8');
    expect(JSON.parse(text)).toEqual({
      findings: [
        { ruleId: 'known-values', type: 'user', pointer: '/who', target: 'value', start: 0, end: 12, line: 1 },
        { ruleId: 'sensitive-key', type: 'redacted', pointer: '/token', target: 'value', start: 0, end: 16, line: 4 },
      ],
    });
    expect(text).not.toContain('zz-abcdef');
  });

  it('stops at a bad line with <file>:<line>:<col>; lines before stay written; the report stays valid', async () => {
    const secret = 'zq_SECRET_IN_BAD_LINE_0123456789';
    const bad = `{"key": "${secret}" "b": 2}`;
    const stdin = `{"a":1}\n{"who":"ada-lovelace"}\n${bad}\n{"a":4}\n`;
    const r = await runCli(['scrub', '--ndjson', ...ctx, '--report', 'bad-r.json'], { stdin, cwd: tmp.dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('{"a":1}\n{"who":"<user>"}\n');
    expect(r.stderr).toBe(`scrubjay: <stdin>:3:${bad.indexOf('"b"') + 1}: invalid JSON (expected ',' or '}')\n`);
    expect(r.stderr).not.toContain(secret);
    const report = JSON.parse(readFileSync(tmp.path('bad-r.json'), 'utf8')) as { findings: unknown[] };
    expect(report.findings).toHaveLength(1);
  });

  it('streams 20k lines: output starts before the input ends, nothing is buffered whole', async () => {
    const total = 20_000;
    let written = 0;
    let writtenWhenInputEnded = -1;
    async function* lines(): AsyncGenerator<string> {
      for (let i = 1; i <= total; i++) yield `{"i":${i},"path":"/home/ada/p${i}","password":"pw-${i}-xyz"}\n`;
      writtenWhenInputEnded = written;
    }
    const fake = fakeIO({ stdin: lines(), env: {} });
    let last = '';
    fake.io.stdout = {
      write: (s: string) => {
        written++;
        last = s;
        return true;
      },
    };
    const code = await run(['scrub', '--ndjson', ...ctx], fake.io);
    expect(fake.stderr()).toBe('');
    expect(code).toBe(EXIT.ok);
    expect(written).toBe(total);
    expect(last).toBe(`{"i":${total},"path":"<home>","password":"<redacted>"}\n`);
    expect(writtenWhenInputEnded).toBeGreaterThan(total / 2);
  });

  it('waits for drain when stdout asks for it', async () => {
    const fake = fakeIO({ stdin: '1\n2\n3\n' });
    const out: string[] = [];
    let drains = 0;
    fake.io.stdout = {
      write: (s: string) => out.push(s) > 100,
      once: (_event: 'drain', listener: () => void) => {
        drains++;
        setImmediate(listener);
      },
    };
    expect(await run(['scrub', '--ndjson', ...ctx], fake.io)).toBe(EXIT.ok);
    expect(out).toEqual(['1\n', '2\n', '3\n']);
    expect(drains).toBe(3);
  });
});
