/**
 * `ScrubjaySpanProcessor`: wraps the processor that exports (Simple, Batch, or any other) and
 * hands it, at `onEnd`, a scrubbed copy of each span. A `ReadableSpan` is read-only, so the copy
 * is a new object whose prototype is the original span: ids, times, kind, scope and methods
 * (`spanContext()`) come from the SDK's span; name, attributes, events, links, status message
 * and resource are scrubbed own properties.
 */
import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor, TimedEvent } from '@opentelemetry/sdk-trace-base';
import type { Toolkit } from '../shared/toolkit.js';
import { scrubAttributes } from './scrub-attributes.js';
import { createResourceScrubber } from './scrub-resource.js';
import type { OtelResource } from './scrub-resource.js';

export interface OtelScrubSettings {
  /** Scrub resource attributes too (host name, process owner, command line); default true. */
  resource?: boolean;
}

const own = (value: unknown): PropertyDescriptor => ({ value, enumerable: true, writable: true, configurable: true });

export function createSpanScrubber(toolkit: Toolkit, settings: OtelScrubSettings): (span: ReadableSpan) => ReadableSpan {
  const resource = settings.resource === false ? (r: OtelResource) => r : createResourceScrubber(toolkit);
  const event = (e: TimedEvent): TimedEvent => ({ ...e, name: toolkit.text(e.name), attributes: scrubAttributes(toolkit, e.attributes) });
  return (span) => {
    const { status } = span;
    return Object.create(span, {
      name: own(toolkit.text(span.name)),
      attributes: own(scrubAttributes(toolkit, span.attributes)),
      events: own(span.events.map(event)),
      links: own(span.links.map((link) => ({ ...link, attributes: scrubAttributes(toolkit, link.attributes) }))),
      status: own(status.message === undefined ? status : { ...status, message: toolkit.message(status.message) }),
      resource: own(resource(span.resource)),
    }) as ReadableSpan;
  };
}

export class ScrubjaySpanProcessorBase implements SpanProcessor {
  private readonly scrub: (span: ReadableSpan) => ReadableSpan;

  constructor(
    private readonly downstream: SpanProcessor,
    toolkit: Toolkit,
    settings: OtelScrubSettings,
  ) {
    this.scrub = createSpanScrubber(toolkit, settings);
  }

  onStart(span: Span, parentContext: Context): void {
    this.downstream.onStart(span, parentContext);
  }

  onEnding(span: Span): void {
    this.downstream.onEnding?.(span);
  }

  /** Fails closed: a span that cannot be scrubbed is not exported. */
  onEnd(span: ReadableSpan): void {
    let scrubbed: ReadableSpan;
    try {
      scrubbed = this.scrub(span);
    } catch {
      return;
    }
    this.downstream.onEnd(scrubbed);
  }

  forceFlush(): Promise<void> {
    return this.downstream.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.downstream.shutdown();
  }
}
