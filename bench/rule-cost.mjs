/**
 * What each rule pack costs: scrubbers that differ only in `rules` scrub the bench events, taking
 * turns; events/s for each. Part of `npm run bench` (bench/run.mjs); alone:
 * `node --expose-gc bench/rule-cost.mjs`. Measures the built package: run `npm run build` first.
 */
import { fileURLToPath } from 'node:url';
import { benchInputs, loadContext } from './inputs.mjs';
import { timeInterleaved } from './measure.mjs';
import { fixed, print, table } from './report.mjs';
import { BENCH_LIMITS, requireDist } from './tools.mjs';

const BASE = ['pack:context', 'pack:keys', 'pack:paths', 'pack:urls'];
const SETS = [
  ['no rule (walk, decoded views, prefilter)', []],
  ['sensitive-key', ['sensitive-key']],
  ['known-values', ['known-values']],
  ['context, keys, paths, urls', BASE],
  ['those + secrets (the token catalog)', [...BASE, 'pack:secrets']],
  ['those + pii', [...BASE, 'pack:pii']],
  ['recommended (everything)', ['recommended']],
];

export const RULE_COST_HEADERS = ['rules', 'rule count', 'events/s', 'time / recommended time'];

/** Rows of the rule-cost table, and the catalog's added cost (secrets pack over the base packs). */
export async function measureRuleCost(objects = benchInputs().events.map((e) => e.object)) {
  requireDist();
  const { createScrubber } = await import(new URL('../dist/node.js', import.meta.url).href);
  const context = loadContext();
  const scrubbers = SETS.map(([, rules]) => createScrubber({ context, rules, limits: BENCH_LIMITS }));
  const results = timeInterleaved(scrubbers.map((s) => ({ pass: () => objects.forEach((o) => s.scrub(o)) })), { runs: 5 });
  const last = results[results.length - 1].ms;
  const rows = SETS.map(([label], i) => [label, scrubbers[i].ruleIds.length, fixed(objects.length / (results[i].ms / 1000), 0), `${fixed(results[i].ms / last, 2)}x`]);
  const base = SETS.findIndex(([, rules]) => rules === BASE);
  const withSecrets = base + 1;
  return {
    rows,
    catalog: {
      rules: scrubbers[withSecrets].ruleIds.length - scrubbers[base].ruleIds.length,
      addedPercent: (100 * (results[withSecrets].ms - results[base].ms)) / results[base].ms,
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const objects = benchInputs().events.map((e) => e.object);
  const { rows, catalog } = await measureRuleCost(objects);
  print(`${objects.length} events, one call each; median of up to 5 runs, scrubbers taking turns\n`);
  print(table(RULE_COST_HEADERS, rows));
  print(`\nthe token catalog (${catalog.rules} rules) adds ${fixed(catalog.addedPercent, 0)}% to the time of the base packs`);
}
