/** The state of one summarizeConfig call: limits, node budget, enclosing objects, compiled name policies. */
import type { JsonValue } from '../types.js';
import { ScrubjayError } from '../scrubjay-error.js';
import { compileNamePolicy, createPolicyBase } from './package-policy.js';
import type { NamePolicy, PolicyBase } from './package-policy.js';
import type { PackageNode } from './schema-types.js';
import type { SummarizeOptions } from './summary-types.js';

export const DEFAULT_SUMMARY_LIMITS = Object.freeze({ maxDepth: 32, maxItems: 200, maxNodes: 20_000 });

export interface SummarizeEnv {
  readonly maxDepth: number;
  readonly maxItems: number;
  /** Counts one visited value; false once the node budget is spent. */
  take(): boolean;
  /** Objects being summarized (a value met again inside itself is `<circular>`). */
  readonly ancestors: Set<object>;
  policy(node: Pick<PackageNode, 'policy' | 'allow'>): NamePolicy;
}

export type Walk<N> = (value: unknown, node: N, depth: number) => JsonValue;

function limit(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new ScrubjayError('INVALID_OPTIONS', `options.${name} must be a positive integer`);
  return value;
}

export function createSummarizeEnv(options: SummarizeOptions = {}): SummarizeEnv {
  const base: PolicyBase = createPolicyBase(options);
  const maxNodes = limit(options.maxNodes, DEFAULT_SUMMARY_LIMITS.maxNodes, 'maxNodes');
  const policies = new WeakMap<object, NamePolicy>();
  const defaultPolicy = compileNamePolicy({}, base);
  let nodes = 0;
  return {
    maxDepth: limit(options.maxDepth, DEFAULT_SUMMARY_LIMITS.maxDepth, 'maxDepth'),
    maxItems: limit(options.maxItems, DEFAULT_SUMMARY_LIMITS.maxItems, 'maxItems'),
    take: () => ++nodes <= maxNodes,
    ancestors: new Set(),
    policy(node) {
      if (node.policy === undefined && node.allow === undefined) return defaultPolicy;
      let p = policies.get(node);
      if (!p) {
        p = compileNamePolicy(node, base);
        policies.set(node, p);
      }
      return p;
    },
  };
}
