/** Summaries of containers: records (`keys`), arrays, objects and factory calls. */
import type { JsonValue } from '../types.js';
import { parsePlaceholder } from '../placeholder.js';
import { FUNCTION, KEY, numbered, OTHER, PACKAGE, truncated, UNKNOWN_KEYS } from './config-placeholders.js';
import { isRecordLike, ownValue } from './declared-name.js';
import { isFactoryCall, isImportRef } from './markers.js';
import type { ArrayNode, CallNode, ConfigSchemaNode, KeysNode, ObjectNode } from './schema-types.js';
import type { SummarizeEnv, Walk } from './summarize-env.js';
import { summarizeEnum } from './summarize-leaves.js';
import { namesRegistryPackage } from './specifiers.js';

type JsonObject = { [key: string]: JsonValue };
const DEFINED: ConfigSchemaNode = { kind: 'defined' };

/** Sets a key without touching a prototype: `__proto__` stays a plain key. */
export function defineKey(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function entriesOf(value: object): Array<[string, unknown]> {
  if (value instanceof Map) return [...value].map(([k, v]) => [typeof k === 'string' ? k : KEY, v]);
  return Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
}

function isPlain(value: unknown): value is object {
  return isRecordLike(value) && !isFactoryCall(value) && !isImportRef(value);
}

function keyName(key: string, value: unknown, node: KeysNode, env: SummarizeEnv): string {
  const k = node.key;
  if (k === undefined) return KEY;
  if (k.kind === 'enum') {
    const s = summarizeEnum(key, k);
    return typeof s === 'string' && s === key ? key : KEY;
  }
  const name = env.policy(k).summarize(key);
  // A dependency from git, a path, a URL or a workspace, an alias or a team's own tag: its key is not the
  // name of a public registry package.
  if (node.values?.kind === 'version' && (typeof value !== 'string' || !namesRegistryPackage(value))) return PACKAGE;
  return name;
}

export function summarizeKeys(value: unknown, node: KeysNode, depth: number, env: SummarizeEnv, walk: Walk<ConfigSchemaNode>): JsonValue {
  if (!isPlain(value) && !(value instanceof Map)) return typeof value === 'function' ? FUNCTION : OTHER;
  const out: JsonObject = {};
  const entries = entriesOf(value);
  let n = 0;
  for (const [key, child] of entries.slice(0, env.maxItems)) {
    const summary = walk(child, node.values ?? DEFINED, depth + 1);
    let name = keyName(key, child, node, env);
    if (parsePlaceholder(name) !== undefined) name = numbered(name, ++n);
    else if (Object.prototype.hasOwnProperty.call(out, name)) name = numbered(KEY, ++n);
    defineKey(out, name, summary);
  }
  const rest = entries.length - env.maxItems;
  if (rest > 0) defineKey(out, truncated(rest), rest);
  return out;
}

function flatten(items: readonly unknown[], depth: number): unknown[] {
  const out: unknown[] = [];
  const add = (list: readonly unknown[], level: number): void => {
    for (const item of list) {
      if (Array.isArray(item) && level < depth) add(item, level + 1);
      else out.push(item);
    }
  };
  add(items, 0);
  return out;
}

export function summarizeArray(value: unknown, node: ArrayNode, depth: number, env: SummarizeEnv, walk: Walk<ConfigSchemaNode>): JsonValue {
  if (!Array.isArray(value)) return typeof value === 'function' ? FUNCTION : OTHER;
  const items = node.flatten ? flatten(value, env.maxDepth - depth) : value;
  const out: JsonValue[] = items.slice(0, env.maxItems).map((item) => walk(item, node.items, depth + 1));
  if (items.length > env.maxItems) out.push(truncated(items.length - env.maxItems));
  return out;
}

export function summarizeObject(value: unknown, node: ObjectNode, depth: number, env: SummarizeEnv, walk: Walk<ConfigSchemaNode>): JsonValue {
  if (!isPlain(value)) return typeof value === 'function' ? FUNCTION : OTHER;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(node.properties)) {
    const v = ownValue(value, key);
    if (v !== undefined) defineKey(out, key, walk(v, child, depth + 1));
  }
  let unknown = 0;
  for (const key of Object.keys(value)) if (!Object.prototype.hasOwnProperty.call(node.properties, key)) unknown++;
  if (unknown > 0) defineKey(out, UNKNOWN_KEYS, unknown);
  return out;
}

export function summarizeCall(value: unknown, node: CallNode, depth: number, env: SummarizeEnv, walk: Walk<ConfigSchemaNode>): JsonValue {
  if (!isFactoryCall(value)) return OTHER;
  const call = env.policy(node.package ?? {}).summarize(value.call);
  const out: JsonObject = { call };
  const kept = parsePlaceholder(call) === undefined;
  if (kept && node.exports?.includes(value.export)) out.export = value.export;
  if (node.args) {
    out.args = node.args.map((argNode, i) => (i < value.args.length ? walk(value.args[i], argNode, depth + 1) : null));
  }
  return out;
}
