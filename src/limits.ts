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

  /** Characters scanned since the clock was last read. */
  private unclocked = 0;
  private strings = 0;

  /**
   * Before scanning a string of `length` characters: false once the time budget is spent. The clock
   * is read when 4 KB have been scanned since it last was, or every 16th string, so a long string
   * is always followed by a check and many short ones cost no clock reads.
   */
  timeLeft(length = Infinity): boolean {
    if (this.expired) return false;
    const work = length === Infinity ? 4096 : length;
    const due = this.unclocked >= 4096 || work >= 4096 || (++this.strings & 15) === 0;
    if (!due) {
      this.unclocked += work;
      return true;
    }
    // The string about to be scanned counts toward the next check: after a long one, the clock is read.
    this.unclocked = work;
    if (now() > this.deadline) this.expired = true;
    return !this.expired;
  }

  /** Reads the clock now (inside a long scan), leaving the string counters alone. A bound function: pass it as is. */
  readonly clockLeft = (): boolean => {
    if (!this.expired && now() > this.deadline) this.expired = true;
    return !this.expired;
  };

  /** Whether the node or time budget is spent (without counting a node). */
  get spent(): boolean {
    return this.expired;
  }
}
