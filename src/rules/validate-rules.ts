/**
 * Checks rule packs against the rule format (the same constraints as rules/rule-pack.schema.json,
 * plus what only code can check: patterns compile, groups exist, validators and detectors are known).
 * Returns every problem at once.
 */
import type { RuleInput, RulePackInput } from '../types.js';
import type { RuleProblem } from '../scrubjay-error.js';

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TYPE_RE = /^[a-z][a-z0-9-]*$/;
const DETAIL_RE = /^[A-Za-z0-9_.-]+$/;
const FLAGS_RE = /^(?!.*(.).*\1)[imsu]*$/;
const PATTERN_KEYS = new Set(['id', 'kind', 'type', 'detail', 'description', 'pattern', 'flags', 'group', 'keywords', 'minDigits', 'validator', 'allow', 'source', 'priority']);
const DETECTOR_KEYS = new Set(['id', 'kind', 'detector', 'type', 'detail', 'description', 'source', 'priority', 'options']);

export interface KnownNames {
  validators: ReadonlySet<string>;
  detectors: ReadonlySet<string>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function countGroups(source: string, flags: string): number {
  const m = new RegExp(`${source}|`, flags).exec('');
  return m ? m.length - 1 : 0;
}

function checkCommon(rule: Record<string, unknown>, add: (p: string) => void): void {
  if (typeof rule.type !== 'string' || !TYPE_RE.test(rule.type)) add('"type" must match [a-z][a-z0-9-]*');
  if (rule.detail !== undefined && (typeof rule.detail !== 'string' || !DETAIL_RE.test(rule.detail))) {
    add('"detail" must match [A-Za-z0-9_.-]+');
  }
  if (typeof rule.source !== 'string' || rule.source.length < 3) add('"source" is required: where the format comes from');
  if (rule.description !== undefined && typeof rule.description !== 'string') add('"description" must be a string');
  const p = rule.priority;
  if (p !== undefined && (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 1000)) {
    add('"priority" must be an integer from 0 to 1000');
  }
}

function checkPattern(rule: Record<string, unknown>, names: KnownNames, add: (p: string) => void): void {
  for (const key of Object.keys(rule)) if (!PATTERN_KEYS.has(key)) add(`unknown field "${key}"`);
  const flags = rule.flags ?? '';
  if (typeof flags !== 'string' || !FLAGS_RE.test(flags)) add('"flags" may only contain i, m, s, u, each once');
  let groups = -1;
  if (typeof rule.pattern !== 'string' || rule.pattern.length === 0) add('"pattern" must be a non-empty string');
  else {
    try {
      groups = countGroups(rule.pattern, typeof flags === 'string' && FLAGS_RE.test(flags) ? flags : '');
      if (new RegExp(rule.pattern, 'g').test('')) add('"pattern" matches the empty string');
    } catch {
      add('"pattern" is not a valid JavaScript regular expression');
    }
  }
  const g = rule.group;
  if (g !== undefined && (typeof g !== 'number' || !Number.isInteger(g) || g < 0)) add('"group" must be a non-negative integer');
  else if (typeof g === 'number' && groups >= 0 && g > groups) add(`"group" ${g} does not exist (the pattern has ${groups})`);
  const kw = rule.keywords;
  if (kw !== undefined) {
    if (!Array.isArray(kw) || kw.length === 0) add('"keywords" must be a non-empty array');
    else for (const k of kw) if (typeof k !== 'string' || k.length < 1 || k !== k.toLowerCase()) add('every keyword must be a non-empty lower-case string');
  }
  const md = rule.minDigits;
  if (md !== undefined && (typeof md !== 'number' || !Number.isInteger(md) || md < 1 || md > 64)) add('"minDigits" must be an integer from 1 to 64');
  if (rule.validator !== undefined && (typeof rule.validator !== 'string' || !names.validators.has(rule.validator))) {
    add(`unknown validator "${String(rule.validator)}"`);
  }
  if (rule.allow !== undefined) {
    if (!Array.isArray(rule.allow)) add('"allow" must be an array of regex sources');
    else for (const a of rule.allow) {
      try {
        if (typeof a !== 'string') throw new Error('not a string');
        new RegExp(a);
      } catch {
        add('every "allow" entry must be a valid regex source');
      }
    }
  }
}

function checkDetector(rule: Record<string, unknown>, names: KnownNames, add: (p: string) => void): void {
  for (const key of Object.keys(rule)) if (!DETECTOR_KEYS.has(key)) add(`unknown field "${key}"`);
  if (typeof rule.detector !== 'string' || !names.detectors.has(rule.detector)) add(`unknown detector "${String(rule.detector)}"`);
  if (rule.options !== undefined && !isObject(rule.options)) add('"options" must be an object');
}

/** Validates rules from one or more packs; ids must be unique across all of them. */
export function validateRules(packs: readonly { origin: string; rules: unknown }[], names: KnownNames): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  for (const { origin, rules } of packs) {
    if (!Array.isArray(rules)) {
      problems.push({ rule: origin, problem: '"rules" must be an array' });
      continue;
    }
    rules.forEach((raw: unknown, index) => {
      const label = isObject(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `${origin}#${index}`;
      const add = (problem: string) => problems.push({ rule: label, problem });
      if (!isObject(raw)) return add('a rule must be an object');
      if (typeof raw.id !== 'string' || !ID_RE.test(raw.id)) add('"id" must be kebab-case ([a-z0-9] words joined by -)');
      else if (seen.has(raw.id)) add('duplicate rule id');
      else seen.add(raw.id);
      checkCommon(raw, add);
      if (raw.kind === 'detector') checkDetector(raw, names, add);
      else if (raw.kind === undefined || raw.kind === 'pattern') checkPattern(raw, names, add);
      else add('"kind" must be "pattern" or "detector"');
    });
  }
  return problems;
}

/** Splits user-given extra rules into one pseudo-pack of rules. */
export function flattenExtraRules(extra: ReadonlyArray<RuleInput | RulePackInput>): unknown[] {
  const out: unknown[] = [];
  for (const item of extra) {
    if (isObject(item) && Array.isArray((item as { rules?: unknown }).rules)) out.push(...(item as RulePackInput).rules);
    else out.push(item);
  }
  return out;
}
