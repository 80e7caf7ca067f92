/**
 * summarizeConfig: a config object → a JSON summary that keeps what its schema allows and nothing else.
 * Without a schema, the summary is structure only (summarize-structure.ts).
 */
import type { ConfigSchema } from './schema-types.js';
import { createSummarizeEnv } from './summarize-env.js';
import { summarizeNode } from './summarize-node.js';
import { summarizeStructure } from './summarize-structure.js';
import type { ConfigSummary, SummarizeOptions } from './summary-types.js';
import { validateConfigSchema } from './validate-schema.js';

const validated = new WeakSet<object>();

/** Validates the schema once, then summarizes configs cheaply. */
export function createConfigSummarizer(schema: ConfigSchema, options: SummarizeOptions = {}): (config: unknown) => ConfigSummary {
  if (!validated.has(schema)) {
    validateConfigSchema(schema);
    validated.add(schema);
  }
  createSummarizeEnv(options); // checks the options now, not on the first config
  return (config) => summarizeNode(config, schema.root, 0, createSummarizeEnv(options));
}

/**
 * Summarizes `config` by `schema`: enum values that are listed, booleans, numbers (or their buckets),
 * whether keys are set, counts, allowed package names, version majors; record keys as placeholders and
 * unknown keys counted under `<unknown-keys>`. Without a schema: structure only.
 */
export function summarizeConfig(config: unknown, schema?: ConfigSchema, options: SummarizeOptions = {}): ConfigSummary {
  if (schema === undefined) return summarizeStructure(config, options);
  return createConfigSummarizer(schema, options)(config);
}
