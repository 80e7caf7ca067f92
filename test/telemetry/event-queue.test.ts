import { describe, expect, it } from 'vitest';
import { EventQueue, batchBody } from '../../src/telemetry/event-queue.js';

const event = (n: number, size = 10) => JSON.stringify({ n, pad: 'x'.repeat(size) });

describe('EventQueue', () => {
  it('batches in order, at most maxBatch per take', () => {
    const q = new EventQueue(2, 10_000);
    for (const n of [1, 2, 3]) q.push(event(n));
    expect(q.take().map((e) => JSON.parse(e).n)).toEqual([1, 2]);
    expect(q.take().map((e) => JSON.parse(e).n)).toEqual([3]);
    expect(q.take()).toEqual([]);
  });

  it('keeps the queue within maxBytes as one body: the oldest go first', () => {
    const one = event(1, 100);
    const limit = Buffer.byteLength(batchBody([one, one, one]));
    const q = new EventQueue(100, limit);
    for (const n of [1, 2, 3, 4, 5]) q.push(event(n, 100));
    const batch = q.take();
    expect(batch.map((e) => JSON.parse(e).n)).toEqual([3, 4, 5]);
    expect(Buffer.byteLength(batchBody(batch))).toBeLessThanOrEqual(limit);
    expect(q.dropped).toBe(2);
  });

  it('drops an event larger than a whole body, keeps the rest', () => {
    const q = new EventQueue(10, 200);
    q.push(event(1));
    q.push(event(2, 500));
    expect(q.take().map((e) => JSON.parse(e).n)).toEqual([1]);
    expect(q.dropped).toBe(1);
  });

  it('counts bytes, not characters', () => {
    const wide = JSON.stringify({ s: 'é'.repeat(50) });
    const q = new EventQueue(10, Buffer.byteLength(batchBody([wide])));
    q.push(wide);
    q.push(wide);
    expect(q.length).toBe(1);
  });

  it('the body is {"events":[…]}', () => {
    expect(JSON.parse(batchBody(['{"a":1}', '{"b":2}']))).toEqual({ events: [{ a: 1 }, { b: 2 }] });
  });
});
