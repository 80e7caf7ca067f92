import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createNdjsonScrubStream, createScrubStream, NdjsonLineError } from '../../src/integrations/stream.js';
import type { NdjsonRecord } from '../../src/integrations/stream.js';
import { CONTEXT, countingSource, expected, feed, line, readText, WORKER_URL } from './stream-helpers.js';

const base = { context: CONTEXT, workerUrl: WORKER_URL };

describe('createScrubStream (object mode)', () => {
  it.each([0, 2])('scrubs values in order with %i workers, including values that cannot be cloned', async (workers) => {
    const stream = createScrubStream({ ...base, workers, batchSize: 7 });
    const values = Array.from({ length: 300 }, (_, i) => (i === 150 ? { i, fn: () => 1, path: '/home/ada/x' } : { i, path: `/home/ada/p${i}` }));
    const out: unknown[] = [];
    await pipeline(Readable.from(values), stream, new Writable({ objectMode: true, write: (v, _e, cb) => (out.push(v), cb()) }));
    expect(out).toHaveLength(300);
    expect(out.map((v) => (v as { i: number }).i)).toEqual(values.map((v) => v.i));
    expect(out[150]).toEqual({ i: 150, fn: '<function>', path: '<home>' });
    expect(out[3]).toEqual({ i: 3, path: '<home>' });
  });
});

describe('createNdjsonScrubStream', () => {
  const total = 3000;
  const input = Array.from({ length: total }, (_, i) => line(i + 1)).join('\n') + '\n';
  const output = Array.from({ length: total }, (_, i) => expected(i + 1)).join('\n') + '\n';

  it.each([
    ['inline, one chunk', 0, [input.length]],
    ['inline, odd chunks', 0, [1, 7, 4096, 13]],
    ['3 workers, odd chunks', 3, [5, 999, 64]],
  ])('%s: output in input order', async (_name, workers, sizes) => {
    const stream = createNdjsonScrubStream({ ...base, workers, batchSize: 50 });
    const bytes = Buffer.from(input);
    const chunks: Buffer[] = [];
    for (let at = 0, k = 0; at < bytes.length; k++) {
      const size = sizes[k % sizes.length]!;
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    feed(stream, chunks);
    expect(await readText(stream)).toBe(output);
  });

  it('splits lines like readline: CRLF across chunks, lone CR, BOM, multi-byte characters split across chunks, no final newline', async () => {
    const stream = createNdjsonScrubStream({ ...base, text: true });
    const bytes = Buffer.from('\uFEFFé /home/ada/a\r\n\r\nb ada-lovelace\rc 😀 /home/ada/c');
    feed(stream, [bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3, 16), bytes.subarray(16, 17), bytes.subarray(17, 40), bytes.subarray(40)]);
    expect(await readText(stream)).toBe('é <home>\n\nb <user>\nc 😀 <home>\n');
  });

  it('constant memory: on a long stream, what has been read stays a bounded distance ahead of what has come out', async () => {
    for (const workers of [0, 2]) {
      const lines = 60_000;
      const source = countingSource(lines);
      const stream = createNdjsonScrubStream({ ...base, workers });
      let consumed = 0;
      let maxAhead = 0;
      const sink = new Writable({
        highWaterMark: 1024,
        write(chunk, _encoding, callback) {
          consumed += String(chunk).split('\n').length - 1;
          maxAhead = Math.max(maxAhead, source.produced() - consumed);
          setImmediate(callback); // a slow reader
        },
      });
      await pipeline(source.stream, stream, sink);
      expect(consumed).toBe(lines);
      expect(maxAhead, `${workers} workers`).toBeLessThan(3_000);
    }
  });

  it('a line longer than maxLineLength becomes "<dropped:too-long>" and is never held whole', async () => {
    const stream = createNdjsonScrubStream({ ...base, maxLineLength: 100, records: true });
    feed(stream, ['{"a":1}\n', `{"b":"${'x'.repeat(5000)}`, `${'y'.repeat(5000)}"}\n{"c":"/home/ada/z"}`]);
    const records: NdjsonRecord[] = [];
    for await (const record of stream) records.push(record as NdjsonRecord);
    expect(records.map((r) => [r.line, r.text])).toEqual([[1, '{"a":1}'], [2, '"<dropped:too-long>"'], [3, '{"c":"<home>"}']]);
    expect(records[1]!.findings).toEqual([{ ruleId: 'limits', type: 'dropped', detail: 'too-long', pointer: '', target: 'value', start: 0, end: 10_008 }]);
  });

  describe.each([0, 2])('a line that is not JSON (%i workers)', (workers) => {
    const secret = 'zq_SECRET_IN_BAD_LINE_0123456789';
    const bad = `{"key": "${secret}" "b": 2}`;
    const text = `{"a":1}\n{"who":"ada-lovelace"}\n\n${bad}\n{"a":4}\n`;

    it("'error' (default): the lines before it are read, then the stream fails with NdjsonLineError naming line and column", async () => {
      const stream = createNdjsonScrubStream({ ...base, workers, records: true });
      feed(stream, [text]);
      const seen: string[] = [];
      let failure: unknown;
      try {
        for await (const record of stream) {
          seen.push((record as NdjsonRecord).text);
          await new Promise((resolve) => setTimeout(resolve, 5)); // a slow reader still gets every line before the error
        }
      } catch (error) {
        failure = error;
      }
      expect(seen).toEqual(['{"a":1}', '{"who":"<user>"}']);
      expect(failure).toBeInstanceOf(NdjsonLineError);
      expect((failure as NdjsonLineError).line).toBe(4);
      expect((failure as NdjsonLineError).message).toBe(`line 4, column ${bad.indexOf('"b"') + 1}: invalid JSON (expected ',' or '}')`);
      expect(String((failure as Error).message)).not.toContain(secret);
    });

    it("'skip' leaves it out; 'placeholder' writes \"<dropped:invalid-json>\"", async () => {
      const skip = createNdjsonScrubStream({ ...base, workers, invalidLine: 'skip' });
      feed(skip, [text]);
      expect(await readText(skip)).toBe('{"a":1}\n{"who":"<user>"}\n{"a":4}\n');
      const placeholder = createNdjsonScrubStream({ ...base, workers, invalidLine: 'placeholder' });
      feed(placeholder, [text]);
      expect(await readText(placeholder)).toBe('{"a":1}\n{"who":"<user>"}\n"<dropped:invalid-json>"\n{"a":4}\n');
    });
  });

  it('refuses options that cannot reach workers', () => {
    expect(() => createNdjsonScrubStream({ ...base, workers: 2, parse: (text) => JSON.parse(text) })).toThrow(/options\.parse/);
    expect(() => createNdjsonScrubStream({ ...base, workers: -1 })).toThrow(/options\.workers/);
  });
});
