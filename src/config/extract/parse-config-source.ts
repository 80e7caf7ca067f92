/**
 * Parses a config module with acorn, without executing it. A syntax error is reported by line, column
 * and a reason in acorn's words with anything quoted from the source removed.
 */
import { parse } from 'acorn';
import type { Program } from 'acorn';

export type ConfigSourceType = 'module' | 'script' | 'auto';

export interface ConfigSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based (UTF-16 units). */
  column: number;
  /** acorn's message without its location and without quoted source text: "Unexpected token". */
  reason: string;
}

export type ParsedConfigSource = { ok: true; program: Program } | { ok: false; error: ConfigSyntaxError };

/** acorn's message without `(line:col)` and without quoted names or characters from the source. */
export function sanitizeSyntaxReason(message: string): string {
  const reason = message
    .replace(/ ?\(\d+:\d+\)$/, '')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^[A-Za-z][A-Za-z0-9 ,.()-]{0,80}$/.test(reason) ? reason : 'syntax error';
}

function tryParse(source: string, sourceType: 'module' | 'script'): ParsedConfigSource {
  try {
    const program = parse(source, {
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
    return { ok: false, error: { line, column, reason: sanitizeSyntaxReason(message) } };
  }
}

/** `auto` tries an ES module first, then a CommonJS script; on failure it reports the module error. */
export function parseConfigSource(source: string, sourceType: ConfigSourceType = 'auto'): ParsedConfigSource {
  if (sourceType !== 'auto') return tryParse(source, sourceType);
  const asModule = tryParse(source, 'module');
  if (asModule.ok) return asModule;
  const asScript = tryParse(source, 'script');
  return asScript.ok ? asScript : asModule;
}
