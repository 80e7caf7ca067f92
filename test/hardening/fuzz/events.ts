/**
 * Real payloads from fixtures/events/, mutated: text inserted into strings (pivot runs, random text,
 * placeholder look-alikes, the event's own planted values), strings encoded, duplicated, cut, turned
 * into keys or Errors, the whole event nested. Mutations are plain data so counterexamples read well.
 * Inserted text always stands between blanks: glued to a letter, a short planted value is another word.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { JsonValue, ScrubContext } from '../../../src/types.js';
import { base64, benignText } from '../../arbitraries.js';
import { leakForms } from '../../property/planted-cases.js';

const EVENTS_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'events');

export interface RealEvent {
  name: string;
  value: JsonValue;
  context: ScrubContext;
  planted: string[];
}

/** `x.json` (one event), `x.ndjson` (one per line) with optional `x.context.json` and `x.planted.txt`. */
export function loadEvents(): RealEvent[] {
  const events: RealEvent[] = [];
  for (const file of readdirSync(EVENTS_DIR).sort()) {
    const m = /^(.*)\.(json|ndjson)$/.exec(file);
    if (!m || file.endsWith('.context.json')) continue;
    const base = join(EVENTS_DIR, m[1]!);
    const context = existsSync(`${base}.context.json`) ? (JSON.parse(readFileSync(`${base}.context.json`, 'utf8')) as ScrubContext) : {};
    const planted = existsSync(`${base}.planted.txt`) ? readFileSync(`${base}.planted.txt`, 'utf8').split('\n').filter(Boolean) : [];
    const text = readFileSync(join(EVENTS_DIR, file), 'utf8');
    const values = m[2] === 'json' ? [JSON.parse(text) as JsonValue] : text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonValue);
    values.forEach((value, i) => events.push({ name: values.length > 1 ? `${file}:${i + 1}` : file, value, context, planted }));
  }
  return events;
}

export type Mutation =
  | { kind: 'insert'; leaf: number; at: number; text: string }
  | { kind: 'plant'; leaf: number; at: number; value: number }
  | { kind: 'encode'; leaf: number; encoding: 'url' | 'json' | 'base64' }
  | { kind: 'duplicate'; leaf: number; times: number }
  | { kind: 'cut'; leaf: number; at: number }
  | { kind: 'error'; leaf: number }
  | { kind: 'key'; leaf: number }
  | { kind: 'nest'; depth: number };

const PIVOTS = ['a@', '/', ':', `"'`, '%', '\\', 'QUJD', '<>', '<env:', '4', '.', '-', '=', '\t', '%2F', '\\u0041', '://', '@', '    at '];

const insertText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 20, unit: 'binary' }),
  benignText,
  fc.tuple(fc.constantFrom(...PIVOTS), fc.integer({ min: 1, max: 200 })).map(([p, n]) => p.repeat(n)),
  fc.constantFrom('<redacted>', '<env:GITHUB_TOKEN>', '<home>/x', '<secret:github-token#2>', '<dropped:too-long>', '<truncated:3>'),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), leaf: fc.nat(), at: fc.nat(), text: insertText }),
  fc.record({ kind: fc.constant('plant' as const), leaf: fc.nat(), at: fc.nat(), value: fc.nat() }),
  fc.record({ kind: fc.constant('encode' as const), leaf: fc.nat(), encoding: fc.constantFrom('url' as const, 'json' as const, 'base64' as const) }),
  fc.record({ kind: fc.constant('duplicate' as const), leaf: fc.nat(), times: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant('cut' as const), leaf: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('error' as const), leaf: fc.nat() }),
  fc.record({ kind: fc.constant('key' as const), leaf: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 8 }) }),
);

type Path = (string | number)[];

function stringLeaves(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof v === 'string') out.push(path);
  else if (Array.isArray(v)) v.forEach((x, i) => stringLeaves(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) stringLeaves(x, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let at = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) at = at[seg] as Record<string | number, unknown>;
  Object.defineProperty(at, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

function getAt(root: unknown, path: Path): unknown {
  let at = root;
  for (const seg of path) at = (at as Record<string | number, unknown>)[seg];
  return at;
}

/** The mutated event, and the texts that must not appear in its scrubbed output. */
export function mutate(event: RealEvent, mutations: readonly Mutation[]): { input: unknown; forms: string[] } {
  let root: unknown = structuredClone(event.value);
  const forms = event.planted.flatMap(leakForms);
  for (const m of mutations) {
    if (m.kind === 'nest') {
      for (let i = 0; i < m.depth; i++) root = [root];
      continue;
    }
    const leaves = stringLeaves(root);
    const path = leaves.length > 0 ? leaves[m.leaf % leaves.length]! : undefined;
    if (!path) continue;
    const s = getAt(root, path) as string;
    const at = 'at' in m ? m.at % (s.length + 1) : 0;
    switch (m.kind) {
      case 'insert':
        root = setAt(root, path, `${s.slice(0, at)} ${m.text} ${s.slice(at)}`);
        break;
      case 'plant': {
        const value = event.planted.length > 0 ? event.planted[m.value % event.planted.length]! : '';
        root = setAt(root, path, `${s.slice(0, at)} ${value} ${s.slice(at)}`);
        break;
      }
      case 'encode': {
        const encoded = m.encoding === 'url' ? encodeURIComponent(s) : m.encoding === 'json' ? JSON.stringify(s) : base64(s);
        if (m.encoding === 'base64' && event.planted.some((p) => s.includes(p))) forms.push(encoded.replace(/=+$/, ''));
        root = setAt(root, path, encoded);
        break;
      }
      case 'duplicate':
        root = setAt(root, path, Array.from({ length: m.times }, () => s).join(' '));
        break;
      case 'cut':
        root = setAt(root, path, s.slice(0, at));
        break;
      case 'error': {
        const err = new Error(s);
        err.stack = `Error: ${s}`;
        root = setAt(root, path, err);
        break;
      }
      case 'key':
        root = setAt(root, path, { [s]: 1 });
        break;
    }
  }
  return { input: root, forms };
}
