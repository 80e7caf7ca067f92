/** A fake CliIO for in-process CLI tests: stdin from strings, stdout and stderr captured. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/run.js';
import { run } from '../../src/cli/run.js';

export interface FakeIOOptions {
  stdin?: string | Iterable<string> | AsyncIterable<string | Buffer>;
  stdinIsTTY?: boolean;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function fakeIO(options: FakeIOOptions = {}): { io: CliIO; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const source = options.stdin ?? '';
  const io: CliIO = {
    stdin: Readable.from(typeof source === 'string' ? [source] : source),
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Runs the CLI in-process. */
export async function runCli(argv: string[], options: FakeIOOptions = {}): Promise<RunResult> {
  const fake = fakeIO(options);
  const code = await run(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** A temporary directory with the given files; `cleanup` removes it. */
export function tempDir(files: Record<string, string> = {}): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'scrubjay-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
