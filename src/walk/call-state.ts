/** Everything one scrub call owns: budget, numbering, findings, the path to the current value. */
import type { Finding, ScrubLimits } from '../types.js';
import { joinPointer } from '../pointer.js';
import { Numbering } from '../text/render.js';
import { CallBudget, DEFAULT_LIMITS } from '../limits.js';
import { keepShape } from '../util/keep-shape.js';

export class CallState {
  readonly budget: CallBudget;
  readonly numbering: Numbering | undefined;
  readonly findings: Finding[] = [];
  readonly path: (string | number)[] = [];
  /** The objects being rendered, outermost first (a list: it is short, and cheaper than a Set). */
  readonly ancestors: object[] = [];
  private budgetReported = false;
  /** Raw key → scrubbed key: pointers are written with scrubbed keys, so they never carry a secret. */
  private readonly keyNames = new Map<string, string>();

  constructor(limits: ScrubLimits, numbering: boolean) {
    this.budget = new CallBudget(limits);
    this.numbering = numbering ? new Numbering() : undefined;
  }

  /** Records the scrubbed form of a key, used for it in every pointer. */
  aliasKey(raw: string, scrubbed: string): void {
    if (raw !== scrubbed) this.keyNames.set(raw, scrubbed);
  }

  /** The JSON Pointer of the current value, with keys as they were scrubbed. */
  pointer(): string {
    if (this.keyNames.size === 0) return joinPointer(this.path);
    return joinPointer(this.path.map((s) => (typeof s === 'string' ? (this.keyNames.get(s) ?? s) : s)));
  }

  add(findings: readonly Finding[]): void {
    for (const f of findings) this.findings.push(f);
  }

  /** Records, once per call, where the node or time budget ran out. */
  budgetRanOut(): void {
    if (this.budgetReported) return;
    this.budgetReported = true;
    this.dropped('budget', 'value', 0);
  }

  /** Records a value dropped whole by a limit. */
  dropped(detail: string, target: 'key' | 'value', length: number): void {
    this.findings.push({ ruleId: 'limits', type: 'dropped', detail, pointer: this.pointer(), target, start: 0, end: length });
  }
}

// A spare call state, its budget, and a numbering: see util/keep-shape.ts.
keepShape(new CallState(DEFAULT_LIMITS, false));
keepShape(new Numbering());
