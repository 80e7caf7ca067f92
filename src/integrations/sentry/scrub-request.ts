/** Sentry's `request` interface: URL, query string, headers, cookies, body, environment. */
import { copyRecord, isRecord, put } from '../shared/records.js';
import type { AnyRecord } from '../shared/records.js';
import type { Toolkit } from '../shared/toolkit.js';
import { formatPlaceholder } from '../../placeholder.js';

const BASE = 'https://localhost/?';

/**
 * A query string as the engine scrubs the query of a URL (it writes `<redacted>` for values),
 * by scrubbing it inside a loopback URL; when that URL does not come back intact, every value
 * becomes `<redacted>`.
 */
function queryString(toolkit: Toolkit, query: string): string {
  const scrubbed = toolkit.text(BASE + query);
  if (scrubbed.startsWith(BASE)) return scrubbed.slice(BASE.length);
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? toolkit.text(pair) : `${toolkit.text(pair.slice(0, eq))}=${formatPlaceholder('redacted')}`;
    })
    .join('&');
}

function query(toolkit: Toolkit, value: unknown): unknown {
  if (typeof value === 'string') return queryString(toolkit, value);
  if (Array.isArray(value)) {
    return value.map((pair) =>
      Array.isArray(pair) && typeof pair[0] === 'string' ? [toolkit.text(pair[0]), formatPlaceholder('redacted')] : toolkit.value(pair),
    );
  }
  if (isRecord(value)) {
    const out: AnyRecord = {};
    for (const key of Object.keys(value)) put(out, toolkit.text(key), formatPlaceholder('redacted'));
    return out;
  }
  return toolkit.value(value);
}

/** Cookie values are session state: every value becomes `<redacted>`, names go through the text rules. */
function cookies(toolkit: Toolkit, value: unknown): unknown {
  if (typeof value === 'string') return queryString(toolkit, value.replace(/;\s*/g, '&')).replace(/&/g, '; ');
  return query(toolkit, value);
}

export function scrubRequest(toolkit: Toolkit, request: unknown): unknown {
  if (!isRecord(request)) return toolkit.value(request);
  return copyRecord(request, new Set(['method']), {
    url: (url) => (typeof url === 'string' ? toolkit.text(url) : toolkit.value(url)),
    query_string: (value) => query(toolkit, value),
    cookies: (value) => cookies(toolkit, value),
    headers: (value) => toolkit.value(value),
    data: (value) => toolkit.value(value),
    env: (value) => toolkit.value(value),
  }, toolkit.value);
}
