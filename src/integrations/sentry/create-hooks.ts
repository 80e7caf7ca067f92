/**
 * The Sentry hooks and integration over one compiled toolkit. Every hook fails closed: if
 * scrubbing throws, the event or breadcrumb is dropped (Sentry's own fallback would send it as it
 * was), and a span or log keeps only its ids.
 */
import { formatPlaceholder } from '../../placeholder.js';
import { copyRecord, isRecord } from '../shared/records.js';
import type { AnyRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';
import { scrubBreadcrumb, scrubEvent, scrubSpanJson } from './scrub-event.js';
import type { SentryHooks, SentryIntegration } from './types.js';

const SPAN_IDS = new Set(['trace_id', 'span_id', 'parent_span_id', 'start_timestamp', 'end_timestamp', 'status', 'is_segment']);
const LOG_KEEP = new Set(['level', 'severityNumber', 'timestamp', 'trace_id', 'severity_number']);

/** Runs `scrub`, or returns `fallback` when it throws or the value is not a plain record. */
function guarded<T>(value: T, scrub: (record: AnyRecord) => AnyRecord, fallback: (record: AnyRecord) => T): T {
  if (!isRecord(value)) return fallback({});
  try {
    return scrub(value) as T;
  } catch {
    return fallback(value);
  }
}

const idsOnly = (record: AnyRecord): AnyRecord => copyRecord(record, SPAN_IDS, {}, () => null);

/** A streamed span (`StreamedSpanJSON`): name, attributes and links scrubbed; ids and times kept. */
function scrubStreamedSpan(toolkit: Toolkit, span: AnyRecord): AnyRecord {
  const out = scrubSpanJson(toolkit, { ...span, name: undefined, attributes: undefined });
  if (typeof span.name === 'string') out.name = toolkit.text(span.name);
  if (span.attributes !== undefined) out.attributes = toolkit.value(span.attributes);
  return out;
}

function scrubLog(toolkit: Toolkit, log: AnyRecord): AnyRecord {
  return copyRecord(log, LOG_KEEP, {
    // A parameterized message is a String object carrying its template and values: it becomes its scrubbed text.
    message: (m) => (typeof m === 'string' || m instanceof String ? toolkit.message(String(m)) : toolkit.value(m)),
    body: (m) => (typeof m === 'string' ? toolkit.message(m) : toolkit.value(m)),
    attributes: (a) => toolkit.value(a),
  }, toolkit.value);
}

export function createSentryHooks(toolkit: Toolkit): SentryHooks {
  const event = <E extends object>(e: E): E | null => guarded<E | null>(e, (r) => scrubEvent(toolkit, r), () => null);
  return {
    beforeSend: event,
    beforeSendTransaction: event,
    beforeBreadcrumb: <B extends object>(crumb: B): B | null => guarded<B | null>(crumb, (r) => scrubBreadcrumb(toolkit, r), () => null),
    beforeSendSpan: <S extends object>(span: S): S =>
      guarded(span, (r) => scrubStreamedSpan(toolkit, r), (r) => ({ ...idsOnly(r), name: formatPlaceholder('dropped', 'error'), attributes: {} }) as S),
    beforeSendLog: <L extends object>(log: L): L | null => guarded<L | null>(log, (r) => scrubLog(toolkit, r), () => null),
  };
}

/** The integration form: `processEvent` returns the scrubbed event; `processSpan` rewrites a streamed span in place. */
export function createSentryIntegration(toolkit: Toolkit): SentryIntegration {
  const hooks = createSentryHooks(toolkit);
  return {
    name: 'Scrubjay',
    processEvent: <E extends object>(event: E): E | null => hooks.beforeSend(event),
    processSpan<S extends object>(span: S): void {
      const scrubbed = hooks.beforeSendSpan(span) as AnyRecord;
      const target = span as AnyRecord;
      for (const key of Object.keys(target)) if (!(key in scrubbed)) delete target[key];
      Object.assign(target, scrubbed);
    },
  };
}
