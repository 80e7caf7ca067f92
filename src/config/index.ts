/** The public API of config summaries (re-exports only). */
export { defineConfigSchema } from './schema-types.js';
export type {
  ArrayNode,
  BooleanNode,
  CallNode,
  ConfigSchema,
  ConfigSchemaKind,
  ConfigSchemaNode,
  CountNode,
  DefinedNode,
  EnumLiteral,
  EnumNode,
  KeysNode,
  NumberNode,
  ObjectNode,
  PackageNode,
  TypeNode,
  UnionNode,
  VersionNode,
} from './schema-types.js';
export type { ConfigIssue, ConfigSummary, ScrubbedConfigIssue, SummarizeOptions } from './summary-types.js';
export { createConfigSummarizer, summarizeConfig } from './summarize-config.js';
export { summarizeStructure } from './summarize-structure.js';
export { findSchemaProblems, validateConfigSchema } from './validate-schema.js';
export { scrubConfigIssues } from './scrub-config-issues.js';
export type { ScrubIssuesOptions } from './scrub-config-issues.js';
export { bundledConfigSchemas, findBundledSchema } from './bundled-schemas.js';
export { CONFIG_PLACEHOLDER_TYPES } from './config-placeholders.js';
export { DEFAULT_PUBLIC_SCOPES } from './package-policy.js';
export { reduceVersion } from './specifiers.js';
export { isFactoryCall, isImportRef } from './markers.js';
export type { FactoryCall, ImportRef } from './markers.js';
export { extractConfig, extractFromParsed } from './extract/extract-config.js';
export type { ExtractedConfig, ExtractOptions } from './extract/extract-config.js';
export { parseConfigSource } from './extract/parse-config-source.js';
export type { ConfigSourceOptions, ConfigSourceType, ConfigSyntaxError, ParsedConfigSource } from './extract/parse-config-source.js';
