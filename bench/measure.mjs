/**
 * Timing: each task is warmed up, then the tasks take turns (one run each per round, a full gc before
 * every run), so a load change on the machine hits every task alike. Result: the median ms per pass.
 */
const now = () => performance.now();
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

export const hasGc = typeof globalThis.gc === 'function';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Warm-up passes: at least `warmup`, for at least `warmupMs`, within a quarter of the budget. Returns
 * the time of the fastest warm-up pass (the first ones include compiling, and would make runs too
 * short) and the time spent.
 */
function warmUp(pass, { warmup, warmupMs, budgetMs }) {
  const started = now();
  let passes = 0;
  let fastest = Infinity;
  do {
    const t = now();
    pass();
    fastest = Math.min(fastest, now() - t);
    passes++;
  } while (passes < warmup || (now() - started < warmupMs && now() - started < budgetMs / 4));
  return { perPass: fastest, spent: now() - started };
}

/**
 * Times each task `{ pass, runs?, budgetMs? }`: warm-up, then up to `runs` runs of `reps` passes
 * (enough passes to last `minRunMs`), interleaved across tasks. A task stops early once its
 * `budgetMs` is spent (`capped`). `forceGc: false` leaves out the full gc before each run. Returns
 * `{ ms, times, runs, reps, capped }` per task, in order (`times`: ms per pass of each run, by round).
 */
export function timeInterleaved(tasks, { runs = 7, warmup = 1, warmupMs = 1000, minRunMs = 100, budgetMs = 12_000, forceGc = true } = {}) {
  const state = tasks.map((task) => {
    const opts = { runs, budgetMs, ...task };
    const warm = warmUp(task.pass, { warmup, warmupMs, budgetMs: opts.budgetMs });
    return { ...opts, spent: warm.spent, reps: Math.max(1, Math.ceil(minRunMs / Math.max(warm.perPass, 1e-3))), times: [] };
  });
  for (let round = 0; round < runs; round++) {
    for (const s of state) {
      if (s.times.length >= s.runs || s.spent > s.budgetMs) continue;
      if (forceGc) gc();
      const t = now();
      for (let r = 0; r < s.reps; r++) s.pass();
      const elapsed = now() - t;
      s.spent += elapsed;
      s.times.push(elapsed / s.reps);
    }
  }
  return state.map((s) => ({ ms: median(s.times), times: s.times, runs: s.times.length, reps: s.reps, capped: s.times.length < s.runs }));
}

/**
 * How many times longer `other` took than `base`, paired by round: the median of the ratios of runs
 * made one after the other. The machine's speed drifts over seconds (shared cores); a ratio of two
 * runs a few hundred ms apart cancels the drift, where a ratio of two medians taken over different
 * moments does not.
 */
export function pairedRatio(other, base) {
  const n = Math.min(other.times.length, base.times.length);
  const ratios = [];
  for (let i = 0; i < n; i++) ratios.push(other.times[i] / base.times[i]);
  return median(ratios);
}
