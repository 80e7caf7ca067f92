/** The generic rendering of an Error or error-shaped object: its fields, each scrubbed like any value. */
import type { JsonValue } from '../types.js';
import type { CallState } from './call-state.js';
import { ownEntries, renderEntries } from './render-objects.js';
import type { Walk, WalkEnv } from './walk-value.js';

const ERROR_FIELDS = ['name', 'message', 'code', 'stack', 'cause', 'errors'] as const;

export function renderErrorFields(error: object, state: CallState, depth: number, walk: Walk, env: WalkEnv, redactAll?: string): JsonValue {
  const entries: [string, unknown][] = [];
  const record = error as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    let value: unknown;
    try {
      value = record[field];
    } catch {
      continue;
    }
    if (value !== undefined) entries.push([field, value]);
  }
  for (const [key, value] of ownEntries(error)) {
    if (!(ERROR_FIELDS as readonly string[]).includes(key)) entries.push([key, value]);
  }
  return renderEntries(entries, state, depth, redactAll, env, walk);
}
