/** Turns redacted spans into the public findings: rule, type, location — never the text. */
import type { Detection, Finding } from '../types.js';

export function toFindings(spans: readonly Detection[], pointer: string, target: 'key' | 'value'): Finding[] {
  return spans.map((d) => {
    const f: Finding = { ruleId: d.ruleId, type: d.type, pointer, target, start: d.start, end: d.end };
    if (d.detail !== undefined) f.detail = d.detail;
    return f;
  });
}
