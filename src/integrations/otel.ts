/**
 * `scrubjay/otel`: OpenTelemetry processors that scrub spans and log records before export.
 *
 *   new BasicTracerProvider({ spanProcessors: [new ScrubjaySpanProcessor(new BatchSpanProcessor(exporter))] });
 *   new LoggerProvider({ processors: [new ScrubjayLogRecordProcessor(new BatchLogRecordProcessor({ exporter }))] });
 *
 * Each wraps the processor that exports and passes it scrubbed copies: span names, attributes,
 * events (`exception.message`, `exception.stacktrace`), links, status messages; log bodies,
 * attributes and event names; resource attributes (host name, process owner, command line).
 * Ids, times, kinds, severities and instrumentation scopes stay as the SDK made them.
 */
import type { LogRecordProcessor } from '@opentelemetry/sdk-logs';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ScrubOptions } from '../types.js';
import { withMachineContext } from './shared/node-context.js';
import { createToolkit } from './shared/toolkit.js';
import { ScrubjayLogRecordProcessorBase } from './otel/log-processor.js';
import { ScrubjaySpanProcessorBase } from './otel/span-processor.js';
import type { OtelScrubSettings } from './otel/span-processor.js';

export interface ScrubjayOtelOptions extends ScrubOptions, OtelScrubSettings {}

function toolkitFor(options: ScrubjayOtelOptions) {
  const { resource: _resource, ...scrubOptions } = options;
  return createToolkit(withMachineContext(scrubOptions));
}

/** A `SpanProcessor` that scrubs each ended span, then passes it to `downstream`. */
export class ScrubjaySpanProcessor extends ScrubjaySpanProcessorBase {
  constructor(downstream: SpanProcessor, options: ScrubjayOtelOptions = {}) {
    super(downstream, toolkitFor(options), options);
  }
}

/** A `LogRecordProcessor` that scrubs each emitted record, then passes it to `downstream`. */
export class ScrubjayLogRecordProcessor extends ScrubjayLogRecordProcessorBase {
  constructor(downstream: LogRecordProcessor, options: ScrubjayOtelOptions = {}) {
    super(downstream, toolkitFor(options), options);
  }
}
