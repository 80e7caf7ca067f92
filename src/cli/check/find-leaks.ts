/**
 * Looks for planted values in a scrubbed event: in every string value, every key and every number
 * (as text). One quick pass over the whole event first; strings are visited only for values it finds.
 */
import { escapePointerToken } from '../../index.js';
import type { JsonValue } from '../../index.js';
import { leakForms, matchKind } from './leak-forms.js';
import type { LeakForm, LeakKind } from './leak-forms.js';
import type { PlantedValue } from './planted.js';

export interface PlantedMatcher {
  origin: string;
  forms: LeakForm[];
}

export interface Leak {
  /** JSON Pointer into the scrubbed event. */
  pointer: string;
  target: 'key' | 'value';
  kind: LeakKind;
  /** The planted value's origin (`<file>:<line>`), never the value. */
  origin: string;
}

interface Text {
  pointer: string;
  target: 'key' | 'value';
  text: string;
}

export function compilePlanted(values: readonly PlantedValue[]): PlantedMatcher[] {
  return values.map((v) => ({ origin: v.origin, forms: leakForms(v.value) }));
}

function collect(value: JsonValue, pointer: string, out: Text[]): void {
  if (typeof value === 'string') out.push({ pointer, target: 'value', text: value });
  else if (typeof value === 'number') out.push({ pointer, target: 'value', text: String(value) });
  else if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${pointer}/${i}`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const child = `${pointer}/${escapePointerToken(key)}`;
      out.push({ pointer: child, target: 'key', text: key });
      collect(v, child, out);
    }
  }
}

/** Every planted value that survives in `event`, once per place (pointer and key/value) it survives in. */
export function findLeaks(event: JsonValue, matchers: readonly PlantedMatcher[]): Leak[] {
  if (matchers.length === 0) return [];
  const texts: Text[] = [];
  collect(event, '', texts);
  const all = texts.map((t) => t.text).join('\u0000');
  const allLower = all.toLowerCase();
  const leaks: Leak[] = [];
  let lowered: string[] | undefined;
  for (const matcher of matchers) {
    if (matchKind(matcher.forms, all, allLower) === undefined) continue;
    lowered ??= texts.map((t) => t.text.toLowerCase());
    texts.forEach((t, i) => {
      const kind = matchKind(matcher.forms, t.text, lowered?.[i] ?? '');
      if (kind !== undefined) leaks.push({ pointer: t.pointer, target: t.target, kind, origin: matcher.origin });
    });
  }
  return leaks;
}
