/**
 * The pipeline step of `pino.transport()`: runs in pino's worker thread, takes pino's lines,
 * scrubs each one as `hooks.streamWrite` would, and passes them on to the next step. The logging
 * thread then pays nothing for scrubbing.
 */
import { StringDecoder } from 'node:string_decoder';
import { Transform } from 'node:stream';
import { LineSplitter } from '../stream/line-splitter.js';
import type { LineItem } from '../stream/types.js';
import { formatPlaceholder } from '../../placeholder.js';

const MAX_LINE = 16 * 1024 * 1024;

/** A Transform of pino lines through `scrub` (one line in, one line out; blank lines dropped). */
export function createLineTransform(scrub: (line: string) => string): Transform {
  const decoder = new StringDecoder('utf8');
  const splitter = new LineSplitter(MAX_LINE);
  let out = '';
  const take = ([, text]: LineItem): void => {
    if (text === null) out += `${JSON.stringify({ msg: formatPlaceholder('dropped', 'too-long') })}\n`;
    else if (text.trim() !== '') out += scrub(`${text}\n`);
  };
  const flushOut = (stream: Transform): void => {
    if (out) stream.push(out);
    out = '';
  };
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk), take);
      flushOut(this);
      callback();
    },
    flush(callback) {
      splitter.push(decoder.end(), take);
      splitter.end(take);
      flushOut(this);
      callback();
    },
  });
}
