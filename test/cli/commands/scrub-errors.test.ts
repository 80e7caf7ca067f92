import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.js';
import { runCli, tempDir } from '../fake-io.js';

// Fake, made-up token shapes: they must never be echoed by an error message.
const SECRET = 'ghp_FAKEfakeFAKEfake0123456789abcdefABCD';
const tmp = tempDir({
  'bad.json': `{\n  "event": "x",\n  "token": '${SECRET}'\n}\n`,
  'truncated.json': `{"token": "${SECRET}", "list": [1, 2`,
  'bom.json': '\uFEFF{"a": 1}',
  'empty.json': '  \n',
});
afterAll(() => tmp.cleanup());

describe('scrub: bad input', () => {
  it.each([
    ['bad.json', 'bad.json:3:12: invalid JSON (strings must use double quotes)'],
    ['truncated.json', `truncated.json:1:${`{"token": "${SECRET}", "list": [1, 2`.length + 1}: invalid JSON (unexpected end of input)`],
    ['empty.json', 'empty.json:1:1: invalid JSON (empty input)'],
  ])('%s: exit 2, one line with line:column, no input text', async (file, message) => {
    const r = await runCli(['scrub', file], { cwd: tmp.dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`scrubjay: ${message}\n`);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toContain('ghp_');
  });

  it('bad JSON on stdin is named <stdin>', async () => {
    const r = await runCli(['scrub'], { stdin: `[\n  "${SECRET}",\n  nope\n]` });
    expect(r).toEqual({ code: EXIT.usage, stdout: '', stderr: 'scrubjay: <stdin>:3:3: invalid JSON (unexpected character)\n' });
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const r = await runCli(['scrub', 'bom.json'], { cwd: tmp.dir });
    expect(r).toEqual({ code: EXIT.ok, stdout: '{\n  "a": 1\n}\n', stderr: '' });
  });

  it('a missing file is exit 2 naming the path', async () => {
    const r = await runCli(['scrub', 'does/not/exist.json'], { cwd: tmp.dir });
    expect(r).toEqual({ code: EXIT.usage, stdout: '', stderr: 'scrubjay: does/not/exist.json: cannot read (no such file or directory)\n' });
  });

  it('a directory is exit 2 naming the path', async () => {
    const r = await runCli(['scrub', '.'], { cwd: tmp.dir });
    expect(r).toEqual({ code: EXIT.usage, stdout: '', stderr: 'scrubjay: .: cannot read (is a directory)\n' });
  });

  it('--context - is refused: stdin is for the input', async () => {
    const r = await runCli(['scrub', '--context', '-', 'bom.json'], { cwd: tmp.dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/^scrubjay: --context needs a file/);
  });
});
