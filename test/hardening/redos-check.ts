/**
 * Checks regexes for ReDoS with recheck, exactly where it can and by fuzzing where it must:
 *
 * 1. Automaton (exact): recheck's automaton checker decides whether the backtracking search of a
 *    pattern is linear, but it does not accept lookarounds, and large bounded repetitions (`{0,100}`
 *    inside a `+`) make its automaton too big to finish. So it runs on a relaxed pattern: every
 *    lookaround replaced by `(?:)`, and (first try) every `{n,m}` nested in a `*`/`+` made `*`. Relaxing can only add
 *    matching paths (a lookaround or an upper bound only prunes them), so the backtracking search of
 *    the real pattern visits a subset of what the relaxed one may visit, plus the lookaround
 *    evaluations: one per visited step, each bounded when the lookaround body has a bounded length
 *    and is itself safe (checked the same way, as a sticky match). So "relaxed pattern safe + every
 *    lookaround body bounded and safe" proves the real pattern safe. A relaxed pattern found
 *    vulnerable proves nothing: the next, less relaxed form is tried, then the fuzzer.
 *    When the relaxed pattern is vulnerable, its attack string is run against the real pattern in V8
 *    (confirm-attack.ts): super-linear growth there confirms the verdict.
 * 2. Fuzz (heuristic): when the automaton check cannot decide (backreferences, an automaton too big
 *    for the time limit, or a relaxed pattern that is vulnerable although the real one may not be),
 *    recheck's fuzzer runs on the real pattern, with its time-based inner limits turned off so that
 *    the verdict does not depend on machine load (seeded and deterministic; only `timeout` remains).
 * Results are cached in memory by flags and source for the run.
 */
import type { AttackPattern, Diagnostics, Parameters } from 'recheck';
import { confirmPolynomial } from './confirm-attack.js';
import { regexShape } from './regex-shape.js';
import type { RecheckPool } from './recheck-pool.js';

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** `automaton`, `automaton (lookarounds relaxed)` or `fuzz`. */
  method: string;
  /** recheck's attack string, as a JavaScript expression: `'a'.repeat(31) + '!'`. */
  attack?: string;
  /** `2nd degree polynomial`, `exponential` … or why the check could not decide. */
  detail?: string;
  /** recheck's structured attack (while deciding only: the string can be large). */
  pumps?: AttackPattern;
  polynomial?: boolean;
}

const withoutPumps = ({ pumps: _pumps, polynomial: _polynomial, ...v }: Verdict): Verdict => v;

/** Time limits of one recheck call (ms). The automaton one is short: a fuzz run follows on timeout. */
export const AUTOMATON_TIMEOUT_MS = 5_000;
export const FUZZ_TIMEOUT_MS = 10_000;

const FUZZ: Parameters = { checker: 'fuzz', timeout: FUZZ_TIMEOUT_MS, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, randomSeed: 0 };
const AUTOMATON: Parameters = { checker: 'automaton', timeout: AUTOMATON_TIMEOUT_MS };

/** Flags that change what recheck analyses: `g` and `d` do not. */
export function analysisFlags(flags: string): string {
  return [...new Set(flags.replace(/[gd]/g, ''))].sort().join('');
}

function toVerdict(d: Diagnostics, method: string): Verdict {
  if (d.status === 'safe') return { status: 'safe', method };
  if (d.status === 'vulnerable') {
    const polynomial = d.complexity.type === 'polynomial';
    return { status: 'vulnerable', method, attack: d.attack.pattern, detail: d.complexity.summary, pumps: d.attack, polynomial };
  }
  const e = d.error;
  return { status: 'unknown', method, detail: e.kind === 'timeout' || e.kind === 'cancel' ? e.kind : `${e.kind}: ${e.message}` };
}

/** One recheck call, for timing reports. */
export interface CallRecord {
  checker: 'automaton' | 'fuzz';
  source: string;
  flags: string;
  ms: number;
  status: Verdict['status'];
}

export class RedosChecker {
  private readonly cache = new Map<string, Promise<Verdict>>();
  readonly calls: CallRecord[] = [];

  constructor(private readonly pool: RecheckPool) {}

  private async run(source: string, flags: string, params: Parameters, method: string): Promise<Verdict> {
    const t = performance.now();
    const v = toVerdict(await this.pool.check(source, flags, params), method);
    this.calls.push({ checker: params.checker === 'fuzz' ? 'fuzz' : 'automaton', source, flags, ms: performance.now() - t, status: v.status });
    return v;
  }

  /** The verdict for one pattern (cached by flags and source). */
  check(source: string, flags: string): Promise<Verdict> {
    const f = analysisFlags(flags);
    const key = `${f}/${source}`;
    let v = this.cache.get(key);
    if (!v) this.cache.set(key, (v = this.decide(source, f).then(withoutPumps)));
    return v;
  }

  get size(): number {
    return this.cache.size;
  }

  private async decide(source: string, flags: string): Promise<Verdict> {
    let shape;
    try {
      shape = regexShape(source, flags);
    } catch {
      return this.run(source, flags, FUZZ, 'fuzz');
    }
    if (!shape.hasBackref) {
      const looks = shape.lookarounds.length > 0;
      // A bounded repetition inside an unbounded one (`(?:a|\([^)]{0,100}\))+`) blows up the automaton:
      // with the bound relaxed to `*` it stays small, and a safe verdict still proves the real pattern.
      if (shape.relaxed !== shape.stripped) {
        const r = await this.run(shape.relaxed, flags, AUTOMATON, `automaton (bounds${looks ? ' and lookarounds' : ''} relaxed)`);
        if (r.status === 'safe' && (await this.lookaroundsSafe(shape.lookarounds, flags))) return r;
      }
      const a = await this.run(shape.stripped, flags, AUTOMATON, looks ? 'automaton (lookarounds relaxed)' : 'automaton');
      if (a.status === 'vulnerable' && !looks) return a;
      // The relaxed pattern is vulnerable: does the attack also work on the real one? Ask V8.
      const confirmed = a.status === 'vulnerable' && a.polynomial && a.pumps ? confirmPolynomial(source, flags, a.pumps, shape.prefixText) : undefined;
      if (confirmed) return { ...a, attack: confirmed.attack, method: `${a.method}, confirmed in V8`, detail: `${a.detail}; ${confirmed.growth}` };
      if (a.status === 'safe' && (await this.lookaroundsSafe(shape.lookarounds, flags))) return a;
    }
    return this.run(source, flags, FUZZ, 'fuzz');
  }

  /** Every lookaround body has a bounded length and is safe as a sticky match. */
  private async lookaroundsSafe(bodies: readonly string[], flags: string): Promise<boolean> {
    for (const body of bodies) {
      if (!Number.isFinite(regexShape(body, flags).maxLength)) return false;
      if ((await this.check(body, flags.includes('y') ? flags : flags + 'y')).status !== 'safe') return false;
    }
    return true;
  }
}

/** Runs `fn` over `items` with at most `concurrency` at a time. */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return out;
}
