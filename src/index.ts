export { createScrubber } from './create-scrubber.js';
export { createErrorScrubber, scrubError } from './errors/error-scrubber.js';
export type { ErrorScrubber, ErrorScrubResult } from './errors/error-scrubber.js';
export type { ScrubbedError, ScrubbedFrame } from './errors/error-context.js';
export { formatPlaceholder, parsePlaceholder, sanitizeDetail, PLACEHOLDER_PATTERN, PLACEHOLDER_TYPES } from './placeholder.js';
export type { Placeholder } from './placeholder.js';
export { ScrubjayError } from './scrubjay-error.js';
export type { RuleProblem, ScrubjayErrorCode } from './scrubjay-error.js';
export { DEFAULT_LIMITS } from './limits.js';
export { escapePointerToken, joinPointer, parsePointer } from './pointer.js';
export type {
  Finding,
  JsonValue,
  DetectorRuleInput,
  PatternRuleInput,
  RuleInput,
  RulePackInput,
  ScrubContext,
  ScrubLimits,
  ScrubOptions,
  ScrubResult,
  Scrubber,
  TextResult,
} from './types.js';
