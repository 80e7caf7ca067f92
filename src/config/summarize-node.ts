/**
 * Summarizes one value by one schema node. Fail closed: a getter that throws, a value past the depth or
 * node budget, or a value met again inside itself becomes a placeholder; the raw value never passes.
 */
import type { JsonValue } from '../types.js';
import { CIRCULAR, DYNAMIC, dropped, OTHER } from './config-placeholders.js';
import { isRecordLike } from './declared-name.js';
import { isFactoryCall, isImportRef } from './markers.js';
import type { ConfigSchemaNode } from './schema-types.js';
import type { SummarizeEnv } from './summarize-env.js';
import { summarizeArray, summarizeCall, summarizeKeys, summarizeObject } from './summarize-containers.js';
import {
  summarizeBoolean,
  summarizeCount,
  summarizeDefined,
  summarizeEnum,
  summarizeNumber,
  summarizePackage,
  summarizeVersion,
  typeName,
} from './summarize-leaves.js';

/** Whether a union option takes the value: the kind of value each node is written for. */
export function accepts(node: ConfigSchemaNode, value: unknown): boolean {
  const plain = isRecordLike(value) && !isFactoryCall(value) && !isImportRef(value);
  switch (node.kind) {
    case 'enum':
      return value === null || ['string', 'number', 'boolean'].includes(typeof value) || (node.property !== undefined && plain);
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number';
    case 'version':
      return typeof value === 'string';
    case 'count':
      return Array.isArray(value) || plain || value instanceof Map || value instanceof Set;
    case 'package':
      return typeof value === 'string' || typeof value === 'function' || (typeof value === 'object' && value !== null);
    case 'keys':
      return plain || value instanceof Map;
    case 'object':
      return plain;
    case 'array':
      return Array.isArray(value);
    case 'call':
      return isFactoryCall(value);
    case 'union':
      return node.of.some((n) => accepts(n, value));
    case 'defined':
    case 'type':
      return true;
  }
}

function dispatch(value: unknown, node: ConfigSchemaNode, depth: number, env: SummarizeEnv): JsonValue {
  const walk = (v: unknown, n: ConfigSchemaNode, d: number): JsonValue => summarizeNode(v, n, d, env);
  switch (node.kind) {
    case 'enum':
      return summarizeEnum(value, node);
    case 'boolean':
      return summarizeBoolean(value);
    case 'number':
      return summarizeNumber(value, node);
    case 'defined':
      return summarizeDefined(value);
    case 'count':
      return summarizeCount(value);
    case 'type':
      return typeName(value);
    case 'version':
      return summarizeVersion(value);
    case 'package':
      return summarizePackage(value, env.policy(node));
    case 'keys':
      return summarizeKeys(value, node, depth, env, walk);
    case 'array':
      return summarizeArray(value, node, depth, env, walk);
    case 'object':
      return summarizeObject(value, node, depth, env, walk);
    case 'call':
      return summarizeCall(value, node, depth, env, walk);
    case 'union': {
      const option = node.of.find((n) => accepts(n, value));
      return option ? dispatch(value, option, depth, env) : OTHER;
    }
  }
}

export function summarizeNode(value: unknown, node: ConfigSchemaNode, depth: number, env: SummarizeEnv): JsonValue {
  if (!env.take()) return dropped('budget');
  if (depth > env.maxDepth) return dropped('depth');
  if (value === DYNAMIC) return DYNAMIC;
  const isObject = typeof value === 'object' && value !== null;
  if (isObject && env.ancestors.has(value)) return CIRCULAR;
  if (isObject) env.ancestors.add(value);
  try {
    return dispatch(value, node, depth, env);
  } catch {
    return dropped('error');
  } finally {
    if (isObject) env.ancestors.delete(value);
  }
}
