import { formatPlaceholder } from '../placeholder.js';
import { assemble } from './assemble.js';
import { scrubCommandLine } from './command-line.js';
import { ERROR_RULES, type ErrorScrubContext } from './error-context.js';
import { keepsVariable } from './render-variable.js';
import type { MatchedVariable, VariableType } from './template-types.js';
import type { Edit } from './types.js';

// A placeholder alone, or `<project>/src/x.js` (what the engine writes with keepProjectPaths).
const WHOLE_PLACEHOLDER = /^<[a-z][a-z0-9-]*(?::[\w.-]+)?(?:#\d+)?>$/;
/** Only placeholders and white space: already scrubbed (kept parts still pass the engine's text rules). */
const ONLY_PLACEHOLDERS = /^\s*(?:<[a-z][a-z0-9-]*(?::[\w.-]+)?(?:#\d+)?>\s*)+$/;
const PROJECT_RELATIVE = /^<project(?:#\d+)?>[\\/][^<>]*$/;
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1?|0\.0\.0\.0|\[::1?\])$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PATH_LIKE = /^(?:[A-Za-z]:[\\/]|[.~]?[\\/]|\.\.[\\/]|file:)/;

/** Placeholder type used for each variable type that is not kept. */
const PLACEHOLDER_OF: Partial<Record<VariableType, string>> = {
  identifier: 'identifier',
  url: 'url',
  snippet: 'code',
  token: 'code',
  string: 'string',
  value: 'string',
  extension: 'string',
  hostname: 'hostname',
  parameter: 'identifier',
};

/** Whether a text starts like a file path or file URL. */
export function isPathLike(text: string): boolean {
  return PATH_LIKE.test(text);
}

/** Whether the engine replaced a whole value: one placeholder, or `<project>/src/x.js` when project paths may stay. */
export function isWholePlaceholder(scrubbed: string, keepProjectPaths: boolean): boolean {
  return WHOLE_PLACEHOLDER.test(scrubbed) || (keepProjectPaths && PROJECT_RELATIVE.test(scrubbed));
}

/**
 * A path as a placeholder of the engine's path family (`<project>`, `<home>`, `<tmp>`, `<path>`):
 * the engine's rendering when it replaced the whole path, `<path>` otherwise.
 */
export function pathText(ctx: ErrorScrubContext, text: string, start: number, end: number): string {
  const scheme = text.startsWith('file://', start) ? 'file://' : '';
  const scrubbed = ctx.scrubText(text, start + scheme.length, end);
  if (isWholePlaceholder(scrubbed, ctx.keepProjectPaths)) return scheme + scrubbed;
  ctx.report(ERROR_RULES.template, 'path', start, end);
  return formatPlaceholder('path');
}

/** `host:port` with the host replaced unless it is a loopback or unspecified address; the port stays. */
function addressText(ctx: ErrorScrubContext, text: string, start: number, end: number): string | undefined {
  const address = text.slice(start, end);
  if (PATH_LIKE.test(address)) return pathText(ctx, text, start, end); // Unix socket or Windows pipe
  const colon = address.lastIndexOf(':');
  const port = colon > 0 && /^\d{1,5}$/.test(address.slice(colon + 1)) ? address.slice(colon + 1) : '';
  const host = port && colon > 1 ? address.slice(0, colon) : address;
  if (LOOPBACK.test(host) || ctx.isPlaceholder?.(host)) return undefined;
  const type = IPV4.test(host) || host.includes(':') ? 'ip' : 'hostname';
  ctx.report(ERROR_RULES.template, type, start, start + host.length);
  return formatPlaceholder(type) + (host === address ? '' : `:${port}`);
}

/**
 * The replacement of one variable part of a matched template, or undefined to keep it (kept
 * parts still go through the engine's text rules with the rest of the message). `message`
 * parts are scrubbed as messages themselves through `scrubNested`.
 */
export function variableEdit(
  ctx: ErrorScrubContext,
  text: string,
  variable: MatchedVariable,
  scrubNested: (start: number, end: number) => string,
): Edit | undefined {
  const { type, start, end } = variable;
  const value = text.slice(start, end);
  if (start === end || ONLY_PLACEHOLDERS.test(value) || keepsVariable(type, value, { keepIdentifiers: ctx.keepIdentifiers })) return undefined;
  const edit = (replacement: string | undefined): Edit | undefined => (replacement === undefined ? undefined : { start, end, text: replacement });
  switch (type) {
    case 'message':
      return edit(scrubNested(start, end));
    case 'command': {
      const edits = scrubCommandLine(text, start, end);
      for (const e of edits) if (e.text.startsWith('<')) ctx.report(ERROR_RULES.command, e.text.slice(1, -1), e.start, e.end);
      return edit(assemble(ctx, text, start, end, edits));
    }
    case 'path':
      return edit(pathText(ctx, text, start, end));
    case 'module':
      if (PATH_LIKE.test(value)) return edit(pathText(ctx, text, start, end));
      ctx.report(ERROR_RULES.template, 'string', start, end);
      return edit(formatPlaceholder('string'));
    case 'address':
      return edit(addressText(ctx, text, start, end));
    case 'hostname':
      if (LOOPBACK.test(value)) return undefined;
      break;
    default:
      break;
  }
  const placeholder = PLACEHOLDER_OF[type] ?? 'string';
  ctx.report(ERROR_RULES.template, placeholder, start, end);
  return edit(formatPlaceholder(placeholder));
}
