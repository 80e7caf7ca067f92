/**
 * A scrubber with every rule of every `rules/*.json` pack enabled, whether or not the pack is wired
 * into the built-in index yet: built-in packs by name, the others as `extraRules`. Rules the code
 * validator refuses (a validator not registered yet …) are left out and listed in `skipped`, which the
 * hostile-input suite requires to be empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScrubber } from '../../src/create-scrubber.js';
import { detectorFactories } from '../../src/detectors/registry.js';
import { builtinRulePacks } from '../../src/rules/builtin-rules.js';
import { validateRules } from '../../src/rules/validate-rules.js';
import type { RuleInput, ScrubContext, ScrubOptions, Scrubber } from '../../src/types.js';
import { validators } from '../../src/validators/index.js';

const RULES_DIR = join(import.meta.dirname, '..', '..', 'rules');

/** Fake machine facts, so the known-value detector has work to do. */
export const HOSTILE_CONTEXT: ScrubContext = {
  env: { FAKE_API_TOKEN: 'fake-token-value-0123456789', FAKE_DB_PASSWORD: 'hunter2-but-longer', NODE_ENV: 'production' },
  cwd: '/home/fakeuser/projects/hardening-app',
  home: '/home/fakeuser',
  user: 'fakeuser',
  hostname: 'fake-host.internal',
  tmpdir: '/tmp',
};

export interface FullRules {
  rules: string[];
  extraRules: RuleInput[];
  skipped: { rule: string; problem: string }[];
}

export function fullRules(): FullRules {
  const builtinIds = new Set(builtinRulePacks.flatMap((p) => p.rules.map((r) => r.id)));
  const extra: { file: string; rule: RuleInput }[] = [];
  for (const file of readdirSync(RULES_DIR).sort()) {
    if (!file.endsWith('.json') || file.endsWith('.schema.json')) continue;
    const json = JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8')) as { rules?: unknown };
    if (!Array.isArray(json.rules)) continue;
    for (const rule of json.rules as RuleInput[]) if (!builtinIds.has(rule.id)) extra.push({ file, rule });
  }
  const names = { validators: new Set(Object.keys(validators)), detectors: new Set(Object.keys(detectorFactories)) };
  const skipped: FullRules['skipped'] = [];
  const extraRules: RuleInput[] = [];
  for (const { file, rule } of extra) {
    const problems = validateRules([{ origin: `rules/${file}`, rules: [rule] }], names);
    if (problems.length === 0) extraRules.push(rule);
    else for (const p of problems) skipped.push({ rule: `rules/${file}#${p.rule}`, problem: p.problem });
  }
  return { rules: builtinRulePacks.map((p) => p.name), extraRules, skipped };
}

export function createFullScrubber(options: Omit<ScrubOptions, 'rules' | 'extraRules'> = {}): Scrubber {
  const { rules, extraRules } = fullRules();
  return createScrubber({ context: HOSTILE_CONTEXT, ...options, rules, extraRules });
}
