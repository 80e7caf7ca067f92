/**
 * Where scrubjay spends its time: `node bench/profile.mjs [seconds]` runs scrubjay over the bench
 * events in a child started with `node --cpu-prof` (profile written to bench/.out/), then prints the
 * functions with the most self time. Measures the built package: run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchInputs, loadContext } from './inputs.mjs';
import { fixed, print, table } from './report.mjs';
import { loadTools, requireDist } from './tools.mjs';

requireDist();

/** Regex source (as V8 names it in a profile) → the id of the rule in rules/*.json that has it. */
function ruleIdsByRegex() {
  const dir = new URL('../rules/', import.meta.url);
  const ids = new Map();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const pack = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    for (const rule of Array.isArray(pack.rules) ? pack.rules : []) {
      if (typeof rule.pattern !== 'string') continue;
      try {
        ids.set(new RegExp(rule.pattern, 'u').source, rule.id);
      } catch {
        // not valid with the u flag: keep the plain source
      }
      ids.set(new RegExp(rule.pattern).source, rule.id);
    }
  }
  return ids;
}

/** dist/node.js line → the src/ module it was bundled from (tsup keeps `// src/x.ts` markers). */
function distModules() {
  const marks = [];
  readFileSync(new URL('../dist/node.js', import.meta.url), 'utf8').split('\n').forEach((line, i) => {
    if (line.startsWith('// src/')) marks.push([i + 1, line.slice(3)]);
  });
  return (lineNumber) => marks.filter(([at]) => at <= lineNumber).pop()?.[1] ?? 'dist/node.js';
}

const OUT = fileURLToPath(new URL('./.out/', import.meta.url));

if (process.argv[2] === '--child') {
  const [scrubjay] = await loadTools(loadContext());
  const { events } = benchInputs();
  const until = performance.now() + Number(process.argv[3]) * 1000;
  let passes = 0;
  while (performance.now() < until) {
    for (const e of events) scrubjay.run(e.object);
    passes++;
  }
  print(`${passes} passes over ${events.length} events`);
} else {
  const seconds = Number(process.argv[2] ?? 5);
  mkdirSync(OUT, { recursive: true });
  const child = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', OUT, fileURLToPath(import.meta.url), '--child', String(seconds)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  print(child.stdout.trim());
  const newest = readdirSync(OUT).filter((n) => n.endsWith('.cpuprofile')).map((n) => OUT + n).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const profile = JSON.parse(readFileSync(newest, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ruleIds = ruleIdsByRegex();
  const moduleAt = distModules();
  const keyOf = (id) => {
    const f = byId.get(id).callFrame;
    const regex = f.functionName.startsWith('RegExp: ') ? ruleIds.get(f.functionName.slice(8)) : undefined;
    const name = regex ? `RegExp of rule ${regex}` : (f.functionName || '(anonymous)').slice(0, 60);
    if (f.url.endsWith('/dist/node.js')) return `${name} ${moduleAt(f.lineNumber + 1)} (dist:${f.lineNumber + 1})`;
    return f.url ? `${name} ${f.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${f.lineNumber + 1}` : name;
  };
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    self.set(keyOf(id), (self.get(keyOf(id)) ?? 0) + us);
    const onStack = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) onStack.add(keyOf(at));
    for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
  });
  const pct = (us) => fixed((100 * us) / total, 1);
  const rows = (map, other) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, us]) => [k, pct(us), pct(other.get(k) ?? 0)]);
  print(`\nprofile: ${newest}\n\n### Most self time\n`);
  print(table(['function', 'self %', 'total %'], rows(self, inclusive)));
  print('\n### Most total time (scrubjay functions)\n');
  const ours = new Map([...inclusive].filter(([k]) => k.includes('(dist:')));
  print(table(['function', 'total %', 'self %'], rows(ours, self)));
}
