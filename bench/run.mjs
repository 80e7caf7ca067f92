/**
 * `npm run bench` (node --expose-gc bench/run.mjs): scrubjay against redact-pii and @redactpii/node on
 * the same inputs — realistic error events, a large payload, scaling payloads — then peak memory and
 * how many planted values survive each tool. Measures the built package: run `npm run build` first.
 * See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchInputs, loadContext } from './inputs.mjs';
import { createLeakCounter, loadPlanted } from './leaks.mjs';
import { hasGc, pairedRatio, timeInterleaved } from './measure.mjs';
import { fixed, kb, print, table, times } from './report.mjs';
import { BENCH_LIMITS, droppedIn, loadTools, outputOf, requireDist } from './tools.mjs';
import { INTEGRATION_HEADERS, integrationTableRows, runIntegrationBench } from './integrations.mjs';
import { RULE_COST_HEADERS, measureRuleCost } from './rule-cost.mjs';

requireDist();
const started = performance.now();
const startLoad = loadavg().map((l) => l.toFixed(2)).join(' ');
/** redact-pii is slow: fewer runs and a tighter time budget per measurement. */
const CAPS = { 'redact-pii': { runs: 5, budgetMs: 10_000 } };
const capsOf = (tool) => CAPS[tool.name] ?? {};
const load = () => loadavg().map((l) => fixed(l, 2)).join(' ');

const tools = await loadTools(loadContext());
const { events, large, scaling } = benchInputs();
const eventBytes = events.reduce((sum, e) => sum + e.bytes, 0);
const sizes = events.map((e) => e.bytes);

print(`# scrubjay benchmark — Node ${process.version}, ${process.platform} ${process.arch}, ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${fixed(totalmem() / 2 ** 30, 0)} GiB${hasGc ? '' : ' (no --expose-gc: no gc between runs)'}`);
print(`${tools.map((t) => `${t.name} ${t.version}`).join(', ')}. scrubjay: createScrubber once (context: fixtures/events/real-errors.context.json, limits ${JSON.stringify(BENCH_LIMITS)}), scrub(value) per input.`);
print('redact-pii (SyncRedactor) and @redactpii/node (Redactor) take strings: each input is serialized with JSON.stringify beforehand (not timed) and the string is redacted.');
print(`Medians of up to 7 runs after warm-up, tools taking turns, gc before every run; ratios to scrubjay are medians of the ratios of runs of the same round; redact-pii capped at ${CAPS['redact-pii'].runs} runs / ${CAPS['redact-pii'].budgetMs / 1000} s per measurement (it is slow). MB = 10^6 bytes of serialized JSON.`);

// 1. Separate events, one call each.
const eventMs = {};
const eventTimes = timeInterleaved(tools.map((tool) => {
  const prepared = events.map((e) => tool.prepare(e));
  return { pass: () => prepared.forEach(tool.run), ...capsOf(tool) };
}));
tools.forEach((tool, i) => (eventMs[tool.name] = eventTimes[i].ms));
const eventRows = tools.map((tool, i) => {
  const r = eventTimes[i];
  return [tool.name, fixed(events.length / (r.ms / 1000), 0), fixed(eventBytes / 1e6 / (r.ms / 1000), 2), `${fixed(pairedRatio(r, eventTimes[0]), 2)}x`, `${r.runs}${r.capped ? ' (capped)' : ''}`];
});
print(`\n## Error events: ${events.length} events of ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} (${fixed(eventBytes / 1e6, 2)} MB in all), one call per event`);
print(table(['tool', 'events/s', 'MB/s', 'its time / scrubjay time', 'runs'], eventRows));

// 1b. The same, without the full gc before each run: the steady state of a service that scrubs event
// after event, where a full collection is rare (a forced one before every ~400 events also makes the
// next run pay for sweeping the whole heap, and scrubjay allocates more than the string tools).
const steadyTimes = timeInterleaved(
  tools.map((tool) => {
    const prepared = events.map((e) => tool.prepare(e));
    return { pass: () => prepared.forEach(tool.run), ...capsOf(tool) };
  }),
  { forceGc: false },
);
print('\nThe same events without the full gc before each run (garbage collected as the tools go, as in a long-running service):');
print(table(['tool', 'events/s', 'its time / scrubjay time', 'runs'], tools.map((tool, i) => [tool.name, fixed(events.length / (steadyTimes[i].ms / 1000), 0), `${fixed(pairedRatio(steadyTimes[i], steadyTimes[0]), 2)}x`, `${steadyTimes[i].runs}${steadyTimes[i].capped ? ' (capped)' : ''}`])));

// 2 and 3. The large payload (1 MB, one call), and the same events regrouped into calls of at most
// 10 KB and 100 KB: linear cost takes the same time for the whole material whatever the call size.
const groups = scaling.map((parts) => ({ parts, bytes: parts.reduce((sum, p) => sum + p.bytes, 0) / parts.length }));
const pairs = tools.flatMap((tool) => groups.map((group) => ({ tool, group, prepared: group.parts.map((p) => tool.prepare(p)) })));
const pairTimes = timeInterleaved(pairs.map(({ tool, prepared }) => ({ pass: () => prepared.forEach(tool.run), ...capsOf(tool) })));
const perCall = new Map(pairs.map(({ tool, group }, i) => [`${tool.name}:${group.bytes}`, { ...pairTimes[i], ms: pairTimes[i].ms / group.parts.length }]));
const msOf = (tool, group) => perCall.get(`${tool.name}:${group.bytes}`);
const largeGroup = groups[groups.length - 1];
const sjLarge = msOf(tools[0], largeGroup).ms;
print(`\n## Large payload: one { events: [...] } of ${kb(large.bytes)} (${large.events} events), one call`);
print(table(['tool', 'ms', 'events/s', 'MB/s', 'its time / scrubjay time', 'runs'], tools.map((t) => {
  const r = msOf(t, largeGroup);
  return [t.name, fixed(r.ms, 1), fixed(large.events / (r.ms / 1000), 0), fixed(large.bytes / 1e6 / (r.ms / 1000), 2), times(r.ms, sjLarge), `${r.runs}${r.capped ? ' (capped)' : ''}`];
})));

print(`\n## Scaling: the ${large.events} events of the large payload in calls of at most 10 KB, 100 KB, and in one call; median ms per call`);
print(table(['calls', 'mean bytes per call', ...tools.map((t) => t.name)], groups.map((g) => [g.parts.length, fixed(g.bytes, 0), ...tools.map((t) => fixed(msOf(t, g).ms, 2))])));
for (const small of groups.slice(0, -1).reverse()) {
  const [sj] = tools;
  print(`scrubjay time(${kb(large.bytes)}) / time(${kb(small.bytes)}) = ${fixed(msOf(sj, largeGroup).ms / msOf(sj, small).ms, 1)} (size ratio ${fixed(large.bytes / small.bytes, 1)}; linear cost gives the size ratio)`);
}

// 4. Peak memory, each tool in a process of its own.
print('\n## Peak memory: each tool in its own process, one pass over the events then the large payload');
const memRows = tools.map((t) => {
  const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(new URL('./memory.mjs', import.meta.url)), t.name], { encoding: 'utf8' });
  const m = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
  return [t.name, fixed(m.peakHeapMB ?? NaN, 1), fixed(m.maxRssMB ?? NaN, 0)];
});
print(table(['tool', 'peak heap above baseline, MB (sampled after each call)', 'peak RSS of the process, MB (inputs included)'], memRows));

// 5. Caught more: planted values surviving each tool on the same events.
const planted = loadPlanted();
const leakRows = [];
let dropped = 0;
for (const tool of tools) {
  const counter = createLeakCounter(planted);
  for (const e of events) {
    const result = tool.run(tool.prepare(e));
    dropped += droppedIn(result);
    counter.add(e.text, outputOf(result));
  }
  const r = counter.result();
  leakRows.push([tool.name, `${r.survived} of ${r.present}`, `${r.pairsSurvived} of ${r.pairsPresent}`]);
}
print(`\n## Caught more: planted values (fixtures/events/*.planted.txt and those of astro-build-error.json) surviving in the output of the ${events.length} events`);
print('A value survives if found raw (any case), URL-encoded, JSON-escaped or base64-encoded. Counts only; the values are in the fixtures.');
print(table(['tool', 'distinct planted values surviving', 'event x value pairs surviving'], leakRows));
if (dropped > 0) print(`warning: scrubjay dropped ${dropped} values to limits; the timings above understate its work`);

const ruleCost = await measureRuleCost(events.map((e) => e.object));
print(`\n## What the rules cost: scrubbers that differ only in \`rules\`, on the same ${events.length} events, taking turns`);
print('The keyword prefilter runs a rule only on strings holding one of its keywords, so the token catalog costs little over the base packs.');
print(table(RULE_COST_HEADERS, ruleCost.rows));
print(`The token catalog (${ruleCost.catalog.rules} rules, pack:secrets) adds ${fixed(ruleCost.catalog.addedPercent, 0)}% to the time of the base packs (context, keys, paths, urls).`);

print('\n## Integrations: overhead scrubjay adds to each SDK\'s own per-event cost (a real error per event)');
print(table(INTEGRATION_HEADERS, integrationTableRows(await runIntegrationBench())));

const ratio = pairedRatio(eventTimes[1], eventTimes[0]);
const steadyRatio = pairedRatio(steadyTimes[1], steadyTimes[0]);
print(`\nscrubjay vs redact-pii on the events: ${fixed(ratio, 2)}x as fast with a full gc before every run, ${fixed(steadyRatio, 2)}x without (issue 2 asks for at least 5x): ${ratio >= 5 ? 'met' : 'NOT met'} on the first measure, ${steadyRatio >= 5 ? 'met' : 'not met'} on the second.`);
print(`load average at start ${startLoad}, at end ${load()}; total bench time ${fixed((performance.now() - started) / 1000, 1)} s`);
