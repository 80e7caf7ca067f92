/**
 * Peak memory of one tool, in a process of its own: `node --expose-gc bench/memory.mjs <tool>`.
 * One pass over the events, then the large payload; heapUsed is sampled after every call, above the
 * baseline taken after a full gc. Prints one JSON line.
 */
import { benchInputs, loadContext } from './inputs.mjs';
import { loadTools, requireDist } from './tools.mjs';

requireDist();
const name = process.argv[2];
const tool = (await loadTools(loadContext())).find((t) => t.name === name);
if (!tool) throw new Error(`unknown tool ${name}`);
const { events, large } = benchInputs();
const prepared = events.map((e) => tool.prepare(e));
const preparedLarge = tool.prepare(large);
const limit = Number(process.argv[3] ?? prepared.length);

globalThis.gc?.();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
let results = 0;
let sink;
for (const input of prepared.slice(0, limit)) {
  sink = tool.run(input);
  results++;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}
sink = tool.run(preparedLarge);
results++;
peak = Math.max(peak, process.memoryUsage().heapUsed);
const mb = (bytes) => bytes / 1e6;
process.stdout.write(`${JSON.stringify({ tool: name, peakHeapMB: mb(peak - baseline), maxRssMB: process.resourceUsage().maxRSS / 1e3, results, kept: sink !== undefined })}\n`);
