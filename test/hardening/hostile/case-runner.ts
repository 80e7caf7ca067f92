/**
 * Child process entry (run with `node --import tsx --expose-gc`): runs the named cases of a case
 * module one after the other and reports each over IPC, `start` before and `done` after, so that the
 * parent can kill the process when a case hangs. Usage: case-runner.ts <case-module> <name>…
 */
import { pathToFileURL } from 'node:url';
import type { ScrubResult, Scrubber, TextResult } from '../../../src/types.js';
import { createFullScrubber } from '../full-scrubber.js';
import { findingProblem, jsonProblem, survivors } from '../invariants.js';
import type { CaseReport, HostileCase } from './case-types.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const scrubbers = new Map<string, Scrubber>();

function scrubberFor(c: HostileCase): Scrubber {
  const key = JSON.stringify(c.options ?? {});
  let s = scrubbers.get(key);
  if (!s) scrubbers.set(key, (s = createFullScrubber(c.options)));
  return s;
}

function isDeepEqualJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkResult(c: HostileCase, scrubber: Scrubber, result: ScrubResult | TextResult, input: unknown): void {
  const output = 'text' in result ? result.text : result.value;
  if (c.mode === 'text' && typeof output !== 'string') throw new Error('scrubText did not return a string');
  const problem = jsonProblem(output) ?? findingProblem(result.findings) ?? jsonProblem(result.findings);
  if (problem) throw new Error(`not JSON-safe: ${problem}`);
  const serialized = JSON.stringify(output);
  JSON.stringify(result.findings);
  const left = survivors(serialized, c.planted ?? []);
  if (left.length > 0) throw new Error(`planted values survive: ${left.map((v) => JSON.stringify(v.slice(0, 40))).join(', ')}`);
  if (c.idempotent) {
    const again = typeof output === 'string' && c.mode === 'text' ? scrubber.scrubText(output).text : scrubber.scrub(output).value;
    if (!isDeepEqualJson(again, output)) throw new Error('not idempotent: scrubbing the output again changes it');
  }
  c.check?.(result, input);
}

function runOne(c: HostileCase): CaseReport {
  const scrubber = scrubberFor(c);
  const input = c.input();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = Math.max(process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const t = performance.now();
  let result: ScrubResult | TextResult;
  try {
    result = c.mode === 'text' ? scrubber.scrubText(input as string) : scrubber.scrub(input);
  } catch (e) {
    return { name: c.name, ms: performance.now() - t, error: `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
  }
  const ms = performance.now() - t;
  const peakRssGrowthBytes = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore);
  gc();
  const retainedBytes = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  const output = 'text' in result ? result.text : result.value;
  const report: CaseReport = {
    name: c.name,
    ms,
    retainedBytes,
    peakRssGrowthBytes,
    findings: result.findings.length,
    outputLength: typeof output === 'string' ? output.length : -1,
  };
  try {
    checkResult(c, scrubber, result, input);
    if (c.maxRetainedBytes !== undefined && retainedBytes > c.maxRetainedBytes) {
      throw new Error(`heap grew by ${retainedBytes} bytes (bound ${c.maxRetainedBytes})`);
    }
    if (c.maxPeakRssBytes !== undefined && peakRssGrowthBytes > c.maxPeakRssBytes) {
      throw new Error(`peak RSS grew by ${peakRssGrowthBytes} bytes (bound ${c.maxPeakRssBytes})`);
    }
  } catch (e) {
    report.error = e instanceof Error ? e.message : String(e);
  }
  return report;
}

async function main(): Promise<void> {
  const [modulePath, ...names] = process.argv.slice(2);
  if (!modulePath || !process.send) throw new Error('usage: case-runner.ts <case-module> <name>… (as a forked child)');
  const { CASES } = (await import(pathToFileURL(modulePath).href)) as { CASES: readonly HostileCase[] };
  for (const name of names) {
    const c = CASES.find((x) => x.name === name);
    process.send({ type: 'start', name });
    const report: CaseReport = c ? runOne(c) : { name, ms: 0, error: 'no such case' };
    await new Promise<void>((resolve) => process.send!({ type: 'done', report }, () => resolve()));
  }
  process.disconnect();
}

void main();
