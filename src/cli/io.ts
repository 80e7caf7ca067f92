/** What the CLI gets from the outside world; `bin.ts` passes the real process, tests pass fakes. */

export interface CliOutput {
  write(text: string): unknown;
  /** When present and `write` returned false, the CLI waits for 'drain' (backpressure). */
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CliIO {
  stdin: NodeJS.ReadableStream | AsyncIterable<string | Buffer>;
  /** True when stdin is a terminal: then a command without FILE does not wait for typed input. */
  stdinIsTTY?: boolean;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Relative paths in arguments are resolved against this directory. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Writes `text`, waiting for the stream to drain when it asks for it, so memory stays bounded. */
export async function writeOut(out: CliOutput, text: string): Promise<void> {
  const ok = out.write(text);
  if (ok === false && typeof out.once === 'function') {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
}
