/**
 * What each rule pack costs: `node --expose-gc bench/rule-cost.mjs` scrubs the bench events with
 * scrubbers that differ only in `rules`, taking turns, and prints events/s for each.
 * Measures the built package: run `npm run build` first.
 */
import { benchInputs, loadContext } from './inputs.mjs';
import { timeInterleaved } from './measure.mjs';
import { fixed, print, table } from './report.mjs';
import { BENCH_LIMITS, requireDist } from './tools.mjs';

requireDist();
const { createScrubber } = await import(new URL('../dist/node.js', import.meta.url).href);
const BASE = ['pack:context', 'pack:keys', 'pack:paths', 'pack:urls'];
const SETS = [
  ['no rule (walk, decoded views, prefilter)', []],
  ['sensitive-key', ['sensitive-key']],
  ['known-values', ['known-values']],
  ['context, keys, paths, urls', BASE],
  ['those + secrets', [...BASE, 'pack:secrets']],
  ['those + pii', [...BASE, 'pack:pii']],
  ['recommended', ['recommended']],
];

const context = loadContext();
const objects = benchInputs().events.map((e) => e.object);
const scrubbers = SETS.map(([, rules]) => createScrubber({ context, rules, limits: BENCH_LIMITS }));
const results = timeInterleaved(scrubbers.map((s) => ({ pass: () => objects.forEach((o) => s.scrub(o)) })), { runs: 5 });
print(`${objects.length} events, one call each; median of up to 5 runs, scrubbers taking turns\n`);
print(table(['rules', 'rule count', 'events/s', 'time / recommended time'], SETS.map(([label], i) => [
  label,
  scrubbers[i].ruleIds.length,
  fixed(objects.length / (results[i].ms / 1000), 0),
  `${fixed(results[i].ms / results[results.length - 1].ms, 2)}x`,
])));
