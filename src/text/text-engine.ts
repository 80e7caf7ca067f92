/**
 * Scans one string: keyword prefilter → detectors on the text and on its decoded views → protected
 * placeholders cut away → allow list → overlaps resolved. Built once per scrubber; no per-call setup.
 */
import type { Detection } from '../types.js';
import type { TextDetector } from '../detectors/detector.js';
import { AhoCorasick } from '../match/aho-corasick.js';
import { TwoGenerationMemo } from '../util/two-generation-memo.js';
import { isIsoDateTime } from './date-time-shape.js';
import { PLACEHOLDER_PATTERN } from '../placeholder.js';
import { decodedViews } from './encoded-views.js';
import type { DecodedView } from './encoded-views.js';
import { clipDetections, resolveOverlaps } from './resolve-overlaps.js';
import type { Span } from './resolve-overlaps.js';
import { moveDetection } from './move-detection.js';

export interface TextEngineConfig {
  detectors: readonly TextDetector[];
  /** Placeholders (`type` or `type:detail`) this scrubber writes: only these are protected. */
  produces: ReadonlySet<string>;
  /** Values never redacted: a detection whose text is allowed is dropped. */
  isAllowed: (value: string) => boolean;
  /** Exact allowed strings: wherever they occur, nothing inside them is redacted. */
  exact: readonly string[];
  /** Memoize the detections of short strings (default true); off when the caller memoizes whole results. */
  memo?: boolean;
}

/** The engine's own copy (the exported pattern is global and shared with callers). */
const PLACEHOLDER_RE = new RegExp(PLACEHOLDER_PATTERN.source, 'g');
const DYNAMIC_PLACEHOLDER = /^(?:truncated:\d+|binary:\d+|dropped:[a-z-]+)$/;

const NO_DETECTIONS: readonly Detection[] = Object.freeze([]);

/** Strings up to this length are memoized (longer ones rarely repeat). */
export const MEMO_MAX_LENGTH = 256;
const LONG_SCAN = 65_536;

/** Thrown when a call's time budget runs out in the middle of scanning one long string. */
export class BudgetSpent extends Error {}
const MEMO_MAX_ENTRIES = 4096;

/** 1 for an ASCII digit, 2 for an ASCII letter, 0 for any other code unit below 128. */
const DIGIT_RUN_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) DIGIT_RUN_KIND[c] = 1;
for (let c = 65; c <= 90; c++) DIGIT_RUN_KIND[c] = DIGIT_RUN_KIND[c + 32] = 2;
const FIRST_DIGIT = /[0-9]/g;

/** Digits in the longest run where consecutive digits are at most two non-letter characters apart. */
export function longestDigitRun(text: string): number {
  // Most texts have few digits: the regex engine finds the first one faster than a loop would.
  FIRST_DIGIT.lastIndex = 0;
  if (!FIRST_DIGIT.test(text)) return 0;
  let best = 0;
  let run = 0;
  let gap = 0;
  for (let i = FIRST_DIGIT.lastIndex - 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? DIGIT_RUN_KIND[c] : 0;
    if (kind === 1) {
      run = gap <= 2 ? run + 1 : 1;
      gap = 0;
      if (run > best) best = run;
    } else if (kind === 2) {
      run = 0;
      gap = 3;
    } else gap++;
  }
  return best;
}

/**
 * Lower-cases ASCII letters: keywords that differ only in ASCII case are one keyword. (The automaton
 * folds some non-ASCII case too, see match/aho-corasick.ts; keywords left apart by this still match alike.)
 */
const foldAsciiCase = (k: string) => k.replace(/[A-Z]+/g, (m) => m.toLowerCase());

const isDigitKeyword = (k: string) => k.length === 1 && k >= '0' && k <= '9';

export class TextEngine {
  private readonly always: number[] = [];
  /**
   * Detectors whose only keywords are digits and that ask for a digit run: the run length decides
   * (a run of `minDigits` holds a digit), so they stay out of the keyword automaton.
   */
  private readonly digitGated: number[] = [];
  /** keyword index → indices of the detectors it enables. */
  private readonly byKeyword: number[][] = [];
  private readonly keywords: AhoCorasick;
  private readonly allowed: { automaton: AhoCorasick; literals: readonly string[] } | undefined;
  /** Per-scan marks (an epoch counter instead of a fresh Set for every string). */
  private readonly keywordSeen: Uint32Array;
  private readonly detectorSeen: Uint32Array;
  private epoch = 0;
  /** Every detector skips whole date-times (see `passesWhole`). */
  private readonly allSkipDateTimes: boolean;
  /**
   * The detector indices `detectorsFor` fills (and returns the count of): one buffer for the engine,
   * read before the next scan starts (detectors never scan), so no list is made per string. Each
   * detector enters at most once, so it never holds more than there are detectors.
   */
  private readonly chosen: Int32Array;
  private chosenCount = 0;
  /**
   * Each detector's `minDigits` (0: none) and whether it skips date-times, copied into typed arrays:
   * detectors have many shapes, so reading these from them is a megamorphic load on every candidate.
   */
  private readonly minDigitsOf: Int32Array;
  private readonly skipsDateTimesOf: Uint8Array;
  /** Each detector's `detect`, read once (the same megamorphic load, saved on every run). */
  private readonly detectOf: readonly TextDetector['detect'][];
  private readonly visitKeyword = (k: number): void => {
    const epoch = this.epoch;
    if (this.keywordSeen[k] === epoch) return;
    this.keywordSeen[k] = epoch;
    for (const di of this.byKeyword[k]!) {
      if (this.detectorSeen[di] === epoch) continue;
      this.detectorSeen[di] = epoch;
      this.chosen[this.chosenCount++] = di;
    }
  };

  constructor(private readonly config: TextEngineConfig) {
    this.memo = config.memo === false ? undefined : new TwoGenerationMemo(MEMO_MAX_ENTRIES);
    const literals: string[] = [];
    const index = new Map<string, number>();
    config.detectors.forEach((d, di) => {
      if (d.keywords.length === 0) {
        this.always.push(di);
        return;
      }
      if (d.minDigits !== undefined && d.minDigits > 0 && d.keywords.every(isDigitKeyword)) {
        this.digitGated.push(di);
        return;
      }
      for (const k of new Set(d.keywords.map(foldAsciiCase))) {
        let i = index.get(k);
        if (i === undefined) {
          i = literals.length;
          literals.push(k);
          index.set(k, i);
          this.byKeyword.push([]);
        }
        this.byKeyword[i]!.push(di);
      }
    });
    this.allSkipDateTimes = config.detectors.every((d) => d.skipsDateTimes === true);
    this.keywords = new AhoCorasick(literals);
    this.allowed = config.exact.length > 0 ? { automaton: new AhoCorasick(config.exact), literals: config.exact } : undefined;
    this.keywordSeen = new Uint32Array(literals.length);
    this.detectorSeen = new Uint32Array(config.detectors.length);
    this.chosen = new Int32Array(config.detectors.length);
    this.minDigitsOf = Int32Array.from(config.detectors, (d) => Math.max(0, d.minDigits ?? 0));
    this.skipsDateTimesOf = Uint8Array.from(config.detectors, (d) => (d.skipsDateTimes === true ? 1 : 0));
    this.detectOf = config.detectors.map((d) => d.detect);
  }

  /** Spans of placeholders this scrubber could have written; never scanned again. */
  protectedSpans(text: string): Span[] {
    if (!text.includes('<')) return [];
    const spans: Span[] = [];
    PLACEHOLDER_RE.lastIndex = 0;
    for (let m = PLACEHOLDER_RE.exec(text); m !== null; m = PLACEHOLDER_RE.exec(text)) {
      const kind = m[2] !== undefined ? `${m[1]}:${m[2]}` : m[1]!;
      if (this.config.produces.has(kind) || DYNAMIC_PLACEHOLDER.test(kind)) spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
    return spans;
  }

  /**
   * Indices of the detectors to run on the text, in rule order: those without keywords, those whose
   * keywords occur, and those whose digit run is long enough. A whole date-time (`dateTime`) goes
   * only to the detectors that do not skip date-times.
   */
  private detectorsFor(text: string, dateTime: boolean): number {
    if (this.epoch >= 0xfffffffe) {
      this.epoch = 0;
      this.keywordSeen.fill(0);
      this.detectorSeen.fill(0);
    }
    this.epoch++;
    const chosen = this.chosen;
    this.chosenCount = 0;
    for (const di of this.always) chosen[this.chosenCount++] = di;
    this.keywords.forEachPresent(text, this.visitKeyword);
    for (const di of this.digitGated) chosen[this.chosenCount++] = di;
    // Drop the detectors that skip date-times (for one), then those that ask for a longer digit run
    // than the text has (counted once, if asked); then sort what is left by rule order.
    const { minDigitsOf, skipsDateTimesOf } = this;
    let digits = -1;
    let kept = 0;
    for (let i = 0; i < this.chosenCount; i++) {
      const di = chosen[i]!;
      if (dateTime && skipsDateTimesOf[di] === 1) continue;
      const min = minDigitsOf[di]!;
      if (min > 0) {
        if (digits < 0) digits = longestDigitRun(text);
        if (digits < min) continue;
      }
      let j = kept++;
      for (; j > 0 && chosen[j - 1]! > di; j--) chosen[j] = chosen[j - 1]!;
      chosen[j] = di;
    }
    this.chosenCount = kept;
    return kept;
  }

  /** Occurrences of exactly allowed strings: a detection inside one is dropped (one that contains it stays). */
  private allowedSpans(text: string): Span[] {
    if (!this.allowed) return [];
    const { automaton, literals } = this.allowed;
    const spans: Span[] = [];
    for (const m of automaton.findAll(text)) {
      if (text.slice(m.start, m.end) === literals[m.index]) spans.push({ start: m.start, end: m.end });
    }
    return spans;
  }

  /** Runs the detectors the prefilter chose on `text`, appending to `out`. */
  private detectRaw(text: string, out: Detection[], timeLeft?: () => boolean, dateTime = false): void {
    const count = this.detectorsFor(text, dateTime);
    for (let i = 0; i < count; i++) {
      this.detectOf[this.chosen[i]!]!(text, out);
      if (timeLeft && !timeLeft()) throw new BudgetSpent();
    }
  }

  private detectInView(view: DecodedView, out: Detection[]): void {
    const inView: Detection[] = [];
    this.detectRaw(view.text, inView);
    for (const d of inView) {
      if (view.wholeRun) {
        out.push(moveDetection(d, view.wholeRun.start, view.wholeRun.end));
        continue;
      }
      out.push(moveDetection(d, view.srcStart[d.start]!, view.srcEnd[d.end - 1]!));
    }
  }

  /**
   * Results for short strings, which repeat across events (keys, frame names, node internals, paths):
   * detections depend on the text alone, so a bounded memo is exact.
   */
  private readonly memo: TwoGenerationMemo<readonly Detection[]> | undefined;

  /**
   * Whether the text is a whole ISO date-time that no detector looks into (the detectors all skip
   * date-times): nothing can be found in it, so callers skip the scan (`scan` itself would choose no
   * detector for it).
   */
  passesWhole(text: string): boolean {
    return this.allSkipDateTimes && isIsoDateTime(text);
  }

  /** Resolved, sorted, non-overlapping detections of one string. Throws only if a detector throws. */
  scan(text: string, timeLeft?: () => boolean): readonly Detection[] {
    if (text.length === 0) return [];
    // A long string may outlast the call's time budget: its scan checks the clock between detectors.
    if (text.length > MEMO_MAX_LENGTH || this.memo === undefined) return this.scanUncached(text, text.length >= LONG_SCAN ? timeLeft : undefined);
    let found = this.memo.get(text);
    if (found === undefined) {
      found = Object.freeze(this.scanUncached(text));
      this.memo.set(text, found);
    }
    return found;
  }

  private scanUncached(text: string, timeLeft?: () => boolean): readonly Detection[] {
    // A date-time has no decoded views (no `%`, no `\\`, and its base64-alphabet runs decode to binary).
    const dateTime = isIsoDateTime(text);
    const found: Detection[] = [];
    this.detectRaw(text, found, timeLeft, dateTime);
    if (!dateTime) {
      for (const view of decodedViews(text)) {
        if (timeLeft && !timeLeft()) throw new BudgetSpent();
        this.detectInView(view, found);
      }
    }
    if (found.length === 0) return NO_DETECTIONS;
    const allowed = this.allowedSpans(text);
    const kept = clipDetections(found, this.protectedSpans(text)).filter(
      (d) => !this.config.isAllowed(text.slice(d.start, d.end)) && !allowed.some((a) => a.start <= d.start && d.end <= a.end),
    );
    return resolveOverlaps(kept);
  }
}
