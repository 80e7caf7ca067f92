/**
 * Scrubs one string until scanning the result finds nothing: a placeholder can give a neighbour a new
 * boundary (`fe80::build-7.corp` → `fe80::<hostname>`, where `fe80::` now stands alone), so one pass
 * is not always a fixed point. Iterating makes idempotence hold by construction; detections of later
 * passes are mapped back to offsets of the original string.
 */
import type { Detection } from '../types.js';
import type { Numbering, Replacement } from './render.js';
import { renderPlaceholders, sourceOffset } from './render.js';
import { MEMO_MAX_LENGTH } from './text-engine.js';
import type { TextEngine } from './text-engine.js';
import { TwoGenerationMemo } from '../util/two-generation-memo.js';
import { moveDetection } from './move-detection.js';

/** Passes after which a string that still changes is dropped whole (never seen in practice). */
const MAX_PASSES = 4;

export interface FixpointResult {
  text: string;
  /** Redacted spans in offsets of the original string (later passes mapped back), sorted by start. */
  spans: readonly Detection[];
}

const NO_SPANS: readonly Detection[] = Object.freeze([]);

function toOriginal(chain: readonly Replacement[][], d: Detection): Detection {
  let start = d.start;
  let end = d.end;
  for (let i = chain.length - 1; i >= 0; i--) {
    start = sourceOffset(chain[i]!, start, 'start');
    end = sourceOffset(chain[i]!, end, 'end');
  }
  return moveDetection(d, start, end);
}

/** Returns undefined when the text does not settle within MAX_PASSES (the caller drops it). */
export function scrubToFixpoint(
  engine: TextEngine,
  text: string,
  numbering: Numbering | undefined,
  timeLeft?: () => boolean,
): FixpointResult | undefined {
  const first = engine.scan(text, timeLeft);
  // Most strings: nothing found, nothing allocated but the result.
  if (first.length === 0) return { text, spans: NO_SPANS };
  let current = text;
  const chain: Replacement[][] = [];
  const spans: Detection[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const detections = pass === 0 ? first : engine.scan(current, timeLeft);
    if (detections.length === 0) return { text: current, spans: spans.sort((a, b) => a.start - b.start) };
    for (const d of detections) spans.push(chain.length === 0 ? d : toOriginal(chain, d));
    const rendered = renderPlaceholders(current, detections, numbering);
    chain.push(rendered.replacements);
    current = rendered.text;
  }
  return undefined;
}

/**
 * Whether the text holds a run of 3 digits: timestamps, ids, counters, durations, line numbers. Such
 * strings seldom come back (on the bench events, 4 % of their lookups hit, against 97 % for the
 * others), so they are not memoized: no lookup (two failed probes, and a hash of a string that will
 * not come back), and no memo entry pushed out for them.
 */
const NUMBER = /\d\d\d/;

function hasNumber(text: string): boolean {
  // The regex engine's loop is about twice as fast as a charCodeAt loop here.
  return NUMBER.test(text);
}

/**
 * `scrubToFixpoint` with a memo of short strings' results: without numbering the result depends on
 * the text alone (keys, frame files and names repeat across events), so it is computed once.
 * Results are frozen; with numbering every call computes its own (then the engine's own memo of
 * detections helps instead: create the engine with `memo: false` only when numbering is off).
 */
export function createFixpointScrubber(
  engine: TextEngine,
  memoEntries = 4096,
): (text: string, numbering: Numbering | undefined, timeLeft?: () => boolean) => FixpointResult | undefined {
  const memo = new TwoGenerationMemo<FixpointResult>(memoEntries);
  return (text, numbering, timeLeft) => {
    // A whole date-time that no detector looks into (the most common value of telemetry after keys).
    if (engine.passesWhole(text)) return { text, spans: NO_SPANS };
    if (numbering !== undefined || text.length > MEMO_MAX_LENGTH || hasNumber(text)) return scrubToFixpoint(engine, text, numbering, timeLeft);
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const computed = scrubToFixpoint(engine, text, undefined, timeLeft);
    if (computed === undefined) return undefined;
    const result = Object.freeze({ text: computed.text, spans: Object.freeze(computed.spans) });
    memo.set(text, result);
    return result;
  };
}
