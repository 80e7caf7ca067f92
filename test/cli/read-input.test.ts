import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { openInput, readAll, readLines, STDIN_NAME } from '../../src/cli/read-input.js';
import type { Input } from '../../src/cli/read-input.js';
import { fakeIO } from './fake-io.js';

function input(chunks: Array<string | Buffer>): Input {
  return { name: 'test', stream: Readable.from(chunks) };
}

async function collect(source: Input): Promise<Array<{ line: number; text: string }>> {
  const out = [];
  for await (const line of readLines(source)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('numbers lines from 1, splits LF and CRLF, drops a leading BOM, keeps a last line without newline', async () => {
    expect(await collect(input(['\uFEFFa\r\n', '\nb', 'c\n', 'd']))).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: '' },
      { line: 3, text: 'bc' },
      { line: 4, text: 'd' },
    ]);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('é☕\n');
    expect(await collect(input([bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)]))).toEqual([{ line: 1, text: 'é☕' }]);
  });
});

describe('readAll', () => {
  it('joins string and byte chunks', async () => {
    const bytes = Buffer.from('☕');
    expect(await readAll(input(['a', bytes.subarray(0, 2), bytes.subarray(2), 'b']))).toBe('a☕b');
  });
});

describe('openInput', () => {
  it.each([['-', false], [undefined, false], ['-', true]])('%s with stdinIsTTY=%s reads stdin', async (file, tty) => {
    const { io } = fakeIO({ stdin: 'hello', stdinIsTTY: tty });
    const opened = await openInput(file, io, 'scrub');
    expect(opened.name).toBe(STDIN_NAME);
    expect(await readAll(opened)).toBe('hello');
  });

  it('no FILE and stdin a terminal: usage error', async () => {
    const { io } = fakeIO({ stdinIsTTY: true });
    await expect(openInput(undefined, io, 'scrub')).rejects.toThrow(/no input: give a FILE/);
  });
});
