/** Writes placeholders over resolved detections: the only place text is replaced. */
import type { Detection } from '../types.js';
import { formatPlaceholder } from '../placeholder.js';

/** Numbering state of one scrub call: the same value of the same type gets the same number. */
export class Numbering {
  private readonly numbers = new Map<string, number>();
  private readonly counters = new Map<string, number>();

  numberFor(type: string, detail: string | undefined, value: string): number {
    const kind = detail ? `${type}:${detail}` : type;
    const key = `${kind}\u0000${value}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, n);
      this.numbers.set(key, n);
    }
    return n;
  }
}

/** One replaced span: [srcStart, srcEnd) of the input became [outStart, outEnd) of the output. */
export interface Replacement {
  srcStart: number;
  srcEnd: number;
  outStart: number;
  outEnd: number;
}

export function renderPlaceholders(
  text: string,
  resolved: readonly Detection[],
  numbering: Numbering | undefined,
): { text: string; replacements: Replacement[] } {
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let last = 0;
  let length = 0;
  for (const d of resolved) {
    const kept = text.slice(last, d.start);
    const n = numbering?.numberFor(d.type, d.detail, text.slice(d.start, d.end));
    const placeholder = formatPlaceholder(d.type, d.detail, n);
    parts.push(kept, placeholder);
    length += kept.length;
    replacements.push({ srcStart: d.start, srcEnd: d.end, outStart: length, outEnd: length + placeholder.length });
    length += placeholder.length;
    last = d.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), replacements };
}

/** Maps offsets of a rendered text back to the text it was rendered from. */
export function sourceOffset(replacements: readonly Replacement[], offset: number, edge: 'start' | 'end'): number {
  let delta = 0;
  for (const r of replacements) {
    if (edge === 'start' ? offset < r.outStart : offset <= r.outStart) break;
    if (edge === 'start' ? offset < r.outEnd : offset <= r.outEnd) return edge === 'start' ? r.srcStart : r.srcEnd;
    delta = r.srcEnd - r.outEnd;
  }
  return offset + delta;
}
