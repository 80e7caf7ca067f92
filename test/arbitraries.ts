/**
 * The shared fast-check arbitraries of the property tests: random JSON-like values, benign text,
 * encodings of a planted value and the places it can be planted in a payload. Generated shapes are
 * plain data (no closures) so that counterexamples print readably; `encode`, `plantInText` and
 * `plantInValue` turn them into the actual input.
 */
import fc from 'fast-check';
import type { JsonValue } from '../src/types.js';

// ---------------------------------------------------------------- benign text

/**
 * Words no rule should touch: no sensitive key words (token, key, auth, pass, pin, sig …), no URL
 * schemes, no host-name suffixes (local, internal, corp, lan …), no generic user or project names.
 */
export const BENIGN_WORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'while', 'after', 'before', 'when', 'then', 'because', 'of', 'in', 'on',
  'for', 'with', 'from', 'into', 'over', 'under', 'again', 'request', 'failed', 'loading', 'module', 'retry',
  'retries', 'count', 'value', 'ready', 'queue', 'timeout', 'render', 'widget', 'layout', 'cache', 'miss',
  'closed', 'unexpected', 'end', 'input', 'expected', 'number', 'received', 'undefined', 'cannot', 'read',
  'property', 'length', 'invalid', 'argument', 'type', 'callback', 'promise', 'rejected', 'resolved', 'handler',
  'event', 'listener', 'leak', 'detected', 'warning', 'deprecated', 'option', 'ignored', 'step', 'phase',
  'compile', 'bundle', 'chunk', 'asset', 'emitted', 'skipped', 'done', 'started', 'stopped', 'waiting', 'slow',
  'fast', 'green', 'blue', 'orange', 'table', 'row', 'column', 'cell', 'page', 'items', 'total', 'average',
  'Error', 'TypeError', 'RangeError', 'Warning', 'Notice', 'Retrying', 'Loading', 'Finished', 'Queue', 'Cache',
];

const PUNCTUATION = ['', '', '', ',', '.', ';', ':', '!', '?', ' -', ' (ok)', ' [x]'] as const;

export interface BenignItem {
  word: string;
  /** A small number after the word (never two numbers in a row: no card, phone or IP shapes). */
  num?: number;
  joiner: ' ' | '=' | ': ' | ' #';
  punct: string;
}

const benignItem: fc.Arbitrary<BenignItem> = fc.record(
  {
    word: fc.constantFrom(...BENIGN_WORDS),
    num: fc.integer({ min: 0, max: 999 }),
    joiner: fc.constantFrom(' ' as const, '=' as const, ': ' as const, ' #' as const),
    punct: fc.constantFrom(...PUNCTUATION),
  },
  { requiredKeys: ['word', 'joiner', 'punct'] },
);

function renderItem(i: BenignItem): string {
  return i.word + (i.num === undefined ? '' : i.joiner + i.num) + i.punct;
}

/** Sentences of benign words, small numbers and punctuation, on one or a few lines. */
export const benignText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.array(benignItem, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '\n', '. ')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((lines) => lines.map(([items, end], i) => items.map(renderItem).join(' ') + (i < lines.length - 1 ? end : '')).join(''));

/** Keys of benign objects: words in camelCase or snake_case. */
export const benignKey: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...BENIGN_WORDS), fc.option(fc.constantFrom(...BENIGN_WORDS), { nil: undefined }), fc.boolean())
  .map(([a, b, snake]) => (b === undefined ? a : snake ? `${a}_${b}` : a + b.charAt(0).toUpperCase() + b.slice(1)));

/** A JSON value of benign keys, benign text, small numbers, booleans and null. */
export const benignJson: fc.Arbitrary<JsonValue> = fc.letrec<{ v: JsonValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    benignText,
    fc.integer({ min: -999, max: 999 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(benignKey, tie('v'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).v;

// ---------------------------------------------------------------- random JSON-like values

/** Key names the sensitive-key rule redacts the whole value of: exercises nested and scalar redaction. */
export const SENSITIVE_KEYS = ['password', 'apiKey', 'accessToken', 'client_secret', 'Authorization', 'pin_code', 'credentials'] as const;

export const randomKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: benignKey },
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...SENSITIVE_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '', 'a/b', 'm~n') },
);

const randomNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1_000_000, 4_111_111_111_111_111, 15_551_234_567, Number.MAX_SAFE_INTEGER),
);

/** Random JSON-like values (bounded depth and size): objects, arrays, strings, numbers, booleans, null. */
export const jsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{ v: JsonValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
    fc.string({ maxLength: 24 }),
    benignText,
    randomNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(randomKey, tie('v'), { maxKeys: 5, noNullPrototype: true }),
  ),
})).v;

/** `fc.anything()` with every exotic kind switched on. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toJSON', 'password', 'stack')),
  maxDepth: 4,
  maxKeys: 5,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBigInt: true,
  withDate: true,
  stringUnit: 'binary',
});

/** Values fc.anything() never makes: errors (with cause, code, errors), cycles, toJSON, getters and proxies that throw, class instances, functions, symbols. */
export const exoticValue: fc.Arbitrary<unknown> = fc
  .record({ kind: fc.nat({ max: 7 }), text: fc.oneof(benignText, fc.string({ maxLength: 12 })), key: randomKey, inner: jsonValue })
  .map(({ kind, text, key, inner }): unknown => {
    const obj: Record<string, unknown> = {};
    switch (kind) {
      case 0:
        return Object.assign(new Error(text, { cause: inner }), { code: 'E_' + key.length });
      case 1:
        return new AggregateError([new TypeError(text), inner], text);
      case 2:
        setOwn(obj, key, inner);
        obj.self = obj;
        return obj;
      case 3:
        return { [key]: { toJSON: () => ({ text, inner }) } };
      case 4:
        Object.defineProperty(obj, key, { enumerable: true, get: () => { throw new Error(text); } });
        return obj;
      case 5:
        return [new Proxy({}, { ownKeys: () => { throw new Error(text); } }), inner];
      case 6:
        return new (class Widget { constructor(readonly label = text, readonly data = inner) {} })();
      default:
        return { f: () => text, s: Symbol(text), n: Number.NaN, i: -Infinity, u: undefined };
    }
  });

// ---------------------------------------------------------------- encodings

/**
 * One level of encoding each, as the engine promises (URL-encoded, JSON-escaped, base64): JSON escaped
 * twice, or base64 of a percent-encoded value, is two levels. A planted value that is itself encoded
 * (percent escapes, base64 text) is planted raw or JSON-escaped only (see planted-cases.ts).
 */
export const ENCODINGS = ['raw', 'url', 'json', 'json-slashes', 'base64', 'base64url'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Short text around a value before it is base64-encoded (`user:VALUE`); empty: the value alone. */
export const BASE64_WRAPPERS: readonly (readonly [string, string])[] = [
  ['', ''],
  ['user:', ''],
  ['', ':x'],
  ['ci:', ''],
  ['token=', ';'],
];

export interface EncodedPlant {
  encoding: Encoding;
  /** Index into BASE64_WRAPPERS (base64 encodings only). */
  wrapper: number;
}

/** Indexes of the wrappers that glue no character of `ownChars` to the value. */
export function wrappersFor(ownChars = ''): number[] {
  const glued = (c: string | undefined): boolean => c !== undefined && ownChars.includes(c);
  return BASE64_WRAPPERS.flatMap(([before, after], i) => (glued(before.at(-1)) || glued(after[0]) ? [] : [i]));
}

export function encodedPlant(encodings: readonly Encoding[] = ENCODINGS, ownChars = ''): fc.Arbitrary<EncodedPlant> {
  return fc.record({ encoding: fc.constantFrom(...encodings), wrapper: fc.constantFrom(...wrappersFor(ownChars)) });
}

export const jsonEscape = (s: string): string => JSON.stringify(s).slice(1, -1);
export const base64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const base64Url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');

/** The text that is planted: the value in the given encoding. */
export function encode(value: string, e: EncodedPlant): string {
  switch (e.encoding) {
    case 'raw':
      return value;
    case 'url':
      return encodeURIComponent(value);
    case 'json':
      // As inside a JSON document held in a string: `"C:\\Users\\x"`.
      return JSON.stringify(value);
    case 'json-slashes':
      return JSON.stringify(value).replace(/\//g, '\\/');
    case 'base64':
    case 'base64url': {
      const [before, after] = BASE64_WRAPPERS[e.wrapper] ?? ['', ''];
      const text = before + value + after;
      return e.encoding === 'base64' ? base64(text) : base64Url(text);
    }
  }
}

// ---------------------------------------------------------------- plant positions

/**
 * Delimiters a planted token may stand between: never letters or digits (a glued token is another
 * token). A bare token is not glued to a character of its own alphabet either (`:` next to an IPv6
 * address or a colon MAC address extends it): see `PlantSpec.ownChars`.
 */
export const DELIMITERS: readonly string[] = [' ', '\n', '"', "'", '=', ':', ',', '(', ')', '[', ']'];
/** Placeholders right before or after a planted token, with or without a space. */
export const NEIGHBOUR_PLACEHOLDERS = ['<email>', '<secret:github-token>', '<redacted>', '<home>', '<env:API_TOKEN>'] as const;

function neighbour(ownChars: string): fc.Arbitrary<TextSite['left']> {
  return fc.oneof(
    fc.constantFrom(...DELIMITERS.filter((d) => !ownChars.includes(d))),
    fc.tuple(fc.constantFrom(...NEIGHBOUR_PLACEHOLDERS), fc.constantFrom('', ' ')).map(([p, s]) => ({ placeholder: p, space: s })),
  );
}

export interface TextSite {
  /** Text before and after; kept apart from the token by `left` / `right`. */
  before: string;
  after: string;
  left: string | { placeholder: string; space: string };
  right: string | { placeholder: string; space: string };
}

const shortBenign = fc.array(benignItem, { minLength: 1, maxLength: 4 }).map((items) => items.map(renderItem).join(' '));
const surrounding = fc.oneof(fc.constant(''), shortBenign, fc.string({ maxLength: 12 }));

/** A place inside a longer string; `ownChars`: delimiters the token must not be glued to. */
export function textSite(ownChars = ''): fc.Arbitrary<TextSite> {
  // No digit right at the token's sides, even across a delimiter: `0 8765-4321-0988` or `720914530,0`
  // reads as a longer run of digit groups (numbers are never adjacent in benign text either).
  return fc.record({
    before: surrounding.map((t) => t.replace(/[0-9]+$/, '')),
    after: surrounding.map((t) => t.replace(/^[0-9]+/, '')),
    left: neighbour(ownChars),
    right: neighbour(ownChars),
  });
}

/** The token inside a longer string, between delimiters or next to placeholders. */
export function plantInText(token: string, s: TextSite): string {
  const left = typeof s.left === 'string' ? s.left : s.left.placeholder + s.left.space;
  const right = typeof s.right === 'string' ? s.right : s.right.space + s.right.placeholder;
  return s.before + left + token + right + s.after;
}

export type Layer = { kind: 'object'; key: string; siblings: Record<string, JsonValue> } | { kind: 'array'; index: number; siblings: JsonValue[] };

export interface ValueSite {
  /** The planted string: alone, or inside a longer string. */
  text: TextSite | 'whole';
  /** As a string value, or as an object key (with a random value). */
  slot: { as: 'value' } | { as: 'key'; value: JsonValue };
  /** Containers around it, innermost first. */
  layers: Layer[];
}

/** Scalars and flat containers: the neighbours of a planted value, kept small so runs stay cheap. */
export const siblingJson: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  benignText,
  randomNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), randomNumber), { maxLength: 3 }),
  fc.dictionary(randomKey, fc.oneof(fc.string({ maxLength: 8 }), randomNumber, fc.boolean()), { maxKeys: 3, noNullPrototype: true }),
);

const layer: fc.Arbitrary<Layer> = fc.oneof(
  fc.record({
    kind: fc.constant('object' as const),
    key: randomKey,
    siblings: fc.dictionary(randomKey, siblingJson, { maxKeys: 3, noNullPrototype: true }),
  }),
  fc.record({ kind: fc.constant('array' as const), index: fc.nat({ max: 4 }), siblings: fc.array(siblingJson, { maxLength: 3 }) }),
);

export function valueSite(ownChars = ''): fc.Arbitrary<ValueSite> {
  return fc.record({
    text: fc.oneof(fc.constant('whole' as const), textSite(ownChars)),
    slot: fc.oneof(fc.constant({ as: 'value' as const }), fc.record({ as: fc.constant('key' as const), value: siblingJson })),
    layers: fc.array(layer, { maxLength: 5 }),
  });
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Wraps a value in the layers of a site, innermost first. */
export function wrapInLayers(inner: unknown, layers: readonly Layer[]): unknown {
  let out = inner;
  for (const l of layers) {
    if (l.kind === 'array') {
      const items: unknown[] = [...l.siblings];
      items.splice(l.index % (items.length + 1), 0, out);
      out = items;
    } else {
      const obj: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(l.siblings)) setOwn(obj, k, v);
      setOwn(obj, l.key, out);
      out = obj;
    }
  }
  return out;
}

/** Plants a token (already encoded) in a payload at the given site. */
export function plantInValue(token: string, site: ValueSite): unknown {
  const text = site.text === 'whole' ? token : plantInText(token, site.text);
  let inner: unknown = text;
  if (site.slot.as === 'key') {
    const obj: Record<string, unknown> = {};
    setOwn(obj, text, site.slot.value);
    inner = obj;
  }
  return wrapInLayers(inner, site.layers);
}

// ---------------------------------------------------------------- planted values in payloads

/** What may be planted for one planted value: strings (any encoding and position) and JSON structures. */
export interface PlantSpec {
  texts: readonly string[];
  jsons: readonly JsonValue[];
  /** Encodings that apply (default: all). */
  encodings?: readonly Encoding[];
  /** Delimiter characters of the value's own alphabet: never glued to it (default: none). */
  ownChars?: string;
}

export type Plant = { carrier: string; encoding: EncodedPlant; site: ValueSite } | { json: JsonValue; layers: Layer[] };

/** A planted value (or its carrier) in any encoding, at any position of a random payload. */
export function plantOf(spec: PlantSpec): fc.Arbitrary<Plant> {
  const arbs: fc.Arbitrary<Plant>[] = [];
  if (spec.texts.length > 0) arbs.push(fc.record({ carrier: fc.constantFrom(...spec.texts), encoding: encodedPlant(spec.encodings, spec.ownChars), site: valueSite(spec.ownChars) }));
  if (spec.jsons.length > 0) arbs.push(fc.record({ json: fc.constantFrom(...spec.jsons), layers: fc.array(layer, { maxLength: 5 }) }));
  return fc.oneof(...arbs);
}

export function buildPlant(p: Plant): unknown {
  return 'json' in p ? wrapInLayers(p.json, p.layers) : plantInValue(encode(p.carrier, p.encoding), p.site);
}

/** A planted value (or its carrier) in any encoding inside a longer text. */
export function plantInTextOf(spec: PlantSpec): fc.Arbitrary<{ carrier: string; encoding: EncodedPlant; site: TextSite }> {
  const texts = spec.texts.length > 0 ? spec.texts : spec.jsons.map((j) => JSON.stringify(j));
  return fc.record({ carrier: fc.constantFrom(...texts), encoding: encodedPlant(spec.encodings, spec.ownChars), site: textSite(spec.ownChars) });
}
