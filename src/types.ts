/** Shared types of scrubjay: the public contract and the internal shapes between pipeline stages. */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Machine facts whose values are sensitive wherever they appear. */
export interface ScrubContext {
  env?: Record<string, string | undefined>;
  cwd?: string;
  home?: string;
  user?: string;
  hostname?: string;
  tmpdir?: string;
}

export interface ScrubLimits {
  /** Deepest nesting kept; deeper values become `<dropped:depth>`. */
  maxDepth: number;
  /** Longest string scanned; longer strings become `<dropped:too-long>`. */
  maxStringLength: number;
  /** Most values visited in one call; the rest become `<dropped:budget>`. */
  maxNodes: number;
  /** Milliseconds one call may take; values not reached in time become `<dropped:budget>`. */
  timeBudgetMs: number;
}

/** A pattern rule, as written in `rules/*.json`. */
export interface PatternRuleInput {
  id: string;
  kind?: 'pattern';
  /** Placeholder type: `secret`, `email`, `ip` … */
  type: string;
  /** Placeholder detail: `<secret:stripe-key>` has type `secret`, detail `stripe-key`. */
  detail?: string;
  description?: string;
  /** JavaScript regular expression source. */
  pattern: string;
  /** Regex flags; `g` is always added, `y` is refused. */
  flags?: string;
  /** Capture group to redact (default 0, the whole match). */
  group?: number;
  /** Lower-case literals (a single character is fine: `@`, a digit) of which one must occur in the text for the rule to run. */
  keywords?: string[];
  /** The rule runs only when the text holds a run of at least this many digits (a cheap prefilter for number formats). */
  minDigits?: number;
  /** Name of a validator in `src/validators/` that must accept the redacted text. */
  validator?: string;
  /** Regexes (sources, compiled with the rule's flags); a redacted text that fully matches one of them is kept. */
  allow?: string[];
  /** Where the format comes from (documentation address or explanation). */
  source: string;
  /** Higher wins when findings overlap with the same extent (default 50). */
  priority?: number;
}

/** A structural detector: code in `src/detectors/`, referenced by name. */
export interface DetectorRuleInput {
  id: string;
  kind: 'detector';
  detector: string;
  type: string;
  detail?: string;
  description?: string;
  source: string;
  priority?: number;
  options?: Record<string, unknown>;
}

export type RuleInput = PatternRuleInput | DetectorRuleInput;

export interface RulePackInput {
  $schema?: string;
  name: string;
  description?: string;
  rules: RuleInput[];
}

export interface ScrubOptions {
  /** Machine facts; the `scrubjay` Node entry fills them from this machine by default. */
  context?: ScrubContext;
  /** Packs or rule ids (default `['recommended']`). */
  rules?: readonly string[];
  /** More rules (or packs of rules) in the `rules/` JSON format; always enabled. */
  extraRules?: ReadonlyArray<RuleInput | RulePackInput>;
  /** Values never redacted: exact strings, or regexes that must match the whole value. */
  allow?: ReadonlyArray<string | RegExp>;
  /** URL host names kept in addition to the built-in public-service list. */
  allowHosts?: readonly string[];
  limits?: Partial<ScrubLimits>;
  /** Number placeholders within one call (`<email#1>`): the same value gets the same number. */
  numbering?: boolean;
  /** Keep identifiers quoted by messages and function names of user frames (default false). */
  keepIdentifiers?: boolean;
  /** Keep project-relative paths as `<project>/src/x.js` (default false: `<project>`). */
  keepProjectPaths?: boolean;
}

/** One redaction. Never contains the redacted text. */
export interface Finding {
  ruleId: string;
  /** Placeholder type. */
  type: string;
  /** Placeholder detail, where the rule has one. */
  detail?: string;
  /** RFC 6901 JSON Pointer to the value or key in the input ('' for scrubText). */
  pointer: string;
  /** Whether the offsets are into the object key at `pointer` or into its value. */
  target: 'key' | 'value';
  /** UTF-16 offsets into the input string. */
  start: number;
  end: number;
}

export interface ScrubResult {
  value: JsonValue;
  findings: Finding[];
}

export interface TextResult {
  text: string;
  findings: Finding[];
}

export interface Scrubber {
  scrub(value: unknown): ScrubResult;
  scrubText(text: string): TextResult;
  /** Ids of the enabled rules, sorted. */
  readonly ruleIds: readonly string[];
}

/** A span a detector reports, before overlap resolution. Offsets into the scanned string. */
export interface Detection {
  ruleId: string;
  type: string;
  detail?: string;
  start: number;
  end: number;
  priority: number;
}
