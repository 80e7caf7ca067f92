/**
 * Integration overhead: what scrubjay adds to each SDK's own cost per event. Each row times the
 * SDK alone and the SDK with scrubjay on the same events (taking turns, median of the rounds) and
 * reports microseconds per event. `runIntegrationBench()` returns the rows and prints nothing;
 * `node bench/integrations.mjs` prints them as a table. Measures the built package (dist/), or the
 * directory in SCRUBJAY_DIST. See docs/integrations.md.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { loadBaseEvents, loadContext } from './inputs.mjs';
import { median } from './measure.mjs';
import { fixed, print, table } from './report.mjs';

const DIST = process.env.SCRUBJAY_DIST ? pathToFileURL(`${process.env.SCRUBJAY_DIST.replace(/\/$/, '')}/`) : new URL('../dist/', import.meta.url);
const dist = (name) => import(new URL(`${name}.js`, DIST).href);
const ROUNDS = 5;

/**
 * A real error with a stack from this file, secrets and paths in its message. Every event of every
 * run gets a new number (`i` is global), so no message repeats: scrubjay's memo of results only
 * helps where real events repeat too (frames, code lines).
 */
let seq = 0;
const next = () => seq++;
const makeError = (i) => new TypeError(`cannot reach postgres://shop:pw-${i}@db.internal:5432/orders as marguerite${i}@nightjar-flowers.fr (token njs_live_7c1f4e9a2b8d6053e4a1c9f7b2d8e6a0)`);

/** Times `alone` and `scrubbed` (async, each running `n` events) in turns; µs per event, medians. */
async function compare(n, alone, scrubbed) {
  await alone(Math.min(n, 200));
  await scrubbed(Math.min(n, 200));
  const times = [[], []];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, run] of [alone, scrubbed].entries()) {
      globalThis.gc?.();
      const started = performance.now();
      await run(n);
      times[i].push(((performance.now() - started) * 1000) / n);
    }
  }
  return [median(times[0]), median(times[1])];
}

async function sentryRow(context) {
  const { NodeClient, defaultStackParser, contextLinesIntegration } = await import('@sentry/node');
  const { scrubjaySentry } = await dist('sentry');
  const client = (hooks) => {
    const sent = { count: 0 };
    const transport = () => ({ send: async () => (sent.count++, {}), flush: async () => true });
    const c = new NodeClient({ dsn: 'https://public@127.0.0.1/1', transport, stackParser: defaultStackParser, integrations: [contextLinesIntegration()], traceLifecycle: 'static', ...hooks });
    c.init();
    return { c, sent };
  };
  // Sentry processes at most 64 events at a time and drops the rest: flush every 32.
  const run = ({ c, sent }) => async (n) => {
    const before = sent.count;
    for (let k = 0; k < n; k++) {
      const i = next();
      c.captureException(makeError(i), { captureContext: { user: { email: `u${i}@example.com` }, extra: { path: `/home/marguerite/app/${i}` } } });
      if (k % 32 === 31) await c.flush(10_000);
    }
    await c.flush(10_000);
    if (sent.count - before !== n) throw new Error(`Sentry sent ${sent.count - before} of ${n} events`);
  };
  const { beforeSendSpan: _static, ...hooks } = scrubjaySentry({ context }); // static lifecycle: no streamed spans here
  return ['Sentry (@sentry/node)', 'captureException, envelope built', await compare(1000, run(client({})), run(client(hooks)))];
}

async function pinoRow(context) {
  const { default: pino } = await import('pino');
  const { scrubjayPino } = await dist('pino');
  const sink = { write() {} };
  const run = (logger) => async (n) => {
    for (let k = 0, i = next(); k < n; k++, i = next()) logger.error({ err: makeError(i), user: `marguerite${i}@nightjar-flowers.fr`, url: `https://api.example.com/o/${i}?token=abc${i}` }, `order ${i} failed`);
  };
  return ['pino', 'logger.error({ err, … }, msg)', await compare(5000, run(pino({}, sink)), run(pino(scrubjayPino({ context }), sink)))];
}

async function otelRows(context) {
  const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } = await import('@opentelemetry/sdk-logs');
  const { ScrubjaySpanProcessor, ScrubjayLogRecordProcessor } = await dist('otel');
  const tracer = (wrap) => {
    const exporter = new InMemorySpanExporter();
    const processor = new SimpleSpanProcessor(exporter);
    return { exporter, tracer: new BasicTracerProvider({ spanProcessors: [wrap ? new ScrubjaySpanProcessor(processor, { context }) : processor] }).getTracer('bench') };
  };
  const spans = ({ exporter, tracer: t }) => async (n) => {
    for (let k = 0; k < n; k++) {
      const i = next();
      const span = t.startSpan(`GET /orders/${i}`, { attributes: { 'url.full': `https://api.example.com/orders/${i}?token=abc${i}`, 'enduser.id': `u${i}@example.com`, 'http.response.status_code': 500 } });
      span.recordException(makeError(i));
      span.setStatus({ code: 2, message: 'failed' });
      span.end();
    }
    exporter.reset();
  };
  const logger = (wrap) => {
    const exporter = new InMemoryLogRecordExporter();
    const processor = new SimpleLogRecordProcessor({ exporter });
    return { exporter, logger: new LoggerProvider({ processors: [wrap ? new ScrubjayLogRecordProcessor(processor, { context }) : processor] }).getLogger('bench') };
  };
  const logs = ({ exporter, logger: l }) => async (n) => {
    for (let k = 0, i = next(); k < n; k++, i = next()) l.emit({ severityNumber: 17, body: `order ${i} failed for u${i}@example.com`, attributes: { path: `/home/marguerite/app/${i}` }, exception: makeError(i) });
    await new Promise((resolve) => setImmediate(resolve));
    exporter.reset();
  };
  return [
    ['OpenTelemetry spans', 'span + recordException + end', await compare(2000, spans(tracer(false)), spans(tracer(true)))],
    ['OpenTelemetry logs', 'logger.emit({ body, exception })', await compare(2000, logs(logger(false)), logs(logger(true)))],
  ];
}

/** NDJSON: a bare parse-and-stringify pass (what any NDJSON pipeline pays) against scrubjay's transform. */
async function streamRows(context) {
  const { createNdjsonScrubStream } = await dist('stream');
  const lines = loadBaseEvents().map((e) => JSON.stringify(e));
  const input = (n) => Array.from({ length: n }, (_, i) => lines[i % lines.length]).join('\n') + '\n';
  const bare = () => new Transform({ transform(chunk, _e, cb) { let out = ''; for (const l of String(chunk).split('\n')) if (l) out += `${JSON.stringify(JSON.parse(l))}\n`; cb(null, out); } });
  const through = (make) => async (n) => {
    const text = input(n);
    await pipeline(Readable.from([text]), make(), new Writable({ write: (_c, _e, cb) => cb() }));
  };
  const rows = [['NDJSON stream', 'one event per line, in process', await compare(2000, through(bare), through(() => createNdjsonScrubStream({ context })))]];
  const workers = Math.min(4, cpus().length);
  if (workers > 1 && existsSync(new URL('stream/worker.js', DIST))) {
    rows.push([`NDJSON stream, workers: ${workers}`, 'same, wall time per line', await compare(4000, through(bare), through(() => createNdjsonScrubStream({ context, workers })))]);
  }
  return rows;
}

/** One row per integration: `{ integration, event, sdkUs, withScrubjayUs, overheadUs }`. Prints nothing. */
export async function runIntegrationBench() {
  const context = loadContext();
  const measured = [await sentryRow(context), await pinoRow(context), ...(await otelRows(context)), ...(await streamRows(context))];
  return measured.map(([integration, event, [sdkUs, withScrubjayUs]]) => ({ integration, event, sdkUs, withScrubjayUs, overheadUs: withScrubjayUs - sdkUs }));
}

export const INTEGRATION_HEADERS = ['integration', 'per event', 'SDK alone µs', 'SDK + scrubjay µs', 'added µs'];
export const integrationTableRows = (rows) => rows.map((r) => [r.integration, r.event, fixed(r.sdkUs, 1), fixed(r.withScrubjayUs, 1), fixed(r.overheadUs, 1)]);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(new URL('sentry.js', DIST))) {
    console.error(`no integration build in ${DIST.pathname}: run npm run build (or set SCRUBJAY_DIST)`);
    process.exit(1);
  }
  const rows = await runIntegrationBench();
  print(`## Integrations: time per event, SDK alone vs SDK + scrubjay (median of ${ROUNDS} rounds, Node ${process.version})`);
  print(table(INTEGRATION_HEADERS, integrationTableRows(rows)));
}
