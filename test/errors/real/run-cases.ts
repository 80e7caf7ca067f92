import { createErrorScrubber } from '../../../src/errors/error-scrubber.js';
import type { ScrubbedError } from '../../../src/errors/error-context.js';
import type { ErrorCase } from './case.js';
import { dataCases } from './cases-data.js';
import { fsCases } from './cases-fs.js';
import { moduleCases } from './cases-modules.js';
import { processCases } from './cases-process.js';
import { toolCases } from './cases-tools.js';
import { findLeaks, mustKeepTokens, scoreKeep, type KeepScore } from './measure.js';
import { contextOn, createFakeHome, PLATFORMS, type Platform } from './plant.js';
import { translateError } from './translate.js';

export const ALL_CASES: readonly ErrorCase[] = [...fsCases, ...dataCases, ...processCases, ...moduleCases, ...toolCases];

export interface CaseResult {
  id: string;
  platform: Platform;
  input: unknown;
  output: ScrubbedError;
  /** The output scrubbed once more: equal to `output` when scrubbing is idempotent. */
  again: ScrubbedError;
  leaks: string[];
  keep: KeepScore;
}

/**
 * Produces every real failure once on a fake Linux home, derives its macOS and Windows
 * equivalents, scrubs each with that platform's context, and measures leaks and must-keep tokens.
 */
export async function runCases(cases: readonly ErrorCase[] = ALL_CASES, platforms: readonly Platform[] = PLATFORMS): Promise<CaseResult[]> {
  const fake = createFakeHome();
  try {
    const produced: { id: string; error: unknown }[] = [];
    for (const c of cases) produced.push({ id: c.id, error: await c.produce(fake) });
    const results: CaseResult[] = [];
    for (const platform of platforms) {
      const scrubber = createErrorScrubber({ context: contextOn(platform, fake) });
      for (const { id, error } of produced) {
        const input = translateError(error, platform, fake);
        const output = scrubber.scrubError(input as object).value;
        const again = scrubber.scrubError(output).value;
        results.push({ id, platform, input, output, again, leaks: findLeaks(output), keep: scoreKeep(mustKeepTokens(input), output) });
      }
    }
    return results;
  } finally {
    fake.cleanup();
  }
}
