/**
 * Scans one string: keyword prefilter → detectors on the text and on its decoded views → protected
 * placeholders cut away → allow list → overlaps resolved. Built once per scrubber; no per-call setup.
 */
import type { Detection } from '../types.js';
import type { TextDetector } from '../detectors/detector.js';
import { AhoCorasick } from '../match/aho-corasick.js';
import { PLACEHOLDER_PATTERN } from '../placeholder.js';
import { decodedViews } from './encoded-views.js';
import type { DecodedView } from './encoded-views.js';
import { clipDetections, resolveOverlaps } from './resolve-overlaps.js';
import type { Span } from './resolve-overlaps.js';

export interface TextEngineConfig {
  detectors: readonly TextDetector[];
  /** Placeholders (`type` or `type:detail`) this scrubber writes: only these are protected. */
  produces: ReadonlySet<string>;
  /** Values never redacted. */
  isAllowed: (value: string) => boolean;
}

const DYNAMIC_PLACEHOLDER = /^(?:truncated:\d+|binary:\d+|dropped:[a-z-]+)$/;

export class TextEngine {
  private readonly always: TextDetector[] = [];
  private readonly byKeyword: TextDetector[][] = [];
  private readonly keywords: AhoCorasick;

  constructor(private readonly config: TextEngineConfig) {
    const literals: string[] = [];
    const index = new Map<string, number>();
    for (const d of config.detectors) {
      if (d.keywords.length === 0) {
        this.always.push(d);
        continue;
      }
      for (const k of new Set(d.keywords.map((w) => w.toLowerCase()))) {
        let i = index.get(k);
        if (i === undefined) {
          i = literals.length;
          literals.push(k);
          index.set(k, i);
          this.byKeyword.push([]);
        }
        this.byKeyword[i]!.push(d);
      }
    }
    this.keywords = new AhoCorasick(literals);
  }

  /** Spans of placeholders this scrubber could have written; never scanned again. */
  protectedSpans(text: string): Span[] {
    if (!text.includes('<')) return [];
    const spans: Span[] = [];
    for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
      const kind = m[2] !== undefined ? `${m[1]}:${m[2]}` : m[1]!;
      if (this.config.produces.has(kind) || DYNAMIC_PLACEHOLDER.test(kind)) spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
    return spans;
  }

  private detectorsFor(text: string): TextDetector[] {
    const hits = this.keywords.present(text);
    if (hits.size === 0) return this.always;
    const chosen = new Set<TextDetector>(this.always);
    for (const i of hits) for (const d of this.byKeyword[i]!) chosen.add(d);
    return [...chosen];
  }

  private detectRaw(text: string): Detection[] {
    const out: Detection[] = [];
    for (const d of this.detectorsFor(text)) d.detect(text, out);
    return out;
  }

  private detectInView(view: DecodedView, out: Detection[]): void {
    for (const d of this.detectRaw(view.text)) {
      if (view.wholeRun) {
        out.push({ ...d, start: view.wholeRun.start, end: view.wholeRun.end });
        continue;
      }
      out.push({ ...d, start: view.srcStart[d.start]!, end: view.srcEnd[d.end - 1]! });
    }
  }

  /** Resolved, sorted, non-overlapping detections of one string. Throws only if a detector throws. */
  scan(text: string): Detection[] {
    if (text.length === 0) return [];
    const found = this.detectRaw(text);
    for (const view of decodedViews(text)) this.detectInView(view, found);
    if (found.length === 0) return [];
    const kept = clipDetections(found, this.protectedSpans(text)).filter(
      (d) => !this.config.isAllowed(text.slice(d.start, d.end)),
    );
    return resolveOverlaps(kept);
  }
}
