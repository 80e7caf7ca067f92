/** Writes placeholders over resolved detections: the only place text is replaced. */
import type { Detection, Finding } from '../types.js';
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

export function renderPlaceholders(
  text: string,
  resolved: readonly Detection[],
  pointer: string,
  target: 'key' | 'value',
  numbering: Numbering | undefined,
): { text: string; findings: Finding[] } {
  if (resolved.length === 0) return { text, findings: [] };
  const parts: string[] = [];
  const findings: Finding[] = [];
  let last = 0;
  for (const d of resolved) {
    parts.push(text.slice(last, d.start));
    const n = numbering?.numberFor(d.type, d.detail, text.slice(d.start, d.end));
    parts.push(formatPlaceholder(d.type, d.detail, n));
    const f: Finding = { ruleId: d.ruleId, type: d.type, pointer, target, start: d.start, end: d.end };
    if (d.detail !== undefined) f.detail = d.detail;
    findings.push(f);
    last = d.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), findings };
}
