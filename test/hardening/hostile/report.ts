/** Shared test body for the hostile-input suites: run the cases in watched children, one `it` per case. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseReport, HostileCase } from './case-types.js';
import { CASE_CEILING_MS } from './case-types.js';
import { runCases } from './run-cases.js';

const mb = (bytes: number | undefined) => (bytes === undefined ? '' : `${(bytes / 1e6).toFixed(1)} MB`);

export function defineHostileSuite(modulePath: string, cases: readonly HostileCase[]): void {
  let reports = new Map<string, CaseReport>();
  let wall = 0;

  beforeAll(async () => {
    const t = Date.now();
    reports = await runCases(modulePath, cases);
    wall = Date.now() - t;
  }, 40 * CASE_CEILING_MS);

  afterAll(() => {
    const rows = cases.map((c) => {
      const r = reports.get(c.name);
      const status = !r ? 'not run' : r.hung ? 'HUNG' : r.error ? 'FAIL' : 'ok';
      return `${status.padEnd(5)} ${String(Math.round(r?.ms ?? 0)).padStart(6)} ms  heap ${mb(r?.retainedBytes).padStart(9)}  rss+ ${mb(r?.peakRssGrowthBytes).padStart(9)}  ${c.name}`;
    });
    console.log(`hostile inputs (${modulePath.split('/').pop()}), ${(wall / 1000).toFixed(1)} s:\n${rows.join('\n')}`);
  });

  it.each(cases.map((c) => c.name))('%s', (name) => {
    const r = reports.get(name);
    expect(r, 'the case ran').toBeDefined();
    expect(r!.error, `${name}: ${r!.error ?? ''}`).toBeUndefined();
    expect(r!.ms).toBeLessThan(CASE_CEILING_MS);
  });
}
