/**
 * The event before scrubbing: ids, tool, command, machine facts, the config summary (only with a
 * schema), the error as given (the scrubber renders and scrubs it) and the host's other properties.
 */
import type { ConfigSchema } from '../config/schema-types.js';
import type { SummarizeOptions } from '../config/summary-types.js';
import { summarizeConfig } from '../config/summarize-config.js';
import type { JsonValue } from '../types.js';
import type { MachineFacts } from './machine-facts.js';
import type { RecordInput } from './types.js';

export interface EventParts {
  eventName: string;
  input: RecordInput;
  time: number;
  anonymousId: string;
  runId: string;
  projectId: string;
  tool: { name: string; version: string };
  machine: MachineFacts;
  configSchema?: ConfigSchema;
  summarize?: SummarizeOptions;
}

function summarize(config: unknown, schema: ConfigSchema, options: SummarizeOptions | undefined): JsonValue {
  try {
    return summarizeConfig(config, schema, options);
  } catch {
    return '<dropped:error>';
  }
}

/** A plain object for the scrubber; key order is the order of the sent JSON. */
export function buildEvent(parts: EventParts): Record<string, unknown> {
  const { command, config, error, ...props } = parts.input;
  const event: Record<string, unknown> = {
    event: parts.eventName,
    time: new Date(parts.time).toISOString(),
    anonymousId: parts.anonymousId,
    runId: parts.runId,
    projectId: parts.projectId,
    tool: parts.tool,
  };
  if (command !== undefined) event.command = command;
  event.machine = parts.machine;
  if (config !== undefined && parts.configSchema !== undefined) event.config = summarize(config, parts.configSchema, parts.summarize);
  if (error !== undefined) event.error = error;
  if (Object.keys(props).length > 0) event.props = props;
  return event;
}
