/**
 * Benchmark inputs, built deterministically from the committed events: fixtures/events/*.json and
 * the real Node.js error events (real-errors.ndjson). Every event is a varied copy (new ids and
 * timestamps, other line:column numbers, its own breadcrumbs), so no two strings repeat and caches
 * cannot flatter anyone.
 */
import { readFileSync, readdirSync } from 'node:fs';

export const EVENTS_DIR = new URL('../fixtures/events/', import.meta.url);
const read = (name) => readFileSync(new URL(name, EVENTS_DIR), 'utf8');

export function loadContext() {
  return JSON.parse(read('real-errors.context.json'));
}

/** The base events: every fixtures/events/*.json, and every line of real-errors.ndjson. */
export function loadBaseEvents() {
  const names = readdirSync(EVENTS_DIR).filter((n) => n.endsWith('.json') && !n.startsWith('real-errors.'));
  const bases = names.sort().map((n) => JSON.parse(read(n)));
  for (const line of read('real-errors.ndjson').split('\n')) if (line.trim()) bases.push(JSON.parse(line));
  return bases;
}

/** mulberry32: a small seeded PRNG, so every run benchmarks the same bytes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['cart', 'checkout', 'product', 'orders', 'invoice', 'bouquet', 'tulip', 'peony', 'rose', 'stock', 'shipping', 'coupon'];

function makeTools(random, cwd) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  const crumbs = [
    () => `GET /api/products/${int(1, 99999)} 200 in ${int(2, 900)}ms`,
    () => `POST http://127.0.0.1:${int(3000, 9000)}/graphql 502 (${pick(WORDS)}Query)`,
    () => `compiled ${int(10, 900)} modules in ${int(80, 4000)}ms`,
    () => `cache miss for key ${pick(WORDS)}:${hex(12)}`,
    () => `loaded ${cwd}/src/pages/${pick(WORDS)}/${pick(WORDS)}.astro in ${int(1, 90)}ms`,
    () => `user clicked button#${pick(WORDS)}-${int(1, 40)} on /${pick(WORDS)}/${int(1, 500)}`,
    () => `warn: option "legacy.${pick(WORDS)}" is deprecated (${cwd}/astro.config.mjs:${int(1, 80)}:${int(1, 30)})`,
    () => `retrying request ${hex(16)} (attempt ${int(1, 5)} of 5) after ${int(100, 3000)}ms`,
    () => `query "select * from ${pick(WORDS)} where id = $1" took ${int(1, 400)}ms (${int(0, 90)} rows)`,
    () => `navigation to /${pick(WORDS)}?page=${int(1, 30)}&sort=${pick(WORDS)} rendered in ${int(5, 300)}ms`,
  ];
  return { int, hex, crumb: () => ({ category: pick(['http', 'ui', 'console', 'build', 'db']), level: pick(['info', 'warning', 'debug']), message: pick(crumbs)() }) };
}

/** A copy of `value` whose strings have other line:column numbers. */
function renumber(value, int) {
  if (typeof value === 'string') return value.replace(/:\d+:\d+/g, () => `:${int(1, 2000)}:${int(1, 120)}`);
  if (Array.isArray(value)) return value.map((v) => renumber(v, int));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renumber(v, int)]));
  return value;
}

/** An endless, deterministic stream of varied events of `minBytes`–`maxBytes` serialized. */
export function* eventStream({ seed, minBytes = 1024, maxBytes = 5 * 1024 }) {
  const bases = loadBaseEvents();
  const random = prng(seed);
  const tools = makeTools(random, loadContext().cwd);
  const start = Date.UTC(2025, 5, 1);
  for (let i = 0; ; i++) {
    const target = tools.int(minBytes, maxBytes);
    const event = { eventId: tools.hex(32), timestamp: new Date(start + i * 7919).toISOString(), ...renumber(bases[i % bases.length], tools.int), breadcrumbs: [] };
    let size = JSON.stringify(event).length;
    while (size < target) {
      const crumb = { timestamp: new Date(start + i * 7919 - tools.int(1, 60_000)).toISOString(), ...tools.crumb() };
      const added = JSON.stringify(crumb).length + 1;
      if (size + added > maxBytes && size >= minBytes) break;
      event.breadcrumbs.push(crumb);
      size += added;
    }
    yield event;
  }
}

function describe(object) {
  const text = JSON.stringify(object);
  return { object, text, bytes: Buffer.byteLength(text) };
}

/** `count` separate events (each scrubbed in its own call). */
export function buildEvents(count, seed = 1) {
  const out = [];
  for (const event of eventStream({ seed })) {
    out.push(describe(event));
    if (out.length === count) return out;
  }
  return out;
}

/** One payload `{ events: [...] }` of about `bytes` serialized (one call); events that overflow are skipped. */
export function buildBatch(bytes, seed) {
  const events = [];
  let size = JSON.stringify({ events: [] }).length - 1;
  let misses = 0;
  for (const event of eventStream({ seed })) {
    const added = JSON.stringify(event).length + 1;
    if (size + added <= bytes) {
      events.push(event);
      size += added;
    } else if (++misses > 200 || bytes - size < 1024) break;
  }
  return { ...describe({ events }), events: events.length };
}

/** The events of `batch` regrouped into payloads of at most `bytes` each: the same material, in smaller calls. */
export function splitBatch(batch, bytes) {
  const groups = [[]];
  let size = JSON.stringify({ events: [] }).length - 1;
  for (const event of batch.object.events) {
    const added = JSON.stringify(event).length + 1;
    if (groups[groups.length - 1].length > 0 && size + added > bytes) {
      groups.push([]);
      size = JSON.stringify({ events: [] }).length - 1;
    }
    groups[groups.length - 1].push(event);
    size += added;
  }
  return groups.map((events) => ({ ...describe({ events }), events: events.length }));
}

export const EVENT_COUNT = 400;
export const LARGE_BYTES = 1024 * 1024;
export const SPLIT_BYTES = [10 * 1024, 100 * 1024];

/**
 * The inputs of one bench run: separate events; the large payload (1 MB, one call); and for scaling,
 * the large payload's events regrouped into payloads of at most 10 KB and 100 KB, so that all three
 * sizes carry exactly the same material.
 */
export function benchInputs() {
  const events = buildEvents(EVENT_COUNT, 1);
  const large = buildBatch(LARGE_BYTES, 7);
  const scaling = [...SPLIT_BYTES.map((bytes) => splitBatch(large, bytes)), [large]];
  return { events, large, scaling };
}
