/**
 * Config validation errors (zod issues and the like) fit to send: each issue's code, and its path with
 * every key the schema does not name (user-defined record keys, unknown keys) as a placeholder.
 * Messages are left out (they quote received values) unless the caller passes `scrubMessage`.
 */
import { KEY } from './config-placeholders.js';
import type { ConfigSchema, ConfigSchemaNode } from './schema-types.js';
import { createSummarizeEnv } from './summarize-env.js';
import type { SummarizeEnv } from './summarize-env.js';
import { summarizeEnum } from './summarize-leaves.js';
import type { ConfigIssue, ScrubbedConfigIssue, SummarizeOptions } from './summary-types.js';
import { validateConfigSchema } from './validate-schema.js';

export interface ScrubIssuesOptions extends SummarizeOptions {
  /** Turns a message into one safe to send (such as a scrubber's `scrubText`); without it, messages are dropped. */
  scrubMessage?: (message: string) => string;
}

const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The option of a union that a path segment leads into. */
function pick(node: ConfigSchemaNode | undefined, segment: string | number): ConfigSchemaNode | undefined {
  if (node?.kind !== 'union') return node;
  const fits = (n: ConfigSchemaNode): boolean =>
    typeof segment === 'number' ? n.kind === 'array' : n.kind === 'keys' || (n.kind === 'object' && Object.prototype.hasOwnProperty.call(n.properties, segment));
  return node.of.find(fits) ?? node.of.find((n) => n.kind === 'object' || n.kind === 'keys');
}

function keyName(segment: string, node: ConfigSchemaNode & { kind: 'keys' }, env: SummarizeEnv): string {
  if (node.key?.kind === 'enum') return summarizeEnum(segment, node.key) === segment ? segment : KEY;
  if (node.key?.kind === 'package') return env.policy(node.key).summarize(segment);
  return KEY;
}

/** A path through the schema: named properties and array indices stay, every other key becomes a placeholder. */
export function scrubConfigPath(path: ReadonlyArray<PropertyKey>, root: ConfigSchemaNode | undefined, env: SummarizeEnv): Array<string | number> {
  const out: Array<string | number> = [];
  let node = root;
  for (const segment of path.slice(0, 64)) {
    if (typeof segment === 'number') {
      node = pick(node, segment);
      out.push(Number.isInteger(segment) && segment >= 0 ? segment : KEY);
      node = node?.kind === 'array' ? node.items : undefined;
      continue;
    }
    if (typeof segment !== 'string') {
      out.push(KEY);
      node = undefined;
      continue;
    }
    node = pick(node, segment);
    if (node?.kind === 'object' && Object.prototype.hasOwnProperty.call(node.properties, segment)) {
      out.push(segment);
      node = node.properties[segment];
    } else if (node?.kind === 'keys') {
      out.push(keyName(segment, node, env));
      node = node.values;
    } else {
      out.push(KEY);
      node = undefined;
    }
  }
  return out;
}

export function scrubConfigIssues(issues: readonly ConfigIssue[], schema?: ConfigSchema, options: ScrubIssuesOptions = {}): ScrubbedConfigIssue[] {
  if (schema !== undefined) validateConfigSchema(schema);
  const env = createSummarizeEnv(options);
  return issues.map((issue) => {
    const code = typeof issue.code === 'string' && CODE.test(issue.code) ? issue.code : 'unknown';
    const path = Array.isArray(issue.path) ? scrubConfigPath(issue.path, schema?.root, env) : [];
    const out: ScrubbedConfigIssue = { code, path };
    if (options.scrubMessage && typeof issue.message === 'string') out.message = options.scrubMessage(issue.message);
    return out;
  });
}
