/**
 * `ScrubjayLogRecordProcessor`: wraps the processor that exports and hands it, at `onEmit`, a
 * scrubbed copy of each log record (body, attributes, event name, resource). The copy's prototype
 * is the SDK's record, so times, severity, span context, scope and the setters come from it.
 */
import type { Context } from '@opentelemetry/api';
import type { LogRecordProcessor, SdkLogRecord } from '@opentelemetry/sdk-logs';
import type { Toolkit } from '../shared/toolkit.js';
import { scrubAttributes, scrubBody } from './scrub-attributes.js';
import { createResourceScrubber } from './scrub-resource.js';
import type { OtelResource } from './scrub-resource.js';
import type { OtelScrubSettings } from './span-processor.js';

const own = (value: unknown): PropertyDescriptor => ({ value, enumerable: true, writable: true, configurable: true });

export class ScrubjayLogRecordProcessorBase implements LogRecordProcessor {
  private readonly resource: (resource: OtelResource) => OtelResource;

  constructor(
    private readonly downstream: LogRecordProcessor,
    private readonly toolkit: Toolkit,
    settings: OtelScrubSettings,
  ) {
    this.resource = settings.resource === false ? (r) => r : createResourceScrubber(toolkit);
  }

  /** Fails closed: a record that cannot be scrubbed is not passed on. */
  onEmit(logRecord: SdkLogRecord, context?: Context): void {
    let scrubbed: SdkLogRecord;
    try {
      const { toolkit } = this;
      const properties: PropertyDescriptorMap = {
        body: own(scrubBody(toolkit, logRecord.body)),
        attributes: own(scrubAttributes(toolkit, logRecord.attributes)),
        resource: own(this.resource(logRecord.resource as OtelResource)),
      };
      if (logRecord.eventName !== undefined) properties.eventName = own(toolkit.text(logRecord.eventName));
      scrubbed = Object.create(logRecord, properties) as SdkLogRecord;
    } catch {
      return;
    }
    this.downstream.onEmit(scrubbed, context);
  }

  enabled(options: Parameters<NonNullable<LogRecordProcessor['enabled']>>[0]): boolean {
    return this.downstream.enabled?.(options) ?? true;
  }

  forceFlush(): Promise<void> {
    return this.downstream.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.downstream.shutdown();
  }
}
