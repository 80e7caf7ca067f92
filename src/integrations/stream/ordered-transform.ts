/**
 * A Transform that fails in order: `fail(error)` stops the input, lets the reader take what was
 * already pushed, and only then destroys the stream with the error. (Destroying at once would drop
 * the buffered output of the lines before a bad one.) Output pushed while the reader is slow waits
 * in the readable buffer as usual; `waitForRoom` holds the writer while too much work is pending.
 */
import { Transform } from 'node:stream';
import type { TransformOptions } from 'node:stream';

export abstract class OrderedTransform extends Transform {
  private pendingFailure: Error | undefined;
  protected failed = false;

  constructor(options: TransformOptions) {
    super(options);
  }

  /** Fails the stream once its buffered output has been read. */
  protected fail(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    if (this.readableLength === 0) process.nextTick(() => this.destroy(error));
    else this.pendingFailure = error;
  }

  override read(size?: number): unknown {
    const chunk: unknown = super.read(size);
    const error = this.pendingFailure;
    if (error && this.readableLength === 0) {
      this.pendingFailure = undefined;
      process.nextTick(() => this.destroy(error));
    }
    return chunk;
  }
}
