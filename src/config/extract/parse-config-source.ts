/**
 * Parses a config module with acorn, without executing it; TypeScript (`.ts`, `.mts`, `.cts`) through
 * the `@sveltejs/acorn-typescript` plugin, which gives the same ESTree plus type nodes (types are
 * skipped, never checked). A syntax error is reported by line, column and a reason in the parser's
 * words with anything quoted from the source removed.
 */
import { Parser } from 'acorn';
import type { Program } from 'acorn';
import { tsPlugin } from '@sveltejs/acorn-typescript';

export type ConfigSourceType = 'module' | 'script' | 'auto';

/** How to parse a config's source text. Explicit `sourceType` and `typescript` win over `filename`. */
export interface ConfigSourceOptions {
  /**
   * `module` (ESM), `script` (CommonJS) or `auto` (module, then script). Default: from `filename`
   * (`.mjs`, `.mts` → module; `.cjs` → script), else `auto`.
   */
  sourceType?: ConfigSourceType;
  /**
   * Parse TypeScript syntax: type annotations, interfaces, `as`, `satisfies`, `!`, generics … (the
   * types are skipped, never checked; nothing is compiled or run). Default: from `filename` (`.ts`,
   * `.mts`, `.cts` → true), else false.
   */
  typescript?: boolean;
  /** The config's file name or path (`vite.config.mts`); only its extension is used, to pick the defaults. */
  filename?: string;
}

export interface ConfigSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based (UTF-16 units). */
  column: number;
  /** The parser's message without its location and without quoted source text: "Unexpected token". */
  reason: string;
  /** Whether the source was parsed as TypeScript (for the message: "not valid TypeScript"). */
  typescript: boolean;
}

export type ParsedConfigSource = { ok: true; program: Program } | { ok: false; error: ConfigSyntaxError };

/** The parser's message without `(line:col)` and without quoted names or characters from the source. */
export function sanitizeSyntaxReason(message: string): string {
  const reason = message
    .replace(/ ?\(\d+:\d+\)$/, '')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^[A-Za-z][A-Za-z0-9 ,.()-]{0,80}$/.test(reason) ? reason : 'syntax error';
}

const EXTENSION = /\.([cm]?[jt]s)$/i;

/** The options a file name implies, overridden by the explicit ones. */
export function resolveSourceOptions(options: ConfigSourceOptions): { sourceType: ConfigSourceType; typescript: boolean } {
  const ext = EXTENSION.exec(options.filename ?? '')?.[1]?.toLowerCase();
  const fromName: ConfigSourceType = ext === 'mjs' || ext === 'mts' ? 'module' : ext === 'cjs' ? 'script' : 'auto';
  return {
    sourceType: options.sourceType ?? fromName,
    typescript: options.typescript ?? (ext === 'ts' || ext === 'mts' || ext === 'cts'),
  };
}

// Built on first use: JavaScript-only callers never pay for extending the parser.
let typescriptParser: typeof Parser | undefined;

function parserFor(typescript: boolean): typeof Parser {
  if (!typescript) return Parser;
  typescriptParser ??= Parser.extend(tsPlugin());
  return typescriptParser;
}

function tryParse(source: string, sourceType: 'module' | 'script', typescript: boolean): ParsedConfigSource {
  try {
    // locations: true is also what the TypeScript plugin requires.
    const program = parserFor(typescript).parse(source, {
      ecmaVersion: 'latest',
      sourceType,
      locations: true,
      allowHashBang: true,
      allowReturnOutsideFunction: sourceType === 'script',
    });
    return { ok: true, program };
  } catch (error) {
    const loc = (error as { loc?: { line?: unknown; column?: unknown } } | null)?.loc;
    const line = typeof loc?.line === 'number' ? loc.line : 1;
    const column = typeof loc?.column === 'number' ? loc.column + 1 : 1;
    const message = error instanceof Error ? error.message : '';
    return { ok: false, error: { line, column, reason: sanitizeSyntaxReason(message), typescript } };
  }
}

/**
 * Old-style type assertions followed by a parenthesis (`<T>(x)`, not a generic call `f<T>(x)`): the
 * TypeScript plugin tries both readings of each, so nesting costs twice as much per level (16 levels:
 * 0.7 s, 20: 10 s). Real configs have none or a few; a source with more is refused before parsing.
 */
const TYPE_ASSERTION_CALL = /(?<![\w$)\]])<[ \t]{0,8}[A-Za-z_$][\w$.]{0,64}(?:<[\w$., \t]{0,64}>)?(?:\[\])?[ \t]{0,8}>[ \t]{0,8}\(/g;
const MAX_TYPE_ASSERTION_CALLS = 12;

/** A refusal at the first assertion past the limit, or undefined when the source is safe to parse. */
function tooManyAssertions(source: string): ConfigSyntaxError | undefined {
  let count = 0;
  TYPE_ASSERTION_CALL.lastIndex = 0;
  for (let m = TYPE_ASSERTION_CALL.exec(source); m !== null; m = TYPE_ASSERTION_CALL.exec(source)) {
    if (++count <= MAX_TYPE_ASSERTION_CALLS) continue;
    const before = source.slice(0, m.index);
    const line = before.split('\n').length;
    const column = m.index - before.lastIndexOf('\n');
    return { line, column, reason: `more than ${MAX_TYPE_ASSERTION_CALLS} type assertions of the form <T>(…), which the parser cannot take safely`, typescript: true };
  }
  return undefined;
}

/**
 * Parses a config's source text. `auto` tries an ES module first, then a CommonJS script; on failure it
 * reports the module error. A bare string is the `sourceType`.
 */
export function parseConfigSource(source: string, options: ConfigSourceType | ConfigSourceOptions = 'auto'): ParsedConfigSource {
  const { sourceType, typescript } = resolveSourceOptions(typeof options === 'string' ? { sourceType: options } : options);
  const refused = typescript ? tooManyAssertions(source) : undefined;
  if (refused) return { ok: false, error: refused };
  if (sourceType !== 'auto') return tryParse(source, sourceType, typescript);
  const asModule = tryParse(source, 'module', typescript);
  if (asModule.ok) return asModule;
  const asScript = tryParse(source, 'script', typescript);
  return asScript.ok ? asScript : asModule;
}
