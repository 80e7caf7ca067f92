/**
 * The planted values of the ng fixtures, each with the smallest carrier its own rule redacts it in.
 *
 * Some planted values are secrets on their own (a token, an env value): they are planted bare. Others
 * are secret only in their surroundings — `billing` inside a user path, `Hunter2Pass!` after
 * `--password=`, `hunter2` as URL userinfo, an AWS secret after `aws_secret_access_key =`. Planting
 * those bare would test nothing the engine promises, so they are planted with the smallest window of
 * whole whitespace-separated tokens of their fixture line in which their rule alone redacts them
 * (for JSON fixtures: the smallest chain of keys above the string). The fixture runner already checks
 * the rule redacts them there; the properties check that nothing around them makes them leak.
 */
import { createScrubber } from '../../src/index.js';
import type { JsonValue, ScrubContext, Scrubber } from '../../src/types.js';
import { base64, base64Url, DELIMITERS, encode, ENCODINGS, jsonEscape } from '../arbitraries.js';
import type { EncodedPlant, Encoding } from '../arbitraries.js';
import { listFixtureCases } from '../fixture-cases.js';
import type { FixtureCase } from '../fixture-cases.js';

export interface PlantCase {
  ruleId: string;
  value: string;
  context: ScrubContext;
  /** `<rule>/<case>`. */
  fixture: string;
  /** How the value is planted: bare, in a text window of its fixture, or in a JSON structure. */
  carrier: 'bare' | 'text' | 'json';
  /** Strings to plant (any encoding, any position). */
  texts: string[];
  /** Structures to plant as values (json carriers only). */
  jsons: JsonValue[];
  /** Encodings to plant the texts in. */
  encodings: readonly Encoding[];
  /** Delimiters of a bare value's own alphabet (`:` of an IPv6 address): never glued to it. */
  ownChars: string;
}

/** Whether a value is itself encoded (percent-escapes, or base64 of text): encoding it again is two levels. */
export function isEncoded(value: string): boolean {
  return /%[0-9A-Fa-f]{2}/.test(value) || isBase64Text(value);
}

/** Whether a value is itself base64 text of printable text. */
export function isBase64Text(value: string): boolean {
  if (!/^[A-Za-z0-9+/_-]{12,}={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return decoded.length >= 6 && /^[\x20-\x7e\t\r\n]*$/.test(decoded);
}

/** The forms in which a planted value must never appear in any output string. */
export function leakForms(value: string): string[] {
  const forms = [
    value,
    encodeURIComponent(value),
    jsonEscape(value),
    jsonEscape(jsonEscape(value)),
    jsonEscape(value).replace(/\//g, '\\/'),
    base64(value).replace(/=+$/, ''),
    base64Url(value),
  ];
  return [...new Set(forms)];
}

/** The forms that must not survive a planted text: the value's own, and a whole base64 run planted. */
export function formsFor(c: PlantCase, planted: string, e: EncodedPlant): string[] {
  const forms = leakForms(c.value);
  if (e.encoding === 'base64' || e.encoding === 'base64url') forms.push(encode(planted, e).replace(/=+$/, ''));
  return forms;
}

const redacts = (s: Scrubber, value: string, text: string): boolean => !s.scrubText(text).text.includes(value);
const redactsJson = (s: Scrubber, value: string, json: JsonValue): boolean => !JSON.stringify(s.scrub(json).value).includes(value);

/**
 * Smallest window of whole tokens of a line around `value` that `s` redacts `value` in, widened to
 * the start of its line: a context word cut loose from its line can be turned by random text planted
 * before it (`cache` + `key 4e58…` reads as a cache key, which the generic rule rightly keeps).
 */
function textWindow(s: Scrubber, value: string, input: string): string | undefined {
  for (const line of input.split('\n')) {
    const at = line.indexOf(value);
    if (at < 0) continue;
    const tokens = [...line.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const first = tokens.findIndex((t) => t.end > at);
    const last = tokens.findIndex((t) => t.end >= at + value.length);
    if (first < 0 || last < 0) continue;
    for (let extra = 0; extra < tokens.length; extra++) {
      for (let l = 0; l <= extra; l++) {
        const a = tokens[first - l];
        const b = tokens[last + extra - l];
        if (!a || !b) continue;
        if (!redacts(s, value, line.slice(a.start, b.end))) continue;
        const widened = line.slice(tokens[0]!.start, b.end);
        return redacts(s, value, widened) ? widened : line.slice(a.start, b.end);
      }
    }
  }
  return undefined;
}

/** Pointers (as key paths) of the strings and keys in a JSON value that contain `value`. */
function pathsTo(value: string, json: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof json === 'string') return json.includes(value) ? [path] : [];
  if (json === null || typeof json !== 'object') return [];
  if (Array.isArray(json)) return json.flatMap((v, i) => pathsTo(value, v, [...path, i]));
  return Object.entries(json).flatMap(([k, v]) => [...(k.includes(value) ? [[...path, k]] : []), ...pathsTo(value, v, [...path, k])]);
}

function getAt(json: unknown, path: readonly (string | number)[]): unknown {
  let at = json;
  for (const seg of path) at = (at as Record<string | number, unknown>)[seg];
  return at;
}

/** Smallest chain of containers above a planted string in a JSON fixture that `s` redacts it in. */
function jsonWindow(s: Scrubber, value: string, input: unknown): JsonValue | undefined {
  for (const path of pathsTo(value, input)) {
    for (let keep = 1; keep <= path.length; keep++) {
      let node = getAt(input, path) as JsonValue;
      for (let i = path.length - 1; i >= path.length - keep; i--) {
        const seg = path[i]!;
        node = typeof seg === 'number' ? [node] : { [seg]: node };
      }
      if (redactsJson(s, value, node)) return node;
    }
  }
  return redactsJson(s, value, input as JsonValue) ? (input as JsonValue) : undefined;
}

const ruleScrubbers = new Map<string, Scrubber>();

/** A scrubber with only this rule enabled, as the fixture runner runs it. */
function ruleAlone(ruleId: string, context: ScrubContext): Scrubber {
  const key = ruleId + '\u0000' + JSON.stringify(context);
  let s = ruleScrubbers.get(key);
  if (!s) ruleScrubbers.set(key, (s = createScrubber({ rules: [ruleId], context })));
  return s;
}

function plantCase(c: FixtureCase, value: string): PlantCase {
  const context = c.context ?? {};
  const encodings = isEncoded(value) ? ENCODINGS.filter((e) => e === 'raw' || e.startsWith('json')) : ENCODINGS;
  const base = { ruleId: c.ruleId, value, context, fixture: `${c.ruleId}/${c.name}`, encodings, ownChars: '' };
  const alone = ruleAlone(c.ruleId, context);
  if (redacts(alone, value, value)) {
    const ownChars = DELIMITERS.filter((d) => value.includes(d)).join('');
    return { ...base, ownChars, carrier: 'bare', texts: [value], jsons: [] };
  }
  if ('text' in c.input) {
    const window = textWindow(alone, value, c.input.text) ?? c.input.text;
    return { ...base, carrier: 'text', texts: [window], jsons: [] };
  }
  const json = jsonWindow(alone, value, c.input.json) ?? (c.input.json as JsonValue);
  const asText = JSON.stringify(json);
  return { ...base, carrier: 'json', texts: redacts(alone, value, asText) ? [asText] : [], jsons: [json] };
}

export interface PlantedCases {
  /** Cases whose rule the recommended packs enable. */
  enabled: PlantCase[];
  /** `<rule>/<case>: value` of planted values whose rule recommended does not enable. */
  notEnabled: string[];
}

/** Every planted value of every ng fixture, with its carrier. */
export function plantedCases(): PlantedCases {
  const recommended = new Set(createScrubber().ruleIds);
  const out: PlantedCases = { enabled: [], notEnabled: [] };
  for (const c of listFixtureCases()) {
    for (const value of c.planted) {
      if (recommended.has(c.ruleId)) out.enabled.push(plantCase(c, value));
      else out.notEnabled.push(`${c.ruleId}/${c.name}: ${value}`);
    }
  }
  return out;
}

/** Cases grouped by the machine context they need (one scrubber per group). */
export function groupByContext(cases: readonly PlantCase[]): { label: string; context: ScrubContext; cases: PlantCase[] }[] {
  const groups = new Map<string, { label: string; context: ScrubContext; cases: PlantCase[] }>();
  for (const c of cases) {
    const key = JSON.stringify(c.context);
    let g = groups.get(key);
    if (!g) {
      const names = Object.keys(c.context).join(',');
      g = { label: names === '' ? 'no context' : `context {${names}} #${groups.size + 1}`, context: c.context, cases: [] };
      groups.set(key, g);
    }
    g.cases.push(c);
  }
  return [...groups.values()];
}
