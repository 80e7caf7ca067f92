/**
 * A Sentry event, field by field. Sentry's required and structural fields stay as they are
 * (`event_id`, `timestamp`, `platform`, `level`, `sdk`, `type`, release data, ids); each other
 * field goes through the rule that fits its shape; unknown fields go through the engine.
 */
import { copyRecord, isRecord } from '../shared/records.js';
import type { AnyRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';
import { scrubException, scrubThread, scrubValues } from './scrub-frames.js';
import { scrubRequest } from './scrub-request.js';

const EVENT_KEEP = new Set([
  'event_id', 'timestamp', 'start_timestamp', 'platform', 'level', 'sdk', 'type', 'logger', 'release', 'dist',
  'environment', 'modules', 'measurements', 'transaction_info', 'sdkProcessingMetadata', 'received',
]);
/** Ids that link events, traces and spans: random, and needed as they are. */
const ID_KEEP = new Set(['trace_id', 'span_id', 'parent_span_id', 'segment_id', 'profile_id', 'replay_id', 'event_id', 'sampled', 'origin', 'op', 'status', 'exclusive_time', 'is_segment', 'timestamp', 'start_timestamp', 'measurements']);
const BREADCRUMB_KEEP = new Set(['type', 'level', 'event_id', 'category', 'timestamp']);
const IMAGE_KEEP = new Set(['type', 'debug_id', 'code_id', 'image_addr', 'image_size', 'arch', 'image_vmaddr']);

const strings = (toolkit: Toolkit, scrub: (text: string) => string) => (value: unknown) =>
  typeof value === 'string' ? scrub(value) : toolkit.value(value);
const each = (toolkit: Toolkit, item: (entry: AnyRecord) => unknown) => (value: unknown) =>
  Array.isArray(value) ? value.map((v) => (isRecord(v) ? item(v) : toolkit.value(v))) : toolkit.value(value);

export function scrubBreadcrumb(toolkit: Toolkit, crumb: AnyRecord): AnyRecord {
  return copyRecord(crumb, BREADCRUMB_KEEP, { message: strings(toolkit, toolkit.message), data: (v) => toolkit.value(v) }, toolkit.value);
}

/** A span of a transaction event (`spans[]`, `contexts.trace`) or a link: ids stay, data is scrubbed. */
export function scrubSpanJson(toolkit: Toolkit, span: AnyRecord): AnyRecord {
  return copyRecord(span, ID_KEEP, {
    description: strings(toolkit, toolkit.text),
    links: each(toolkit, (link) => scrubSpanJson(toolkit, link)),
  }, toolkit.value);
}

function scrubContexts(toolkit: Toolkit, contexts: unknown): unknown {
  if (!isRecord(contexts)) return toolkit.value(contexts);
  const out = toolkit.value({ ...contexts, trace: undefined }) as AnyRecord;
  if (isRecord(contexts.trace)) out.trace = scrubSpanJson(toolkit, contexts.trace);
  return out;
}

function scrubLogentry(toolkit: Toolkit, logentry: unknown): unknown {
  if (!isRecord(logentry)) return toolkit.value(logentry);
  return copyRecord(logentry, new Set(), { message: strings(toolkit, toolkit.message), formatted: strings(toolkit, toolkit.message) }, toolkit.value);
}

function scrubDebugMeta(toolkit: Toolkit, meta: unknown): unknown {
  if (!isRecord(meta)) return toolkit.value(meta);
  const image = (img: AnyRecord) =>
    copyRecord(img, IMAGE_KEEP, { code_file: strings(toolkit, toolkit.path), debug_file: strings(toolkit, toolkit.path) }, toolkit.value);
  return copyRecord(meta, new Set(), { images: each(toolkit, image) }, toolkit.value);
}

/** Scrubs an error, message or transaction event into a new plain object; the input is not changed. */
export function scrubEvent(toolkit: Toolkit, event: AnyRecord): AnyRecord {
  return copyRecord(event, EVENT_KEEP, {
    message: strings(toolkit, toolkit.message),
    logentry: (v) => scrubLogentry(toolkit, v),
    exception: (v) => scrubValues(toolkit, v, (e) => scrubException(toolkit, e)),
    threads: (v) => scrubValues(toolkit, v, (t) => scrubThread(toolkit, t)),
    breadcrumbs: each(toolkit, (crumb) => scrubBreadcrumb(toolkit, crumb)),
    request: (v) => scrubRequest(toolkit, v),
    contexts: (v) => scrubContexts(toolkit, v),
    spans: each(toolkit, (span) => scrubSpanJson(toolkit, span)),
    debug_meta: (v) => scrubDebugMeta(toolkit, v),
    transaction: strings(toolkit, toolkit.text),
    server_name: strings(toolkit, toolkit.text),
    fingerprint: (v) => toolkit.value(v),
    user: (v) => toolkit.value(v),
    tags: (v) => toolkit.value(v),
    extra: (v) => toolkit.value(v),
  }, toolkit.value);
}
