/** A hostile-input case: built and run inside a watched child process (see run-cases.ts). */
import type { ScrubOptions, ScrubResult, TextResult } from '../../../src/types.js';

export type CaseOptions = Omit<ScrubOptions, 'rules' | 'extraRules'>;

export interface HostileCase {
  name: string;
  /** `text`: scrubText(input); `value`: scrub(input). */
  mode: 'text' | 'value';
  /** Builds the input inside the child (so that huge inputs never cross the process boundary). */
  input: () => unknown;
  /** Options of the full scrubber (limits …). */
  options?: CaseOptions;
  /** Values that must not appear in the serialized output. */
  planted?: readonly string[];
  /** Also check that scrubbing the output again changes nothing (costs a second scan). */
  idempotent?: boolean;
  /** Case-specific assertions (node:assert); `input` is the value that was scrubbed. */
  check?: (result: ScrubResult | TextResult, input: unknown) => void;
  /** Bytes the heap may grow by, measured after gc with the result still held. */
  maxRetainedBytes?: number;
  /** Bytes the peak RSS of the process may grow by during the call (run it in a fresh child). */
  maxPeakRssBytes?: number;
  /** Run in a fresh child process, so that its peak RSS is its own. */
  isolate?: boolean;
}

/** What the child reports for one case. */
export interface CaseReport {
  name: string;
  ms: number;
  /** The first failed assertion or the exception thrown, if any. */
  error?: string;
  /** The case did not finish within the ceiling and its process was killed. */
  hung?: boolean;
  retainedBytes?: number;
  peakRssGrowthBytes?: number;
  findings?: number;
  outputLength?: number;
}

/** The hang detector: a case running longer than this is killed and reported. */
export const CASE_CEILING_MS = 30_000;
