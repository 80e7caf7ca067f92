import type { ScrubLimits } from './types.js';

export const DEFAULT_LIMITS: Readonly<ScrubLimits> = Object.freeze({
  maxDepth: 64,
  maxStringLength: 1_000_000,
  maxNodes: 100_000,
  timeBudgetMs: 1_000,
});

const now: () => number =
  typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

/** The budget of one scrub call: nodes visited and a deadline. */
export class CallBudget {
  private readonly deadline: number;
  private nodes = 0;
  private expired = false;

  constructor(private readonly limits: ScrubLimits) {
    this.deadline = now() + limits.timeBudgetMs;
  }

  /** Counts one visited value; false once the node or time budget is spent (and from then on). */
  take(): boolean {
    if (this.expired) return false;
    this.nodes++;
    if (this.nodes > this.limits.maxNodes || ((this.nodes & 63) === 0 && now() > this.deadline)) {
      this.expired = true;
    }
    return !this.expired;
  }

  private checks = 0;

  /** Checks the clock before scanning a string: every 16th short one, every long one (> 4 KB). */
  timeLeft(length = Infinity): boolean {
    if (this.expired) return false;
    if (length < 4096 && (++this.checks & 15) !== 0) return true;
    if (now() > this.deadline) this.expired = true;
    return !this.expired;
  }
}
