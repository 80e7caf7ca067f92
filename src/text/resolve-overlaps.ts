/**
 * Turns raw detections into non-overlapping redactions: spans inside placeholders already in the text
 * are cut away (so placeholders are never re-detected), then overlapping spans merge into one whose
 * type is that of the longest detection (ties: higher priority, then rule id).
 */
import type { Detection } from '../types.js';
import { sortRanges } from '../util/sort-small.js';
import { moveDetection } from './move-detection.js';

export interface Span {
  start: number;
  end: number;
}

/** Removes the protected spans (sorted, disjoint) from each detection; may split one into several. */
export function clipDetections(detections: readonly Detection[], protectedSpans: readonly Span[]): Detection[] {
  if (protectedSpans.length === 0) return [...detections];
  const out: Detection[] = [];
  for (const d of detections) {
    let start = d.start;
    for (const p of protectedSpans) {
      if (p.end <= start) continue;
      if (p.start >= d.end) break;
      if (p.start > start) out.push(moveDetection(d, start, p.start));
      start = Math.max(start, p.end);
    }
    if (start < d.end) out.push(moveDetection(d, start, d.end));
  }
  return out;
}

function better(a: Detection, b: Detection): Detection {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  if (a.priority !== b.priority) return a.priority > b.priority ? a : b;
  return a.ruleId <= b.ruleId ? a : b;
}

export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const sorted = detections.filter((d) => d.end > d.start);
  sortRanges(sorted);
  const out: Detection[] = [];
  let current: Detection | undefined;
  let rep: Detection | undefined;
  for (const d of sorted) {
    if (current && rep && d.start < current.end) {
      rep = better(rep, d);
      current.end = Math.max(current.end, d.end);
      continue;
    }
    if (current && rep) out.push(finish(current, rep));
    current = moveDetection(d, d.start, d.end);
    rep = d;
  }
  if (current && rep) out.push(finish(current, rep));
  return out;
}

function finish(span: Detection, rep: Detection): Detection {
  const d: Detection = { ruleId: rep.ruleId, type: rep.type, start: span.start, end: span.end, priority: rep.priority };
  if (rep.detail !== undefined) d.detail = rep.detail;
  return d;
}
