import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from './real/plant.js';
import { ALL_CASES, runCases, type CaseResult } from './real/run-cases.js';

/**
 * Real failures produced on a fake home with planted secrets (see `real/plant.ts`), on Linux
 * and as their macOS and Windows equivalents. `scripts/eval-errors.ts` prints the same numbers.
 */
describe('real errors', () => {
  let results: CaseResult[] = [];
  beforeAll(async () => {
    results = await runCases();
  }, 120_000);

  const result = (id: string, platform: string) => {
    const found = results.find((r) => r.id === id && r.platform === platform);
    if (!found) throw new Error(`no result for ${platform} ${id}`);
    return found;
  };

  const grid = ALL_CASES.flatMap((c) => PLATFORMS.map((platform) => [c.id, platform] as const));
  it.each(grid)('%s on %s: no planted value survives', (id, platform) => {
    expect(result(id, platform).leaks).toEqual([]);
  });

  it.each(grid)('%s on %s: the name stays and the output is JSON', (id, platform) => {
    const { input, output } = result(id, platform);
    expect(output.name).toBe((input as { name: string }).name);
    expect(JSON.parse(JSON.stringify(output))).toEqual(output);
  });

  it.each(grid)('%s on %s: scrubbing the output again changes nothing', (id, platform) => {
    const { output, again } = result(id, platform);
    expect(again).toEqual(output);
  });

  it('keeps at least 95% of the must-keep tokens (names, codes, template words, runtime and package frames)', () => {
    const total = results.reduce((sum, r) => sum + r.keep.total, 0);
    const kept = results.reduce((sum, r) => sum + r.keep.kept, 0);
    expect(total).toBeGreaterThan(500);
    expect(kept / total).toBeGreaterThanOrEqual(0.95);
  });
});
