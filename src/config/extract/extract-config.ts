/**
 * extractConfig: the config a module exports, JavaScript or TypeScript, read without executing it (see
 * evaluate-expression.ts for what is evaluated). The result is plain data plus factory-call and import
 * markers; summarize it with summarizeConfig before it leaves.
 */
import { ScrubjayError } from '../../scrubjay-error.js';
import { DYNAMIC } from '../config-placeholders.js';
import { createEvaluateContext, evaluate } from './evaluate-expression.js';
import { findConfigExport } from './find-config-export.js';
import type { ConfigExportKind } from './find-config-export.js';
import { parseConfigSource } from './parse-config-source.js';
import type { ConfigSourceOptions, ParsedConfigSource } from './parse-config-source.js';
import { collectScope } from './static-scope.js';

/**
 * `sourceType`, `typescript` and `filename` (whose extension picks the other two): see
 * {@link ConfigSourceOptions}. `extractConfig(text, { filename: 'astro.config.ts' })` reads TypeScript.
 */
export type ExtractOptions = ConfigSourceOptions;

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

/**
 * The config a JavaScript or TypeScript module exports, without running it. Throws ScrubjayError
 * INVALID_INPUT on a syntax error (line, column and reason; never source text).
 */
export function extractConfig(sourceText: string, options: ExtractOptions = {}): ExtractedConfig {
  const parsed = parseConfigSource(sourceText, options);
  if (!parsed.ok) {
    const { line, column, reason, typescript } = parsed.error;
    const language = typescript ? 'TypeScript' : 'JavaScript';
    throw new ScrubjayError('INVALID_INPUT', `config is not valid ${language} at line ${line}, column ${column} (${reason})`);
  }
  return extractFromParsed(parsed);
}
