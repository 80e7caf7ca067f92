/**
 * recheck runs its analyses in one native agent process per thread, one at a time. To use every core,
 * this pool starts one worker thread per lane; each worker loads recheck and so gets its own agent.
 * Calls go to the least busy worker. The agents exit with the process (their stdin closes).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostics, Parameters } from 'recheck';

const RECHECK = createRequire(import.meta.url).resolve('recheck');

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { check } = require(workerData.recheck);
parentPort.on('message', ({ id, source, flags, params }) => {
  check(source, flags, params).then(
    (d) => parentPort.postMessage({ id, d: JSON.parse(JSON.stringify(d)) }),
    (e) => parentPort.postMessage({ id, d: { source, flags, status: 'unknown', error: { kind: 'unexpected', message: String(e) } } }),
  );
});
`;

interface Lane {
  worker: Worker;
  busy: number;
}

export class RecheckPool {
  private readonly lanes: Lane[];
  private readonly pending = new Map<number, (d: Diagnostics) => void>();
  private nextId = 0;

  constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
    this.lanes = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { recheck: RECHECK } });
      worker.on('message', ({ id, d }: { id: number; d: Diagnostics }) => {
        this.pending.get(id)?.(d);
        this.pending.delete(id);
      });
      worker.unref();
      return { worker, busy: 0 };
    });
  }

  get size(): number {
    return this.lanes.length;
  }

  check(source: string, flags: string, params: Parameters): Promise<Diagnostics> {
    const lane = this.lanes.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    // A worker with calls in flight keeps the process alive; an idle one does not.
    if (lane.busy++ === 0) lane.worker.ref();
    return new Promise<Diagnostics>((resolve) => {
      this.pending.set(id, (d) => {
        if (--lane.busy === 0) lane.worker.unref();
        resolve(d);
      });
      lane.worker.postMessage({ id, source, flags, params });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.worker.terminate()));
  }
}
