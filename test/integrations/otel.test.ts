import { SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { ScrubjayLogRecordProcessor, ScrubjaySpanProcessor } from '../../src/integrations/otel.js';
import { CONTEXT, expectClean, PLANTED, plantedError } from './planted.js';

const resource = resourceFromAttributes({
  'service.name': 'nightjar-shop',
  'host.name': CONTEXT.hostname ?? 'localhost',
  'process.owner': PLANTED.user,
  'process.command_args': ['node', `${PLANTED.homeDir}/server.js`, `--token=${PLANTED.envToken}`],
});

/** Every field an exporter reads from a ReadableSpan, as plain data. */
function readSpan(span: ReadableSpan) {
  const { traceId, spanId } = span.spanContext();
  return {
    traceId, spanId, name: span.name, kind: span.kind, startTime: span.startTime, endTime: span.endTime, duration: span.duration,
    ended: span.ended, status: span.status, attributes: span.attributes, links: span.links, events: span.events,
    resource: span.resource.attributes, scope: span.instrumentationScope, parent: span.parentSpanContext?.spanId,
    dropped: [span.droppedAttributesCount, span.droppedEventsCount, span.droppedLinksCount],
  };
}

function readLog(record: ReadableLogRecord) {
  return {
    hrTime: record.hrTime, severityNumber: record.severityNumber, severityText: record.severityText, body: record.body,
    attributes: record.attributes, eventName: record.eventName, resource: record.resource.attributes,
    scope: record.instrumentationScope, span: record.spanContext?.spanId,
  };
}

describe('scrubjay/otel ScrubjaySpanProcessor', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource,
    spanProcessors: [new ScrubjaySpanProcessor(new SimpleSpanProcessor(exporter), { context: CONTEXT })],
  });
  const tracer = provider.getTracer('nightjar', '1.0.0');

  it('exports spans with none of the planted values, and with ids, times, the error type and package frames', async () => {
    const parent = tracer.startSpan('parent');
    const error = plantedError();
    const span = tracer.startSpan(`charge ${PLANTED.email}`, {
      attributes: {
        'url.full': `https://nightjar_app:${PLANTED.password}@api.nightjar.example/charge?key=${PLANTED.stripe}`,
        'enduser.id': PLANTED.email,
        'app.token': PLANTED.github,
        'http.response.status_code': 500,
        'app.retry': true,
      },
      links: [{ context: parent.spanContext(), attributes: { note: `from ${PLANTED.homeDir}/job.js` } }],
    });
    span.addEvent('cache.miss', { key: `user:${PLANTED.email}` });
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
    parent.end();
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    const read = spans.map(readSpan);
    expectClean(JSON.stringify(read));
    const out = read[0]!;
    expect(out.traceId).toBe(span.spanContext().traceId);
    expect(out.spanId).toBe(span.spanContext().spanId);
    expect(out.ended).toBe(true);
    expect(out.scope.name).toBe('nightjar');
    expect(out.name).toBe('charge <email>');
    expect(out.attributes['http.response.status_code']).toBe(500);
    expect(out.attributes['app.retry']).toBe(true);
    expect(out.status.code).toBe(SpanStatusCode.ERROR);
    expect(out.status.message).toContain('<env:NIGHTJAR_DEPLOY_TOKEN>');
    const exception = out.events.find((e) => e.name === 'exception');
    expect(exception?.attributes?.['exception.type']).toBe('TypeError');
    expect(String(exception?.attributes?.['exception.stacktrace'])).toMatch(/node_modules\/(@vitest\/runner|vitest)\//);
    expect(String(exception?.attributes?.['exception.stacktrace'])).toContain('<home>');
    expect(out.links[0]!.context.spanId).toBe(parent.spanContext().spanId);
    expect(out.resource['service.name']).toBe('nightjar-shop');
    expect(out.resource['process.owner']).toBe('<user>');
  });

  it('leaves the SDK span untouched (the copy is scrubbed, not the original)', async () => {
    exporter.reset();
    const span = tracer.startSpan(`job ${PLANTED.email}`);
    span.end();
    await provider.forceFlush();
    const [exported] = exporter.getFinishedSpans();
    expect(exported!.name).toBe('job <email>');
    expect((span as unknown as ReadableSpan).name).toBe(`job ${PLANTED.email}`);
  });
});

describe('scrubjay/otel ScrubjayLogRecordProcessor', () => {
  it('exports log records with none of the planted values; keeps severity, times and scope', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({
      resource,
      processors: [new ScrubjayLogRecordProcessor(new SimpleLogRecordProcessor({ exporter }), { context: CONTEXT })],
    });
    const logger = provider.getLogger('nightjar');
    logger.emit({ severityNumber: 17, severityText: 'ERROR', body: `payment failed for ${PLANTED.email} with ${PLANTED.envToken}`, attributes: { 'app.key': PLANTED.stripe }, exception: plantedError() });
    logger.emit({ severityNumber: 9, body: { user: PLANTED.user, path: `${PLANTED.homeDir}/a.txt`, n: 3 } });
    await provider.forceFlush();
    const records = exporter.getFinishedLogRecords().map(readLog);
    expect(records).toHaveLength(2);
    expectClean(JSON.stringify(records));
    expect(records[0]!.severityNumber).toBe(17);
    expect(records[0]!.severityText).toBe('ERROR');
    expect(records[0]!.body).toBe('payment failed for <email> with <env:NIGHTJAR_DEPLOY_TOKEN>');
    expect(records[0]!.attributes['exception.type']).toBe('TypeError');
    expect(String(records[0]!.attributes['exception.stacktrace'])).toMatch(/node_modules\/(@vitest\/runner|vitest)\//);
    expect(records[0]!.hrTime[0]).toBeGreaterThan(0);
    expect(records[0]!.scope.name).toBe('nightjar');
    expect(records[1]!.body).toEqual({ user: '<redacted>', path: '<home>', n: 3 });
    await provider.shutdown();
  });
});
