import type { Detection } from '../types.js';

/** A copy of a detection at other offsets (a plain literal: object spread is slow on this hot path). */
export function moveDetection(d: Detection, start: number, end: number): Detection {
  const moved: Detection = { ruleId: d.ruleId, type: d.type, start, end, priority: d.priority };
  if (d.detail !== undefined) moved.detail = d.detail;
  return moved;
}
