/**
 * What `scrubjay check` reports: privacy regressions, each with a check rule id, a file and line, a JSON
 * Pointer into the scrubbed event, and structured details. Messages are built from those details only:
 * planted values appear by origin (`secrets.txt:3`), never as text.
 */
import type { LeakKind } from './leak-forms.js';

export type CheckRuleId = 'planted-value-leak' | 'shape-field-added' | 'shape-field-removed' | 'shape-type-changed';

export interface CheckRule {
  id: CheckRuleId;
  name: string;
  short: string;
  full: string;
}

export const CHECK_RULES: readonly CheckRule[] = [
  {
    id: 'planted-value-leak',
    name: 'PlantedValueLeak',
    short: 'A planted sensitive value survived scrubbing.',
    full: 'A value planted in the fixtures (or listed in the secrets file) is still present in the scrubbed event: as is, in another letter case, URL-encoded, JSON-escaped or base64-encoded. Add or fix a rule so that it is redacted.',
  },
  {
    id: 'shape-field-added',
    name: 'ShapeFieldAdded',
    short: 'The scrubbed events have a field the approved snapshot does not.',
    full: 'A field appeared in the scrubbed events that is not in the approved shape snapshot. Check that it carries no personal data, then approve it with `scrubjay check --update`.',
  },
  {
    id: 'shape-field-removed',
    name: 'ShapeFieldRemoved',
    short: 'A field of the approved snapshot is gone from the scrubbed events.',
    full: 'A field of the approved shape snapshot no longer occurs in the scrubbed events. Approve the change with `scrubjay check --update`.',
  },
  {
    id: 'shape-type-changed',
    name: 'ShapeTypeChanged',
    short: 'A field of the scrubbed events changed type or placeholder type.',
    full: 'The types seen at a field differ from the approved snapshot: a placeholder became plain text (a value that is no longer redacted), or another placeholder type appeared. Review it, then approve it with `scrubjay check --update`.',
  },
];

export interface CheckProblem {
  ruleId: CheckRuleId;
  /** Display name of the file (an input, or the snapshot for removed fields). */
  file: string;
  line: number;
  /** JSON Pointer into the scrubbed event; for shape problems, a shape path (`*` for array items). */
  pointer: string;
  kind?: LeakKind;
  target?: 'key' | 'value';
  /** Origin of the planted value (`<file>:<line>`). */
  planted?: string;
  /** Rules that redacted something at this pointer in this event. */
  firedRules?: string[];
  /** Types now seen (added field) / types added and removed (changed field). */
  types?: string[];
  addedTypes?: string[];
  removedTypes?: string[];
  /** Added or removed fields below this one, reported with it. */
  below?: number;
}

export function pointerLabel(pointer: string): string {
  return pointer === '' ? '(root)' : pointer;
}

function belowText(n: number | undefined): string {
  return n ? ` (and ${n} field${n === 1 ? '' : 's'} below it)` : '';
}

/** One-sentence description of a problem, without the location. */
export function describeProblem(p: CheckProblem): string {
  const at = pointerLabel(p.pointer);
  switch (p.ruleId) {
    case 'planted-value-leak': {
      const where = p.target === 'key' ? `in a key at ${at}` : `at ${at}`;
      const rules = p.firedRules?.length ? `rules that redacted something there: ${p.firedRules.join(', ')}` : 'no rule redacted anything there';
      return `planted value ${p.planted ?? '?'} survives (${p.kind ?? 'raw'}) ${where}; ${rules}`;
    }
    case 'shape-field-added':
      return `new field ${at} (${(p.types ?? []).join(', ')}) is not in the approved snapshot${belowText(p.below)}`;
    case 'shape-field-removed':
      return `field ${at} of the approved snapshot no longer occurs${belowText(p.below)}`;
    case 'shape-type-changed': {
      const parts: string[] = [];
      if (p.addedTypes?.length) parts.push(`now also ${p.addedTypes.join(', ')}`);
      if (p.removedTypes?.length) parts.push(`no longer ${p.removedTypes.join(', ')}`);
      return `field ${at} changed type: ${parts.join('; ')}`;
    }
  }
}

export function compareProblems(a: CheckProblem, b: CheckProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.pointer !== b.pointer) return a.pointer < b.pointer ? -1 : 1;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
