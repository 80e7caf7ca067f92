/**
 * Evaluates the error scrubber on the real-error fixtures (test/errors/real): every failure is
 * produced on a fake home with planted secrets, on Linux and as its macOS and Windows equivalents.
 * Prints the planted values that survived and the share of must-keep tokens that survived.
 *
 *   npx tsx scripts/eval-errors.ts [--verbose] [--example <case-id>]
 *
 * Exit code 0 when nothing leaked and at least 95% of the must-keep tokens survived, 1 otherwise.
 */
import { runCases, type CaseResult } from '../test/errors/real/run-cases.js';
import { PLATFORMS } from '../test/errors/real/plant.js';

const REQUIRED_KEEP = 0.95;

function summarize(results: readonly CaseResult[]) {
  const total = results.reduce((sum, r) => sum + r.keep.total, 0);
  const kept = results.reduce((sum, r) => sum + r.keep.kept, 0);
  const leaks = results.reduce((sum, r) => sum + r.leaks.length, 0);
  return { total, kept, leaks, ratio: total === 0 ? 1 : kept / total };
}

/** Buffers (child process output) as their length, not as JSON byte arrays. */
const showBuffers = (_key: string, value: unknown) =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'Buffer' ? `<Buffer of ${String((value as { data: unknown[] }).data.length)} bytes>` : value;

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

/** An Error as JSON: its standard fields (not enumerable) and its own properties. */
function serializeInput(input: unknown): unknown {
  if (!(input instanceof Error)) return input;
  return Object.assign({ name: input.name, message: input.message, stack: input.stack }, input, { cause: serializeInput(input.cause) });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const exampleIndex = args.indexOf('--example');
  const results = await runCases();
  const cases = new Set(results.map((r) => r.id)).size;
  console.log(`real-error fixtures: ${cases} failures × ${PLATFORMS.length} platforms = ${results.length} scrubbed errors\n`);
  console.log('platform   leaked values   must-keep kept');
  for (const platform of PLATFORMS) {
    const s = summarize(results.filter((r) => r.platform === platform));
    console.log(`${platform.padEnd(10)} ${String(s.leaks).padStart(13)}   ${`${s.kept}/${s.total}`.padStart(10)} (${percent(s.ratio)})`);
  }
  const all = summarize(results);
  console.log(`${'all'.padEnd(10)} ${String(all.leaks).padStart(13)}   ${`${all.kept}/${all.total}`.padStart(10)} (${percent(all.ratio)})\n`);
  for (const r of results) {
    if (r.leaks.length > 0) console.log(`LEAK ${r.platform} ${r.id}: ${r.leaks.join(', ')}`);
    if (verbose && r.keep.missing.length > 0) console.log(`lost ${r.platform} ${r.id}: ${r.keep.missing.join(' | ')}`);
  }
  const exampleId = exampleIndex >= 0 ? args[exampleIndex + 1] : undefined;
  const example = results.find((r) => r.id === exampleId && r.platform === 'linux');
  if (example) {
    console.log(`\nbefore (${example.id}):\n${JSON.stringify(serializeInput(example.input), showBuffers, 2)}`);
    console.log(`\nafter:\n${JSON.stringify(example.output, null, 2)}`);
  }
  const ok = all.leaks === 0 && all.ratio >= REQUIRED_KEEP;
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: ${all.leaks} planted values survived; ${percent(all.ratio)} of must-keep tokens survived (need ${percent(REQUIRED_KEEP)})`);
  return ok ? 0 : 1;
}

process.exitCode = await main();
