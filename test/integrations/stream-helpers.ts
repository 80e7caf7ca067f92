/** Helpers for the stream tests: sources that count what was read, sinks that collect. */
import { Readable } from 'node:stream';
import type { Transform } from 'node:stream';
import type { ScrubContext } from '../../src/types.js';

export const WORKER_URL = new URL('./stream-worker.mjs', import.meta.url);
export const CONTEXT: ScrubContext = { home: '/home/ada', cwd: '/home/ada/app', user: 'ada-lovelace', hostname: 'ada-box', tmpdir: '/tmp', env: { DEPLOY_TOKEN: 'dpl_7Qx9mZ2kL5vB8nW3' } };

export function line(i: number): string {
  return JSON.stringify({ i, path: `/home/ada/p${i}`, who: 'ada-lovelace', password: `pw-${i}`, note: i % 7 === 0 ? 'token dpl_7Qx9mZ2kL5vB8nW3' : 'ok' });
}

export function expected(i: number): string {
  return JSON.stringify({ i, path: '<home>', who: '<user>', password: '<redacted>', note: i % 7 === 0 ? 'token <env:DEPLOY_TOKEN>' : 'ok' });
}

/** A byte source of `total` lines that records how many it has produced. */
export function countingSource(total: number): { stream: Readable; produced: () => number } {
  let produced = 0;
  function* lines(): Generator<Buffer> {
    for (let i = 1; i <= total; i++) {
      produced++;
      yield Buffer.from(`${line(i)}\n`);
    }
  }
  return { stream: Readable.from(lines(), { objectMode: false }), produced: () => produced };
}

/** Reads a bytes stream to the end as text. */
export async function readText(stream: Transform): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

/** Writes `chunks` (strings or buffers) then ends. */
export function feed(stream: Transform, chunks: ReadonlyArray<string | Buffer>): void {
  void (async () => {
    for (const chunk of chunks) if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
    stream.end();
  })();
}
