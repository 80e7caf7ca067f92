import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { openInput, readAll, STDIN_NAME } from '../../src/cli/read-input.js';
import type { Input } from '../../src/cli/read-input.js';
import { fakeIO } from './fake-io.js';

function input(chunks: Array<string | Buffer>): Input {
  return { name: 'test', stream: Readable.from(chunks) };
}

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
