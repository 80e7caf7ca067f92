/**
 * The NDJSON (or text-lines) transform: bytes in, scrubbed lines out, one line held at a time.
 * Without workers each chunk's lines are scrubbed as they arrive; with workers, lines go out in
 * batches and come back in order. A bad line fails the stream in order (`OrderedTransform`).
 */
import { StringDecoder } from 'node:string_decoder';
import { createScrubber } from '../../create-scrubber.js';
import type { Scrubber } from '../../types.js';
import { LineSplitter } from './line-splitter.js';
import { NdjsonLineError } from './ndjson-line-error.js';
import { OrderedTransform } from './ordered-transform.js';
import { engineOptions, finishPool, startPool, workerCount } from './pool-setup.js';
import { scrubLine } from './scrub-line.js';
import type { LineItem, LineResult, LineSettings, NdjsonStreamOptions } from './types.js';
import type { WorkerPool } from './worker-pool.js';

const MAX_LINE = 16 * 1024 * 1024;
const BATCH_CHARS = 1024 * 1024;

export class NdjsonScrubTransform extends OrderedTransform {
  private readonly decoder = new StringDecoder('utf8');
  private readonly splitter: LineSplitter;
  private readonly settings: LineSettings;
  private readonly scrubber: Scrubber;
  private readonly pool: WorkerPool | undefined;
  private readonly batchSize: number;
  private readonly parse: NdjsonStreamOptions['parse'];
  private batch: LineItem[] = [];
  private batchChars = 0;
  private pending: LineResult[] = [];

  constructor(options: NdjsonStreamOptions, defaultWorkerUrl: URL) {
    const records = options.records ?? false;
    super({ readableObjectMode: records });
    const workers = workerCount(options);
    this.settings = { text: options.text ?? false, invalidLine: options.invalidLine ?? 'error', records };
    this.splitter = new LineSplitter(options.maxLineLength ?? MAX_LINE);
    this.scrubber = options.scrubber ?? createScrubber(engineOptions(options));
    this.parse = options.parse;
    this.batchSize = options.batchSize ?? 256;
    this.pool =
      workers > 0
        ? startPool(options, defaultWorkerUrl, { mode: 'lines', options: engineOptions(options), settings: this.settings }, (r) => this.deliver(r as LineResult[]), (e) => this.fail(e))
        : undefined;
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error) => void): void {
    if (this.failed) return; // the input stops here; the stream is destroyed once its output has been read
    this.splitter.push(typeof chunk === 'string' ? chunk : this.decoder.write(chunk), this.takeLine);
    this.settle(callback);
  }

  override _flush(callback: (error?: Error) => void): void {
    if (!this.failed) {
      this.splitter.push(this.decoder.end(), this.takeLine);
      this.splitter.end(this.takeLine);
    }
    if (!this.pool) {
      this.settle(() => (this.failed ? undefined : callback()));
      return;
    }
    if (this.batch.length > 0) this.submit();
    finishPool(this.pool, () => {
      if (!this.failed) callback();
    });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    void this.pool?.close();
    callback(error);
  }

  /** Takes one line: queued for a worker, or scrubbed now. */
  private readonly takeLine = (item: LineItem): void => {
    if (this.failed) return;
    if (this.pool) {
      this.batch.push(item);
      this.batchChars += item[1]?.length ?? 0;
      if (this.batch.length >= this.batchSize || this.batchChars >= BATCH_CHARS) this.submit();
      return;
    }
    try {
      this.pending.push(scrubLine(this.scrubber, item, this.settings, this.parse));
    } catch (error) {
      this.deliver(this.pending);
      this.pending = [];
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  };

  private submit(): void {
    const items = this.batch;
    this.batch = [];
    this.batchChars = 0;
    this.pool?.submit(items, (batch) => (batch as LineItem[]).map((item) => scrubLine(this.scrubber, item, this.settings)));
  }

  /** Pushes the scrubbed lines of this chunk, then lets the writer go on (after the pool has room). */
  private settle(callback: () => void): void {
    if (this.pending.length > 0) {
      this.deliver(this.pending);
      this.pending = [];
    }
    if (this.failed) return;
    if (this.pool?.full) void this.pool.room().then(() => callback());
    else callback();
  }

  /** Pushes results in order; stops at a failure, which fails the stream after the lines before it. */
  private deliver(results: readonly LineResult[]): void {
    if (this.failed) return;
    let text = '';
    for (const result of results) {
      if (result.failure) {
        if (text) this.push(text);
        this.fail(new NdjsonLineError(result.failure));
        return;
      }
      if (result.out === undefined) continue;
      if (this.settings.records) this.push({ line: result.line, text: result.out, findings: result.findings ?? [] });
      else text += `${result.out}\n`;
    }
    if (text) this.push(text);
  }
}
