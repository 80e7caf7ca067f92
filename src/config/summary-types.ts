/** Options and results of config summaries. */
import type { JsonValue } from '../types.js';

export interface SummarizeOptions {
  /** Names kept by every `package` node, in addition to the schema's `allow` (exact or ending in `*`). */
  allowPackages?: readonly string[];
  /** Scopes (without `@`) whose packages the `public` policy keeps, in addition to the built-in list. */
  publicScopes?: readonly string[];
  /** Scopes never kept, not even when allowed: your organisation's (`acme` for `@acme/*`). */
  privateScopes?: readonly string[];
  /**
   * For the `public` policy: a check the caller can make and the summarizer cannot, such as "installed
   * from the public registry" or "listed in a known-packages table". A name it rejects is not kept.
   */
  isPublicPackage?: (name: string) => boolean;
  /** Deepest nesting summarized (default 32); deeper values become `<dropped:depth>`. */
  maxDepth?: number;
  /** Most items of one array or record (default 200); the rest are counted in `<truncated:N>`. */
  maxItems?: number;
  /** Most values visited in one call (default 20 000); values past it become `<dropped:budget>`. */
  maxNodes?: number;
}

/** A summary: plain JSON, safe to send. */
export type ConfigSummary = JsonValue;

/** A validation problem as zod and similar libraries report it. */
export interface ConfigIssue {
  path: ReadonlyArray<PropertyKey>;
  message?: string;
  code?: string;
  [more: string]: unknown;
}

/** A validation problem fit to send: the code, and the path with user-defined keys as placeholders. */
export interface ScrubbedConfigIssue {
  code: string;
  path: Array<string | number>;
  /** Only when `scrubMessage` was given: the message as that function returned it. */
  message?: string;
}
