/** Validates every rule, resolves the selection and compiles the enabled rules into detectors, once. */
import type { DetectorRuleInput, PatternRuleInput, RuleInput, ScrubOptions } from '../types.js';
import { ScrubjayError } from '../scrubjay-error.js';
import type { CompileEnv, CompiledDetector } from '../detectors/detector.js';
import { compilePatternRule } from '../detectors/pattern-detector.js';
import { detectorFactories } from '../detectors/registry.js';
import { validators } from '../validators/index.js';
import { builtinPackIndex, builtinRulePacks } from './builtin-rules.js';
import { buildPackTable, resolveRuleSelection } from './resolve-packs.js';
import { flattenExtraRules, validateRules } from './validate-rules.js';

export interface CompiledRules {
  ids: string[];
  detectors: CompiledDetector[];
}

const names = { validators: new Set(Object.keys(validators)), detectors: new Set(Object.keys(detectorFactories)) };

export function compileRules(options: ScrubOptions, env: CompileEnv): CompiledRules {
  const extra = flattenExtraRules(options.extraRules ?? []);
  const problems = validateRules(
    [...builtinRulePacks.map((p) => ({ origin: `rules/${p.name}.json`, rules: p.rules as unknown })), { origin: 'extraRules', rules: extra }],
    names,
  );
  if (problems.length > 0) throw new ScrubjayError('INVALID_RULES', `${problems.length} problem(s) in the rules:`, problems);

  const table = buildPackTable(builtinRulePacks, builtinPackIndex);
  const { ids, problems: selectionProblems } = resolveRuleSelection(options.rules ?? ['recommended'], table);
  if (selectionProblems.length > 0) throw new ScrubjayError('UNKNOWN_RULE', 'Unknown rules or packs in options.rules:', selectionProblems);

  const enabled: RuleInput[] = [];
  for (const pack of builtinRulePacks) for (const rule of pack.rules) if (ids.has(rule.id)) enabled.push(rule);
  enabled.push(...(extra as RuleInput[]));

  const builtin = new Set(enabled.slice(0, enabled.length - extra.length));
  const detectors = enabled.map((rule) => {
    const compiled =
      rule.kind === 'detector'
        ? detectorFactories[(rule as DetectorRuleInput).detector]!(rule as DetectorRuleInput, env)
        : compilePatternRule(rule as PatternRuleInput);
    // Known values come from the caller's context: they may be anything, a date-time too (the
    // detector itself says whether any of its values could occur inside one).
    const isKnownValues = rule.kind === 'detector' && (rule as DetectorRuleInput).detector === 'known-values';
    if (compiled.text && builtin.has(rule) && !isKnownValues) compiled.text = { ...compiled.text, skipsDateTimes: true };
    return compiled;
  });
  return { ids: enabled.map((r) => r.id).sort(), detectors };
}
