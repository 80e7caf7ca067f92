import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import scrubjayPinoTransport, { scrubjayPino } from '../../src/integrations/pino.js';
import { CONTEXT, expectClean, PLANTED, PLANTED_MESSAGE, plantedError } from './planted.js';

/** A pino destination that keeps the lines in memory. */
function memory(): { stream: Writable; lines: () => Record<string, any>[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const text = () => chunks.join('');
  return { stream, text, lines: () => text().trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>) };
}

describe('scrubjay/pino', () => {
  const options = scrubjayPino({ context: CONTEXT });

  it('scrubs msg, the merged object, child bindings and the serialized err; keeps level, time, pid and the error type', () => {
    const out = memory();
    const logger = pino({ ...options, base: { pid: process.pid, hostname: CONTEXT.hostname } }, out.stream);
    const child = logger.child({ requestUser: PLANTED.email });
    child.error({ err: plantedError(), db: `postgres://nightjar_app:${PLANTED.password}@db.nightjar.internal/shop`, apiKey: PLANTED.stripe }, `failed for ${PLANTED.email} with ${PLANTED.envToken}`);
    logger.info(`token ${PLANTED.github} and ${PLANTED.homeDir}/notes.txt`);
    logger.warn(plantedError());
    expectClean(out.text());
    const [first, second, third] = out.lines();
    expect(first!.level).toBe(50);
    expect(typeof first!.time).toBe('number');
    expect(first!.pid).toBe(process.pid);
    expect(first!.hostname).toBe('<hostname>');
    expect(first!.msg).toBe('failed for <email> with <env:NIGHTJAR_DEPLOY_TOKEN>');
    expect(first!.err.type).toBe('TypeError');
    expect(first!.err.message).toContain('<env:NIGHTJAR_DEPLOY_TOKEN>');
    expect(first!.err.stack).toMatch(/^TypeError: /);
    expect(first!.err.stack).toMatch(/node_modules\/(@vitest\/runner|vitest)\//);
    expect(first!.apiKey).toBe('<redacted>');
    expect(second!.msg).toBe('token <secret:github-token> and <home>');
    // pino takes the message of an error logged alone from the error: scrubbed like the rest.
    expect(third!.msg).toBe(first!.err.message);
    expect(PLANTED_MESSAGE).toContain(PLANTED.email);
  });

  it('keeps the line format: one JSON object per line, newline-terminated', () => {
    const out = memory();
    const logger = pino(options, out.stream);
    logger.info({ n: 1 }, 'plain');
    expect(out.text()).toMatch(/^\{"level":30,"time":\d+,"pid":\d+,"hostname":"[^"]+","n":1,"msg":"plain"\}\n$/);
  });

  it('works with a messageKey of your own', () => {
    const out = memory();
    const logger = pino({ ...scrubjayPino({ context: CONTEXT, messageKey: 'message' }), messageKey: 'message' }, out.stream);
    logger.info(`hello ${PLANTED.email}`);
    expect(out.lines()[0]!.message).toBe('hello <email>');
  });

  it('the pino.transport() pipeline step scrubs the same way, off the logging thread', async () => {
    const direct = memory();
    const step = scrubjayPinoTransport({ context: CONTEXT });
    const out = memory();
    step.pipe(out.stream);
    const base = { base: { pid: 1, hostname: 'h' }, timestamp: () => ',"time":1' };
    const error = plantedError();
    pino({ ...base, ...options }, direct.stream).error({ err: error, key: PLANTED.stripe }, `for ${PLANTED.email}`);
    const logger = pino(base, step);
    logger.error({ err: error, key: PLANTED.stripe }, `for ${PLANTED.email}`);
    step.end();
    await new Promise((resolve) => out.stream.on('finish', resolve));
    expectClean(out.text());
    expect(out.text()).toBe(direct.text());
  });

  it('runs as a step of a real pino.transport() pipeline, in pino\'s worker thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scrubjay-pino-'));
    try {
      const file = join(dir, 'out.log');
      const transport = pino.transport({
        pipeline: [
          { target: new URL('./pino-transport-target.mjs', import.meta.url).href, options: { context: CONTEXT } },
          { target: 'pino/file', options: { destination: file } },
        ],
      });
      const logger = pino(transport);
      logger.error({ err: plantedError(), key: PLANTED.stripe }, `for ${PLANTED.email}`);
      await new Promise<void>((resolve) => {
        transport.on('close', () => resolve());
        transport.end();
      });
      const text = readFileSync(file, 'utf8');
      expectClean(text);
      expect(JSON.parse(text)).toMatchObject({ level: 50, msg: 'for <email>', key: '<secret:stripe-key>', err: { type: 'TypeError' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails closed on a line it cannot parse', () => {
    const write = options.hooks.streamWrite;
    expect(write(`not json ${PLANTED.stripe}\n`)).toBe('{"msg":"<dropped:error>"}\n');
  });
});
