/** Compiles a pattern rule (data) into a text detector: regex built once, validator and allow list applied. */
import type { Detection, PatternRuleInput } from '../types.js';
import { validators } from '../validators/index.js';
import type { CompiledDetector } from './detector.js';
import { placeholderKey } from './detector.js';

const DEFAULT_PRIORITY = 50;

export function compilePatternRule(rule: PatternRuleInput): CompiledDetector {
  const group = rule.group ?? 0;
  const flags = (rule.flags ?? '') + 'g' + (group > 0 ? 'd' : '');
  const regex = new RegExp(rule.pattern, flags);
  const validate = rule.validator ? validators[rule.validator] : undefined;
  const allow = (rule.allow ?? []).map((a) => new RegExp(`^(?:${a})$`, rule.flags ?? ''));
  const priority = rule.priority ?? DEFAULT_PRIORITY;
  const { id, type, detail } = rule;

  function detect(text: string, out: Detection[]): void {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const value = m[group];
      if (value === undefined || value.length === 0) continue;
      const start = group === 0 ? m.index : (m.indices?.[group]?.[0] ?? -1);
      if (start < 0) continue;
      if (validate && !validate(value)) continue;
      if (allow.some((a) => a.test(value))) continue;
      const d: Detection = { ruleId: id, type, start, end: start + value.length, priority };
      if (detail !== undefined) d.detail = detail;
      out.push(d);
    }
  }

  return {
    text: { id, keywords: rule.keywords ?? [], ...(rule.minDigits ? { minDigits: rule.minDigits } : {}), detect },
    produces: [placeholderKey(type, detail)],
  };
}
