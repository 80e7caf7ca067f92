/**
 * Checks a config schema (the same constraints as rules/config-schemas/config-schema.schema.json) and
 * reports every problem at once, each with its JSON Pointer inside the schema.
 */
import { joinPointer } from '../pointer.js';
import type { RuleProblem } from '../scrubjay-error.js';
import { ScrubjayError } from '../scrubjay-error.js';
import type { ConfigSchema } from './schema-types.js';

type Add = (path: (string | number)[], problem: string) => void;

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEYS: Readonly<Record<string, readonly string[]>> = {
  enum: ['values', 'property'],
  boolean: [],
  number: ['buckets'],
  defined: [],
  count: [],
  type: [],
  package: ['policy', 'allow'],
  version: [],
  keys: ['key', 'values'],
  array: ['items', 'flatten'],
  object: ['properties'],
  union: ['of'],
  call: ['package', 'exports', 'args'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkFields(node: Record<string, unknown>, path: (string | number)[], add: Add, walk: (n: unknown, p: (string | number)[]) => void): void {
  switch (node.kind) {
    case 'enum':
      if (!Array.isArray(node.values) || !node.values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
        add(path, '"values" must be a list of strings, numbers, booleans or null');
      }
      if (node.property !== undefined && typeof node.property !== 'string') add(path, '"property" must be a string');
      return;
    case 'number': {
      const b = node.buckets;
      if (b !== undefined && (!Array.isArray(b) || b.length === 0 || !b.every((x, i) => typeof x === 'number' && Number.isFinite(x) && (i === 0 || x > (b[i - 1] as number))))) {
        add(path, '"buckets" must be a non-empty list of ascending numbers');
      }
      return;
    }
    case 'package':
      if (node.policy !== undefined && node.policy !== 'allowlist' && node.policy !== 'public') add(path, '"policy" must be "allowlist" or "public"');
      if (node.allow !== undefined && !isStringList(node.allow)) add(path, '"allow" must be a list of strings');
      return;
    case 'keys':
      if (node.key !== undefined) {
        if (!isObject(node.key) || (node.key.kind !== 'package' && node.key.kind !== 'enum')) add([...path, 'key'], '"key" must be a package or enum node');
        else walk(node.key, [...path, 'key']);
      }
      if (node.values !== undefined) walk(node.values, [...path, 'values']);
      return;
    case 'array':
      walk(node.items, [...path, 'items']);
      if (node.flatten !== undefined && typeof node.flatten !== 'boolean') add(path, '"flatten" must be a boolean');
      return;
    case 'object':
      if (!isObject(node.properties)) add(path, '"properties" must be an object');
      else for (const [k, v] of Object.entries(node.properties)) walk(v, [...path, 'properties', k]);
      return;
    case 'union':
      if (!Array.isArray(node.of) || node.of.length === 0) add(path, '"of" must be a non-empty list of nodes');
      else node.of.forEach((n, i) => walk(n, [...path, 'of', i]));
      return;
    case 'call':
      if (node.package !== undefined) {
        if (!isObject(node.package) || node.package.kind !== 'package') add([...path, 'package'], '"package" must be a package node');
        else walk(node.package, [...path, 'package']);
      }
      if (node.exports !== undefined && !isStringList(node.exports)) add(path, '"exports" must be a list of strings');
      if (node.args !== undefined) {
        if (!Array.isArray(node.args)) add(path, '"args" must be a list of nodes');
        else node.args.forEach((n, i) => walk(n, [...path, 'args', i]));
      }
      return;
  }
}

/** Every problem of a schema (empty when it is valid). */
export function findSchemaProblems(schema: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const name = isObject(schema) && typeof schema.name === 'string' ? schema.name : '<schema>';
  const add: Add = (path, problem) => problems.push({ rule: `${name}#${joinPointer(path)}`, problem });
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (path.length > 64) return add(path, 'nested too deeply');
    if (!isObject(node) || typeof node.kind !== 'string' || !(node.kind in KEYS)) {
      return add(path, `a node needs "kind", one of: ${Object.keys(KEYS).join(', ')}`);
    }
    const allowed = KEYS[node.kind] as readonly string[];
    for (const key of Object.keys(node)) if (key !== 'kind' && !allowed.includes(key)) add(path, `unknown field "${key}" for kind "${node.kind}"`);
    checkFields(node, path, add, walk);
  };
  if (!isObject(schema)) return [{ rule: name, problem: 'a schema is an object { name, root }' }];
  if (typeof schema.name !== 'string' || !NAME.test(schema.name)) add(['name'], '"name" must be kebab-case');
  if (schema.files !== undefined && !isStringList(schema.files)) add(['files'], '"files" must be a list of file names');
  for (const key of Object.keys(schema)) if (!['$schema', 'name', 'description', 'files', 'root'].includes(key)) add([key], 'unknown field');
  walk(schema.root, ['root']);
  return problems;
}

/** Returns the schema when it is valid; throws ScrubjayError INVALID_OPTIONS with every problem otherwise. */
export function validateConfigSchema(schema: unknown): ConfigSchema {
  const problems = findSchemaProblems(schema);
  if (problems.length > 0) throw new ScrubjayError('INVALID_OPTIONS', 'invalid config schema:', problems);
  return schema as ConfigSchema;
}
