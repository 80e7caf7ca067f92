/** Turns redacted spans into the public findings: rule, type, location — never the text. */
import type { Detection, Finding } from '../types.js';

/**
 * One finding, written as one of two object literals (with and without `detail`, which comes last):
 * a field added afterwards would give findings with a detail a hidden class that lives only as long as
 * some output holds one, and code compiled against it would be deoptimized by the next major GC.
 */
export function makeFinding(ruleId: string, type: string, detail: string | undefined, pointer: string, target: 'key' | 'value', start: number, end: number): Finding {
  return detail === undefined ? { ruleId, type, pointer, target, start, end } : { ruleId, type, pointer, target, start, end, detail };
}

export function toFindings(spans: readonly Detection[], pointer: string, target: 'key' | 'value'): Finding[] {
  return spans.map((d) => makeFinding(d.ruleId, d.type, d.detail, pointer, target, d.start, d.end));
}
