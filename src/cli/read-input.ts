/** Opens the input of a command (a file, or stdin for `-`) and reads it whole or line by line. */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { CliError, fsReason, usageError } from './cli-error.js';
import type { CliIO } from './io.js';

export const STDIN_NAME = '<stdin>';

export interface Input {
  /** How messages name the input: the path as given, or `<stdin>`. */
  name: string;
  stream: Readable;
}

function toReadable(source: CliIO['stdin']): Readable {
  return source instanceof Readable ? source : Readable.from(source as AsyncIterable<string | Buffer>, { objectMode: false });
}

/**
 * `file` as given on the command line: a path, `-` for stdin, or undefined (stdin, unless it is a
 * terminal: then there is nothing to read and it is a usage error).
 */
export async function openInput(file: string | undefined, io: CliIO, command: string): Promise<Input> {
  if (file === '-' || (file === undefined && !io.stdinIsTTY)) return { name: STDIN_NAME, stream: toReadable(io.stdin) };
  if (file === undefined) throw usageError("no input: give a FILE, or pipe the input into stdin (use '-' to type it in the terminal)", command);
  let handle;
  try {
    handle = await open(resolve(io.cwd, file), 'r');
  } catch (error) {
    throw new CliError(`${file}: cannot read (${fsReason(error)})`);
  }
  try {
    if ((await handle.stat()).isDirectory()) throw new CliError(`${file}: cannot read (is a directory)`);
  } catch (error) {
    await handle.close();
    throw error instanceof CliError ? error : new CliError(`${file}: cannot read (${fsReason(error)})`);
  }
  return { name: file, stream: handle.createReadStream() };
}

/** The whole input as text (UTF-8). For single documents; NDJSON streams go through `scrubjay/stream`. */
export async function readAll(input: Input): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  try {
    for await (const chunk of input.stream as AsyncIterable<string | Uint8Array>) {
      text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    throw new CliError(`${input.name}: cannot read (${fsReason(error)})`);
  }
  return text + decoder.decode();
}
