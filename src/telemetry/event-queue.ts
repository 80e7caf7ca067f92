/**
 * The queue of serialized events, bounded in bytes: an event that does not fit pushes out the oldest
 * ones, one larger than a whole request is dropped. `take` returns a batch that is one request body.
 */

const ENVELOPE = '{"events":[]}';

/** The request body of a batch: `{"events":[…]}`. */
export function batchBody(events: readonly string[]): string {
  return `{"events":[${events.join(',')}]}`;
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class EventQueue {
  private items: Array<{ json: string; bytes: number }> = [];
  private total = 0;
  /** Events dropped so far because of the byte limit. */
  dropped = 0;

  constructor(
    private readonly maxBatch: number,
    private readonly maxBytes: number,
  ) {}

  get length(): number {
    return this.items.length;
  }

  /** The body size of the queue as one batch. */
  private bodyBytes(extra: number, count: number): number {
    return bytes(ENVELOPE) + extra + Math.max(0, count - 1);
  }

  push(json: string): void {
    const size = bytes(json);
    if (this.bodyBytes(size, 1) > this.maxBytes) {
      this.dropped += 1;
      return;
    }
    this.items.push({ json, bytes: size });
    this.total += size;
    while (this.bodyBytes(this.total, this.items.length) > this.maxBytes) {
      const oldest = this.items.shift()!;
      this.total -= oldest.bytes;
      this.dropped += 1;
    }
  }

  /** The oldest events, at most `maxBatch` of them, removed from the queue. */
  take(): string[] {
    const batch = this.items.splice(0, this.maxBatch);
    for (const item of batch) this.total -= item.bytes;
    return batch.map((item) => item.json);
  }

  clear(): void {
    this.items = [];
    this.total = 0;
  }
}
