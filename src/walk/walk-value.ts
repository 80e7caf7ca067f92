/**
 * Walks any JavaScript value and returns a JSON-safe copy with every string (keys too) scrubbed.
 * The input is never mutated. Renderings of non-JSON values are documented in the README.
 */
import type { JsonValue } from '../types.js';
import { formatPlaceholder } from '../placeholder.js';
import type { CallState } from './call-state.js';
import { renderObjectLike } from './render-objects.js';

export interface WalkEnv {
  maxDepth: number;
  /** Scrubs one string at the current path (limits, fail-closed and findings included). */
  scrubString(text: string, state: CallState, target: 'key' | 'value'): string;
  /** Scrubs one object key at the current path, and judges the scrubbed key (one lookup for both). */
  scrubKey(key: string, state: CallState): ScrubbedKey;
  /** Rule id of the key classifier that marks this key's value sensitive, if any. */
  sensitiveKey(key: string): string | undefined;
  /** Whether the whole string is a placeholder this scrubber writes. */
  isPlaceholder(text: string): boolean;
  /** Renders an Error or error-shaped object. */
  renderError(error: object, state: CallState, depth: number, walk: Walk, redactAll: string | undefined): JsonValue;
}

/** An object key as scrubbed, and the rule id that marks its value sensitive (judged on the scrubbed key). */
export interface ScrubbedKey {
  readonly text: string;
  readonly sensitive: string | undefined;
}

export type Walk = (value: unknown, state: CallState, depth: number, redactAll: string | undefined) => JsonValue | undefined;

const DIGITS_WORTH_SCANNING = 1_000_000;

export function createWalk(env: WalkEnv): Walk {
  function redactScalar(text: string, state: CallState, ruleId: string): string {
    if (text === '' || env.isPlaceholder(text)) return text;
    state.add([{ ruleId, type: 'redacted', pointer: state.pointer(), target: 'value', start: 0, end: text.length }]);
    return formatPlaceholder('redacted');
  }

  const walk: Walk = (value, state, depth, redactAll) => {
    if (!state.budget.take()) {
      state.budgetRanOut();
      return formatPlaceholder('dropped', 'budget');
    }
    switch (typeof value) {
      case 'string':
        return redactAll ? redactScalar(value, state, redactAll) : env.scrubString(value, state, 'value');
      case 'number': {
        if (redactAll) return redactScalar(String(value), state, redactAll);
        if (!Number.isFinite(value)) return String(value);
        if (Math.abs(value) < DIGITS_WORTH_SCANNING) return Object.is(value, -0) ? 0 : value;
        const text = String(value);
        const scrubbed = env.scrubString(text, state, 'value');
        return scrubbed === text ? value : scrubbed;
      }
      case 'bigint': {
        const text = String(value);
        return redactAll ? redactScalar(text, state, redactAll) : env.scrubString(text, state, 'value');
      }
      case 'boolean':
        return value;
      case 'undefined':
        return undefined;
      case 'symbol':
        return formatPlaceholder('symbol');
      case 'function':
        return formatPlaceholder('function');
      default:
        if (value === null) return null;
        return renderObjectLike(value as object, state, depth, redactAll, env, walk);
    }
  };
  return walk;
}
