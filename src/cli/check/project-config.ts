/**
 * The project configuration of `scrubjay check` and `scrubjay audit`, from `scrubjay.config.json` or the
 * `scrubjay` key of package.json:
 *
 *   { "rules": ["recommended"], "extraRules": [...], "allow": ["literal", {"regex": "^build-[0-9]+$"}],
 *     "allowHosts": ["api.example.com"], "context": "context.json" | {...}, "include": ["events/**\/*.ndjson"],
 *     "secrets": "planted-secrets.txt", "snapshot": "snapshot.json" }
 *
 * Every field is optional. Paths and globs are relative to the file's directory. Problems name the field.
 */
import { resolve } from 'node:path';
import type { RuleInput, RulePackInput, ScrubContext } from '../../index.js';
import { contextProblems } from '../load-context.js';

export interface ProjectConfig {
  /** How messages name the configuration: `scrubjay.config.json`, `package.json#scrubjay` … */
  name: string;
  /** Absolute path of the file it was read from. */
  file?: string;
  /** Absolute directory that relative paths and globs are resolved against. */
  dir: string;
  rules?: string[];
  extraRules?: Array<RuleInput | RulePackInput>;
  allow?: Array<string | RegExp>;
  allowHosts?: string[];
  /** Absolute path of a context file, or an inline context. */
  context?: string | ScrubContext;
  include?: string[];
  /** Absolute paths. */
  secrets?: string;
  snapshot?: string;
}

export const CONFIG_FIELDS = ['rules', 'extraRules', 'allow', 'allowHosts', 'context', 'include', 'secrets', 'snapshot'] as const;
const IGNORED_FIELDS = ['$schema', '$comment'];

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, field: string, problems: string[], allowEmpty = false): string[] | undefined {
  if (!Array.isArray(value) || (!allowEmpty && value.length === 0)) {
    problems.push(`field "${field}" must be ${allowEmpty ? 'an' : 'a non-empty'} array of strings (got ${describe(value)})`);
    return undefined;
  }
  const bad = value.findIndex((v) => typeof v !== 'string' || v === '');
  if (bad !== -1) {
    problems.push(`field "${field}[${bad}]" must be a non-empty string (got ${describe(value[bad])})`);
    return undefined;
  }
  return value as string[];
}

function allowList(value: unknown, problems: string[]): Array<string | RegExp> | undefined {
  if (!Array.isArray(value)) {
    problems.push(`field "allow" must be an array of strings or {"regex": "..."} objects (got ${describe(value)})`);
    return undefined;
  }
  const out: Array<string | RegExp> = [];
  value.forEach((item: unknown, i) => {
    if (typeof item === 'string') out.push(item);
    else if (isObject(item) && typeof item['regex'] === 'string' && Object.keys(item).every((k) => k === 'regex' || k === 'flags')) {
      const flags = item['flags'] ?? '';
      if (typeof flags !== 'string' || !/^[imsu]*$/.test(flags)) return void problems.push(`field "allow[${i}].flags" may only hold i, m, s, u`);
      try {
        out.push(new RegExp(item['regex'], flags));
      } catch {
        problems.push(`field "allow[${i}].regex" is not a valid regular expression`);
      }
    } else problems.push(`field "allow[${i}]" must be a string or {"regex": "...", "flags"?: "..."} (got ${describe(item)})`);
  });
  return out;
}

function pathField(value: unknown, field: string, dir: string, problems: string[]): string | undefined {
  if (typeof value === 'string' && value !== '') return resolve(dir, value);
  problems.push(`field "${field}" must be a path (a non-empty string, relative to the configuration's directory; got ${describe(value)})`);
  return undefined;
}

function contextField(value: unknown, dir: string, problems: string[]): string | ScrubContext | undefined {
  if (typeof value === 'string') return pathField(value, 'context', dir, problems);
  const found = contextProblems(value);
  for (const p of found) problems.push(`field "context": ${p}`);
  return found.length === 0 ? (value as ScrubContext) : undefined;
}

/** Validates a parsed configuration; returns it with paths resolved, or the list of problems. */
export function validateProjectConfig(value: unknown, name: string, dir: string): { config?: ProjectConfig; problems: string[] } {
  if (!isObject(value)) return { problems: [`must be a JSON object (got ${describe(value)})`] };
  const problems: string[] = [];
  const config: ProjectConfig = { name, dir };
  for (const key of Object.keys(value)) {
    if (!(CONFIG_FIELDS as readonly string[]).includes(key) && !IGNORED_FIELDS.includes(key)) {
      problems.push(`unknown field "${key}" (expected ${CONFIG_FIELDS.join(', ')})`);
    }
  }
  const v = (k: (typeof CONFIG_FIELDS)[number]): unknown => value[k];
  if (v('rules') !== undefined) config.rules = stringList(v('rules'), 'rules', problems);
  if (v('extraRules') !== undefined) {
    const extra = v('extraRules');
    if (Array.isArray(extra) && extra.every(isObject)) config.extraRules = extra as unknown as Array<RuleInput | RulePackInput>;
    else problems.push(`field "extraRules" must be an array of rules or rule packs (objects in the rules/*.json format)`);
  }
  if (v('allow') !== undefined) config.allow = allowList(v('allow'), problems);
  if (v('allowHosts') !== undefined) config.allowHosts = stringList(v('allowHosts'), 'allowHosts', problems, true);
  if (v('context') !== undefined) config.context = contextField(v('context'), dir, problems);
  if (v('include') !== undefined) config.include = stringList(v('include'), 'include', problems);
  if (v('secrets') !== undefined) config.secrets = pathField(v('secrets'), 'secrets', dir, problems);
  if (v('snapshot') !== undefined) config.snapshot = pathField(v('snapshot'), 'snapshot', dir, problems);
  for (const key of Object.keys(config) as Array<keyof ProjectConfig>) if (config[key] === undefined) delete config[key];
  return problems.length === 0 ? { config, problems } : { problems };
}
