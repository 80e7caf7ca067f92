/**
 * Every regular expression scrubjay runs on untrusted text, in the form it is compiled:
 * - `rules/*.json` packs: each pattern rule's `pattern` with its flags plus `g` (as the pattern detector
 *   builds it; `d` is left out, it only records indices), and each `allow` entry as `^(?:…)$` with the
 *   rule's flags;
 * - `rules/messages.json` (when present): every template, compiled by `src/errors/compile-templates.ts`;
 * - `src/**\/*.ts`: regex literals and static `new RegExp(…)` (see scan-source-regexes.ts).
 * Any other JSON file in `rules/` is reported as unknown, so a new kind of rule file cannot slip past.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileTemplates } from '../../src/errors/compile-templates.js';
import type { MessageCatalogInput } from '../../src/errors/template-types.js';
import { scanSourceRegexes } from './scan-source-regexes.js';
import type { DynamicRegex } from './scan-source-regexes.js';

export const ROOT = join(import.meta.dirname, '..', '..');
const RULES_DIR = join(ROOT, 'rules');

export interface CollectedRegex {
  /** `rules/pii.json#email pattern`, `rules/messages.json#template-id`, `src/detectors/urls.ts:10`. */
  origin: string;
  /** The rule or template id, for regexes from `rules/`. */
  ruleId?: string;
  source: string;
  flags: string;
}

export interface Collection {
  regexes: CollectedRegex[];
  dynamic: DynamicRegex[];
  /** Files in `rules/` the collector does not know how to read. */
  unknownFiles: string[];
  /** Problems reading known files (bad JSON, a catalog that does not compile). */
  problems: string[];
  counts: { ruleFiles: number; rules: number; templates: number; srcFiles: number };
}

interface RawRule {
  id?: unknown;
  pattern?: unknown;
  flags?: unknown;
  allow?: unknown;
}

/** Flags as recheck takes them: `d` (indices) does not change matching and is not supported by it. */
export function checkFlags(flags: string): string {
  return [...new Set(flags.replace(/d/g, ''))].sort().join('');
}

function collectPack(file: string, pack: { rules?: unknown }, out: Collection): void {
  if (!Array.isArray(pack.rules)) return void out.problems.push(`rules/${file}: "rules" is not an array`);
  out.counts.ruleFiles++;
  for (const rule of pack.rules as RawRule[]) {
    out.counts.rules++;
    const id = typeof rule.id === 'string' ? rule.id : '(no id)';
    if (typeof rule.pattern !== 'string') continue;
    const flags = typeof rule.flags === 'string' ? rule.flags : '';
    out.regexes.push({ origin: `rules/${file}#${id} pattern`, ruleId: id, source: rule.pattern, flags: checkFlags(flags + 'g') });
    if (!Array.isArray(rule.allow)) continue;
    rule.allow.forEach((a: unknown, i) => {
      if (typeof a !== 'string') return;
      out.regexes.push({ origin: `rules/${file}#${id} allow[${i}]`, ruleId: id, source: `^(?:${a})$`, flags: checkFlags(flags) });
    });
  }
}

function collectMessages(catalog: MessageCatalogInput, out: Collection): void {
  try {
    for (const t of compileTemplates(catalog)) {
      out.counts.templates++;
      out.regexes.push({ origin: `rules/messages.json#${t.id}`, ruleId: t.id, source: t.regex.source, flags: checkFlags(t.regex.flags) });
    }
  } catch (e) {
    out.problems.push(`rules/messages.json does not compile: ${(e as Error).message}`);
  }
}

export function collectRegexes(): Collection {
  const out: Collection = { regexes: [], dynamic: [], unknownFiles: [], problems: [], counts: { ruleFiles: 0, rules: 0, templates: 0, srcFiles: 0 } };
  for (const file of readdirSync(RULES_DIR).sort()) {
    if (file.endsWith('.schema.json') || file === 'packs.json' || !file.endsWith('.json')) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(RULES_DIR, file), 'utf8'));
    } catch (e) {
      out.problems.push(`rules/${file}: ${(e as Error).message}`);
      continue;
    }
    const obj = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
    if (file === 'messages.json' && Array.isArray(obj.templates)) collectMessages(obj as unknown as MessageCatalogInput, out);
    else if (Array.isArray(obj.rules)) collectPack(file, obj, out);
    else out.unknownFiles.push(`rules/${file}`);
  }
  if (!existsSync(join(ROOT, 'src'))) out.problems.push('src/ not found');
  const src = scanSourceRegexes(ROOT);
  out.counts.srcFiles = src.files;
  for (const r of src.regexes) out.regexes.push({ origin: r.origin, source: r.source, flags: checkFlags(r.flags) });
  out.dynamic = src.dynamic;
  return out;
}
