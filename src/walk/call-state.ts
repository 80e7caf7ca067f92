/** Everything one scrub call owns: budget, numbering, findings, the path to the current value. */
import type { Finding, ScrubLimits } from '../types.js';
import { CallBudget } from '../limits.js';
import { joinPointer } from '../pointer.js';
import { Numbering } from '../text/render.js';

export class CallState {
  readonly budget: CallBudget;
  readonly numbering: Numbering | undefined;
  readonly findings: Finding[] = [];
  readonly path: (string | number)[] = [];
  readonly ancestors = new Set<object>();
  budgetReported = false;

  constructor(limits: ScrubLimits, numbering: boolean) {
    this.budget = new CallBudget(limits);
    this.numbering = numbering ? new Numbering() : undefined;
  }

  pointer(): string {
    return joinPointer(this.path);
  }

  add(findings: readonly Finding[]): void {
    for (const f of findings) this.findings.push(f);
  }

  /** Records a value dropped whole by a limit. */
  dropped(detail: string, target: 'key' | 'value', length: number): void {
    this.findings.push({ ruleId: 'limits', type: 'dropped', detail, pointer: this.pointer(), target, start: 0, end: length });
  }
}
