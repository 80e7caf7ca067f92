/**
 * ReDoS proof: every regex of rules/*.json (patterns, allow entries, message templates) and of src/
 * (literals, static `new RegExp`) is checked with recheck (see redos-check.ts for the method). A
 * vulnerable or undecided regex fails with its rule id or file:line and recheck's attack string,
 * unless redos-exceptions.ts documents why its input is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRegexes } from './collect-regexes.js';
import type { CollectedRegex } from './collect-regexes.js';
import { RecheckPool } from './recheck-pool.js';
import { RedosChecker, mapConcurrent } from './redos-check.js';
import type { Verdict } from './redos-check.js';
import { DYNAMIC_REGEXES, REDOS_EXCEPTIONS } from './redos-exceptions.js';
import type { RedosException } from './redos-exceptions.js';

const collection = collectRegexes();

function exceptionFor(r: CollectedRegex): RedosException | undefined {
  return REDOS_EXCEPTIONS.find((e) => (r.origin === e.where || r.origin.startsWith(`${e.where}:`)) && r.source === e.source);
}

const describeVerdict = ({ r, v }: { r: CollectedRegex; v: Verdict }) =>
  `${r.origin}: ${v.status} (${v.method}) ${v.detail ?? ''}${v.attack ? `; attack: ${v.attack.slice(0, 160)}` : ''}\n    /${r.source.slice(0, 200)}/${r.flags}`;

describe('ReDoS: every regex in rules/ and src/', () => {
  const pool = new RecheckPool();
  const checker = new RedosChecker(pool);
  let results: { r: CollectedRegex; v: Verdict }[] = [];
  let wall = 0;

  beforeAll(async () => {
    const t = Date.now();
    results = await mapConcurrent(collection.regexes, pool.size, async (r) => ({ r, v: await checker.check(r.source, r.flags) }));
    wall = Date.now() - t;
  }, 900_000);

  afterAll(async () => {
    await pool.close();
    const count = (status: Verdict['status']) => results.filter((x) => x.v.status === status).length;
    const methods = new Map<string, number>();
    for (const { v } of results) methods.set(`${v.status} by ${v.method}`, (methods.get(`${v.status} by ${v.method}`) ?? 0) + 1);
    const calls = [...checker.calls].sort((a, b) => b.ms - a.ms).slice(0, 5);
    const total = (kind: string) => Math.round(checker.calls.filter((c) => c.checker === kind).reduce((s, c) => s + c.ms, 0) / 1000);
    console.log(
      `ReDoS: ${results.length} regexes (${checker.size} distinct checks, ${pool.size} recheck agents) in ${(wall / 1000).toFixed(1)} s: ` +
        `${count('safe')} safe, ${count('vulnerable')} vulnerable, ${count('unknown')} unknown\n` +
        [...methods].map(([k, n]) => `  ${n} ${k}`).join('\n') +
        `\n  by fuzz (no exact proof): ${results.filter((x) => x.v.method === 'fuzz').map((x) => x.r.origin).join(', ') || 'none'}` +
        `\n  recheck time: automaton ${total('automaton')} s, fuzz ${total('fuzz')} s; slowest calls: ${calls.map((c) => `${c.checker} ${Math.round(c.ms)} ms`).join(', ')}`,
    );
  });

  it('knows every file in rules/ and reads it', () => {
    expect(collection.unknownFiles).toEqual([]);
    expect(collection.problems).toEqual([]);
    expect(collection.regexes.length).toBeGreaterThan(0);
  });

  it('every dynamic `new RegExp(…)` in src/ is documented in redos-exceptions.ts', () => {
    const documented = (d: { file: string; code: string }) => DYNAMIC_REGEXES.some((n) => n.file === d.file && n.code === d.code);
    expect(collection.dynamic.filter((d) => !documented(d)).map((d) => `${d.origin}: ${d.code}`)).toEqual([]);
    const stale = DYNAMIC_REGEXES.filter((n) => !collection.dynamic.some((d) => d.file === n.file && d.code === n.code));
    expect(stale.map((n) => `${n.file}: ${n.code}`), 'notes for constructions that no longer exist').toEqual([]);
  });

  it('no regex is vulnerable', () => {
    const bad = results.filter((x) => x.v.status === 'vulnerable' && !exceptionFor(x.r));
    expect(bad.map(describeVerdict)).toEqual([]);
  });

  it('no regex is left undecided', () => {
    const bad = results.filter((x) => x.v.status === 'unknown' && !exceptionFor(x.r));
    expect(bad.map(describeVerdict)).toEqual([]);
  });

  it('every exception still matches a regex that needs it', () => {
    const needed = (e: RedosException) => results.some((x) => x.v.status !== 'safe' && exceptionFor(x.r) === e);
    expect(REDOS_EXCEPTIONS.filter((e) => !needed(e)).map((e) => `${e.where}: /${e.source}/`)).toEqual([]);
  });
});
