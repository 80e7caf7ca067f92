/**
 * The object-mode transform: any JavaScript value in, its scrubbed JSON-safe value out, in order.
 * With workers, values travel in batches by structured clone; a batch that cannot be cloned
 * (functions, class instances) is scrubbed on this thread instead, in its place in the order.
 * A value that scrubs to `null` (only `undefined` does) is left out: object streams cannot carry null.
 */
import { createScrubber } from '../../create-scrubber.js';
import type { JsonValue, Scrubber } from '../../types.js';
import { OrderedTransform } from './ordered-transform.js';
import { engineOptions, finishPool, startPool, workerCount } from './pool-setup.js';
import type { ScrubStreamOptions } from './types.js';
import type { WorkerPool } from './worker-pool.js';

export class ValueScrubTransform extends OrderedTransform {
  private readonly scrubber: Scrubber;
  private readonly pool: WorkerPool | undefined;
  private readonly batchSize: number;
  private batch: unknown[] = [];

  constructor(options: ScrubStreamOptions, defaultWorkerUrl: URL) {
    super({ objectMode: true });
    const workers = workerCount(options);
    this.scrubber = options.scrubber ?? createScrubber(engineOptions(options));
    this.batchSize = options.batchSize ?? 64;
    const settings = { text: false, invalidLine: 'error' as const, records: false };
    this.pool =
      workers > 0
        ? startPool(options, defaultWorkerUrl, { mode: 'values', options: engineOptions(options), settings }, (r) => this.deliver(r as JsonValue[]), (e) => this.fail(e))
        : undefined;
  }

  override _transform(value: unknown, _encoding: BufferEncoding, callback: (error?: Error) => void): void {
    if (this.failed) return;
    if (!this.pool) {
      this.deliver([this.scrubber.scrub(value).value]);
      callback();
      return;
    }
    this.batch.push(value);
    if (this.batch.length >= this.batchSize) this.submit();
    if (this.pool.full) void this.pool.room().then(() => callback());
    else callback();
  }

  override _flush(callback: (error?: Error) => void): void {
    if (!this.pool) {
      callback();
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

  private submit(): void {
    const items = this.batch;
    this.batch = [];
    this.pool?.submit(items, (values) => values.map((value) => this.scrubber.scrub(value).value));
  }

  private deliver(values: readonly JsonValue[]): void {
    if (this.failed) return;
    for (const value of values) if (value !== null) this.push(value);
  }
}
