/**
 * Structure-only summaries, for configs without a schema: keys that read like config option names,
 * value types, and the package names of factory calls. Every string is `<string>` and every number
 * `<number>`, because a plugin option like `project: 'acme-web'` is user data no pattern can recognise.
 */
import type { JsonValue } from '../types.js';
import { formatPlaceholder, parsePlaceholder } from '../placeholder.js';
import { CIRCULAR, dropped, DYNAMIC, FUNCTION, KEY, NUMBER, numbered, OTHER, STRING, truncated } from './config-placeholders.js';
import { defineKey } from './summarize-containers.js';
import { isFactoryCall, isImportRef } from './markers.js';
import type { FactoryCall, ImportRef } from './markers.js';
import type { NamePolicy } from './package-policy.js';
import { createSummarizeEnv } from './summarize-env.js';
import type { SummarizeEnv } from './summarize-env.js';
import type { SummarizeOptions } from './summary-types.js';

type JsonObject = { [key: string]: JsonValue };

// lowerCamelCase words with at most a two-digit suffix (`base`, `outDir`, `es2022` no, `h1` yes):
// the shape of option names. Record keys (env names, paths, hosts, package names, tokens) rarely have it.
const OPTION_NAME = /^[a-z]+(?:[A-Z][a-z]+)*[0-9]{0,2}$/;

/** Whether a key is shown as it is in a structure-only summary. */
export function isOptionName(key: string): boolean {
  return key.length <= 32 && OPTION_NAME.test(key);
}

interface StructureEnv extends SummarizeEnv {
  names: NamePolicy;
}

function marker(value: FactoryCall | ImportRef, depth: number, env: StructureEnv): JsonValue {
  const source = isFactoryCall(value) ? value.call : (value as ImportRef).import;
  const name = env.names.summarize(source);
  const out: JsonObject = isFactoryCall(value) ? { call: name } : { import: name };
  if (parsePlaceholder(name) === undefined && value.export !== 'default') out.export = value.export;
  if (isFactoryCall(value)) out.args = value.args.slice(0, env.maxItems).map((a) => walk(a, depth + 1, env));
  return out;
}

function object(value: object, depth: number, env: StructureEnv): JsonValue {
  const out: JsonObject = {};
  const keys = Object.keys(value);
  let n = 0;
  for (const key of keys.slice(0, env.maxItems)) {
    const name = isOptionName(key) ? key : numbered(KEY, ++n);
    defineKey(out, name, walk((value as Record<string, unknown>)[key], depth + 1, env));
  }
  if (keys.length > env.maxItems) defineKey(out, truncated(keys.length - env.maxItems), keys.length - env.maxItems);
  return out;
}

function composite(value: object, depth: number, env: StructureEnv): JsonValue {
  if (isFactoryCall(value) || isImportRef(value)) return marker(value, depth, env);
  if (Array.isArray(value) || value instanceof Set) {
    const items = [...value];
    const out = items.slice(0, env.maxItems).map((item) => walk(item, depth + 1, env));
    if (items.length > env.maxItems) out.push(truncated(items.length - env.maxItems));
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return object(value, depth, env);
  return OTHER;
}

function walk(value: unknown, depth: number, env: StructureEnv): JsonValue {
  if (!env.take()) return dropped('budget');
  if (depth > env.maxDepth) return dropped('depth');
  switch (typeof value) {
    case 'string':
      return value === DYNAMIC ? DYNAMIC : STRING;
    case 'number':
    case 'bigint':
      return NUMBER;
    case 'boolean':
      return value;
    case 'undefined':
      return null;
    case 'symbol':
      return formatPlaceholder('symbol');
    case 'function':
      return FUNCTION;
  }
  if (value === null || typeof value !== 'object') return null;
  if (env.ancestors.has(value)) return CIRCULAR;
  env.ancestors.add(value);
  try {
    return composite(value, depth, env);
  } catch {
    return dropped('error');
  } finally {
    env.ancestors.delete(value);
  }
}

/** A structure-only summary of any value (see the module comment); factory calls through the `public` policy. */
export function summarizeStructure(value: unknown, options: SummarizeOptions = {}): JsonValue {
  const base = createSummarizeEnv(options);
  const env: StructureEnv = { ...base, names: base.policy({ policy: 'public' }) };
  return walk(value, 0, env);
}
