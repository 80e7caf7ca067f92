/**
 * A pool of worker threads that scrub batches and give the results back in submission order.
 * At most `2 × size` batches are in flight; `room()` resolves when another may be submitted.
 */
import { Worker } from 'node:worker_threads';

export interface PoolRequest {
  id: number;
  items: unknown[];
}

export interface PoolReply {
  id: number;
  results: unknown[];
}

export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly done = new Map<number, unknown[]>();
  private nextId = 0;
  private nextOut = 0;
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(
    size: number,
    url: string | URL,
    workerData: unknown,
    /** Called with each batch's results, in submission order. */
    private readonly deliver: (results: unknown[]) => void,
    private readonly onError: (error: Error) => void,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData });
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: PoolReply) => {
        slot.busy--;
        this.complete(reply.id, reply.results);
      });
      worker.on('error', (error) => this.onError(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.onError(new Error(`scrubjay stream worker stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  get inFlight(): number {
    return this.nextId - this.nextOut;
  }

  get full(): boolean {
    return this.inFlight >= this.workers.length * 2;
  }

  /**
   * Sends a batch to the least busy worker. When the batch cannot be cloned (functions, class
   * instances with private state), `fallback` scrubs it on this thread; its place in the order stays.
   */
  submit(items: unknown[], fallback: (items: unknown[]) => unknown[]): void {
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    try {
      slot.worker.postMessage({ id, items } satisfies PoolRequest);
      slot.busy++;
    } catch {
      this.complete(id, fallback(items));
    }
  }

  /** Resolves when another batch may be submitted. */
  room(): Promise<void> {
    return this.full ? new Promise((resolve) => this.waiters.push(resolve)) : Promise.resolve();
  }

  /** Resolves when every submitted batch has been delivered. */
  async drain(): Promise<void> {
    while (this.inFlight > 0 && !this.closed) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wake();
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private complete(id: number, results: unknown[]): void {
    if (this.closed) return;
    this.done.set(id, results);
    for (let next = this.done.get(this.nextOut); next !== undefined; next = this.done.get(this.nextOut)) {
      this.done.delete(this.nextOut);
      this.nextOut++;
      this.deliver(next);
      if (this.closed) return;
    }
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
