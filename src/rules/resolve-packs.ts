/** Turns the `rules` option (pack names, `pack:NAME`, rule ids) into a set of enabled rule ids. */
import type { RulePackInput } from '../types.js';
import type { RuleProblem } from '../scrubjay-error.js';

export interface PackTable {
  /** pack name → members (rule ids or `pack:NAME`). */
  packs: Map<string, readonly string[]>;
  ruleIds: ReadonlySet<string>;
}

export function buildPackTable(files: readonly RulePackInput[], index: Readonly<Record<string, readonly string[]>>): PackTable {
  const packs = new Map<string, readonly string[]>();
  const ruleIds = new Set<string>();
  for (const file of files) {
    const ids = file.rules.map((r) => r.id);
    ids.forEach((id) => ruleIds.add(id));
    packs.set(file.name, ids);
  }
  for (const [name, members] of Object.entries(index)) packs.set(name, members);
  return { packs, ruleIds };
}

export function resolveRuleSelection(selection: readonly string[], table: PackTable): { ids: Set<string>; problems: RuleProblem[] } {
  const ids = new Set<string>();
  const problems: RuleProblem[] = [];
  const visiting = new Set<string>();

  function addPack(name: string, from: string): void {
    const members = table.packs.get(name);
    if (!members) {
      problems.push({ rule: from, problem: `unknown pack "${name}"` });
      return;
    }
    if (visiting.has(name)) {
      problems.push({ rule: from, problem: `pack "${name}" includes itself` });
      return;
    }
    visiting.add(name);
    for (const m of members) addItem(m, `pack:${name}`);
    visiting.delete(name);
  }

  function addItem(item: string, from: string): void {
    if (item.startsWith('pack:')) return addPack(item.slice(5), from);
    if (table.ruleIds.has(item)) {
      ids.add(item);
      return;
    }
    if (table.packs.has(item)) return addPack(item, from);
    problems.push({ rule: item, problem: `unknown rule or pack (in ${from})` });
  }

  for (const item of selection) addItem(item.trim(), 'options.rules');
  return { ids, problems };
}
