/**
 * extractConfig: the config a module exports, read without executing it (see evaluate-expression.ts
 * for what is evaluated). The result is plain data plus factory-call and import markers; summarize it
 * with summarizeConfig before it leaves.
 */
import { ScrubjayError } from '../../scrubjay-error.js';
import { DYNAMIC } from '../config-placeholders.js';
import { createEvaluateContext, evaluate } from './evaluate-expression.js';
import { findConfigExport } from './find-config-export.js';
import type { ConfigExportKind } from './find-config-export.js';
import { parseConfigSource } from './parse-config-source.js';
import type { ConfigSourceType, ParsedConfigSource } from './parse-config-source.js';
import { collectScope } from './static-scope.js';

export interface ExtractOptions {
  /** `module` (ESM), `script` (CommonJS) or `auto` (default: module, then script). */
  sourceType?: ConfigSourceType;
}

export interface ExtractedConfig {
  /** The exported config: plain data, factory-call and import markers, `<dynamic>`, `<function>`. */
  value: unknown;
  /** How the config was exported (`none`: no default export or `module.exports`; then value is `<dynamic>`). */
  found: ConfigExportKind;
  /** How many expressions were left `<dynamic>`. */
  dynamic: number;
}

/** Extracts from a module already parsed (so the CLI can report syntax errors with its own file names). */
export function extractFromParsed(parsed: Extract<ParsedConfigSource, { ok: true }>): ExtractedConfig {
  const scope = collectScope(parsed.program);
  const found = findConfigExport(parsed.program, scope);
  const ctx = createEvaluateContext(scope);
  if (!found.expression) return { value: DYNAMIC, found: found.kind, dynamic: 1 };
  const value = evaluate(found.expression, ctx);
  return { value: value === undefined ? DYNAMIC : value, found: found.kind, dynamic: ctx.dynamic };
}

/** Throws ScrubjayError INVALID_INPUT on a syntax error (line, column and reason; never source text). */
export function extractConfig(sourceText: string, options: ExtractOptions = {}): ExtractedConfig {
  const parsed = parseConfigSource(sourceText, options.sourceType ?? 'auto');
  if (!parsed.ok) {
    const { line, column, reason } = parsed.error;
    throw new ScrubjayError('INVALID_INPUT', `config is not valid JavaScript at line ${line}, column ${column} (${reason})`);
  }
  return extractFromParsed(parsed);
}
