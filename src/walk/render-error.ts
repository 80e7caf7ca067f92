/** The generic rendering of an Error or error-shaped object: its fields, each scrubbed like any value. */
import type { JsonValue } from '../types.js';
import type { CallState } from './call-state.js';
import { ownEntries, renderEntries, valueAt } from './render-objects.js';
import type { Walk, WalkEnv } from './walk-value.js';

const ERROR_FIELDS = ['name', 'message', 'code', 'stack', 'cause', 'errors'] as const;

export function renderErrorFields(error: object, state: CallState, depth: number, walk: Walk, env: WalkEnv, redactAll?: string): JsonValue {
  const keys: string[] = [];
  const values: unknown[] = [];
  const record = error as Record<string, unknown>;
  for (const field of ERROR_FIELDS) {
    let value: unknown;
    try {
      value = record[field];
    } catch {
      continue;
    }
    if (value === undefined) continue;
    keys.push(field);
    values.push(value);
  }
  const own = ownEntries(error);
  own.keys.forEach((key, i) => {
    if ((ERROR_FIELDS as readonly string[]).includes(key)) return;
    keys.push(key);
    values.push(valueAt(own, i));
  });
  return renderEntries({ keys, values }, state, depth, redactAll, env, walk);
}
