/**
 * The config-schema model: plain JSON data that says, per key of a config object, what may leave.
 * Anything a schema does not name is counted, never sent. Format: rules/config-schemas/config-schema.schema.json.
 */

export type EnumLiteral = string | number | boolean | null;

/** The value itself when it is one of `values` (compared with ===), else `<other>`. */
export interface EnumNode {
  kind: 'enum';
  values: EnumLiteral[];
  /** For objects: read this property instead (Astro's `syntaxHighlight: { type: 'shiki' }`). */
  property?: string;
}

/** `true` / `false`; anything else `<other>`. */
export interface BooleanNode {
  kind: 'boolean';
}

/**
 * A finite number, or with `buckets` (ascending boundaries b0 < b1 < …) the label of its bucket:
 * `<b0` below the first boundary, `bi-bj` for bi ≤ value < bj, `bn+` from the last one on.
 */
export interface NumberNode {
  kind: 'number';
  buckets?: number[];
}

/** Whether the value is set: `true`, or `false` for null. Like every node, nothing when the key is missing. */
export interface DefinedNode {
  kind: 'defined';
}

/** Array length, or the number of keys of an object, Map or Set. */
export interface CountNode {
  kind: 'count';
}

/** The value's type name: string, number, boolean, null, array, object, function. */
export interface TypeNode {
  kind: 'type';
}

/**
 * A package or declared name (`@astrojs/mdx`; a plugin object's `name`; a function's or class's name)
 * through the package policy: kept when allowed, else a typed placeholder.
 */
export interface PackageNode {
  kind: 'package';
  /**
   * `allowlist` (default): keep only names matched by `allow` (or the caller's `allowPackages`).
   * `public`: also keep valid npm names that are unscoped or in a public scope (see SummarizeOptions).
   */
  policy?: 'allowlist' | 'public';
  /** Exact names, or patterns ending in `*` (`@astrojs/*`, `vite:react-*`). */
  allow?: string[];
}

/** A version specifier (`^4.2.0` → `4`); anything not from a registry → `<non-registry:…>`. */
export interface VersionNode {
  kind: 'version';
}

/** A record: keys become placeholders (or names through `key`), values are summarized by `values`. */
export interface KeysNode {
  kind: 'keys';
  /** How keys are shown (default: every key `<key#n>`). */
  key?: PackageNode | EnumNode;
  /** How values are summarized (default: `defined`). */
  values?: ConfigSchemaNode;
}

/** An array, item by item. `flatten` flattens nested arrays first (Vite plugins, Astro integrations). */
export interface ArrayNode {
  kind: 'array';
  items: ConfigSchemaNode;
  flatten?: boolean;
}

/** A nested object: named properties are summarized, other keys counted under `<unknown-keys>`. */
export interface ObjectNode {
  kind: 'object';
  properties: Record<string, ConfigSchemaNode>;
}

/** The first option whose kind accepts the value (see `accepts` in summarize-node.ts), else `<other>`. */
export interface UnionNode {
  kind: 'union';
  of: ConfigSchemaNode[];
}

/**
 * A call of an imported factory found by static extraction (`envField.string({ … })`): the package
 * through `package`, the export path kept when listed in `exports`, the arguments by `args`.
 */
export interface CallNode {
  kind: 'call';
  package?: PackageNode;
  exports?: string[];
  args?: ConfigSchemaNode[];
}

export type ConfigSchemaNode =
  | EnumNode
  | BooleanNode
  | NumberNode
  | DefinedNode
  | CountNode
  | TypeNode
  | PackageNode
  | VersionNode
  | KeysNode
  | ArrayNode
  | ObjectNode
  | UnionNode
  | CallNode;

export type ConfigSchemaKind = ConfigSchemaNode['kind'];

export interface ConfigSchema {
  $schema?: string;
  /** kebab-case id: `astro`, `vite`, `package-json`. */
  name: string;
  description?: string;
  /** File names this schema is for (`astro.config.mjs`); the CLI picks a bundled schema by them. */
  files?: string[];
  root: ConfigSchemaNode;
}

/** Declares a schema in TypeScript with full checking; returns it unchanged (it stays plain data). */
export function defineConfigSchema<const S extends ConfigSchema>(schema: S): S {
  return schema;
}
