import { tokenizer, tokTypes, type Options, type Token } from 'acorn';
import { KNOWN_IDENTIFIERS } from './known-identifiers.js';
import type { TypedSpan } from './types.js';
import { keepShape } from '../util/keep-shape.js';

export interface CodeOptions {
  /** Keep identifiers from user code (default false: `<identifier>`). */
  keepIdentifiers?: boolean;
}

// Property and method names of the standard library: structure, not user data.
export const BUILTIN_MEMBERS: ReadonlySet<string> = new Set(
  `length prototype constructor map filter reduce forEach push pop shift unshift slice splice concat join split
  includes indexOf find findIndex some every sort flat flatMap keys values entries assign freeze create then catch
  finally resolve reject all allSettled any race log error warn info debug trace parse stringify toString valueOf
  toJSON call apply bind has get set add delete clear size next done value replace replaceAll trim match test exec
  startsWith endsWith padStart padEnd toUpperCase toLowerCase charAt at from of isArray readFileSync writeFileSync
  existsSync readFile writeFile env argv cwd exit on once emit listen use send json text status headers body default
  ok equal notEqual strictEqual notStrictEqual deepEqual deepStrictEqual notDeepStrictEqual throws rejects
  doesNotThrow doesNotReject fail toBe toEqual toStrictEqual toThrow toMatch toContain toHaveBeenCalled
  captureStackTrace stackTraceLimit prepareStackTrace message stack name code cause errors`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Finds the spans of `code` that carry user data, using acorn's tokenizer: string, template and
 * regex literals, comments, and identifiers that are neither keywords, known globals nor standard
 * members. Keywords, punctuation and numbers stay. Returns null when acorn cannot tokenize the code.
 */
export function tokenizeCode(code: string, options: CodeOptions = {}): TypedSpan[] | null {
  for (const sourceType of ['module', 'script'] as const) {
    try {
      return collectSpans(code, sourceType, options);
    } catch {
      // try the other source type; null when both fail
    }
  }
  return null;
}

/** acorn's options for `collectSpans`: comments are pushed to `spans`. */
function tokenizerOptions(sourceType: 'module' | 'script', spans: TypedSpan[]): Options {
  return {
    ecmaVersion: 'latest',
    sourceType,
    allowHashBang: true,
    locations: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    onComment: (_block, _text, start, end) => spans.push({ start, end, type: 'comment' }),
  };
}

// A spare tokenizer that has read a token (so its parser, token and location objects exist): see util/keep-shape.ts.
const spareTokenizer = tokenizer('a', tokenizerOptions('module', []));
keepShape([spareTokenizer, ...spareTokenizer]);

function collectSpans(code: string, sourceType: 'module' | 'script', options: CodeOptions): TypedSpan[] {
  const spans: TypedSpan[] = [];
  // Templates become one `<string>`: 'tpl' inside template characters, 'expr' in `${`, 'brace' in `{`.
  const stack: Array<'tpl' | 'expr' | 'brace'> = [];
  let templateStart = 0;
  for (const token of tokenizer(code, tokenizerOptions(sourceType, spans))) {
    if (token.type === tokTypes.backQuote) {
      if (stack.at(-1) === 'tpl') stack.pop();
      else {
        if (stack.length === 0) templateStart = token.start;
        stack.push('tpl');
      }
      if (stack.length === 0) spans.push({ start: templateStart, end: token.end, type: 'string' });
    } else if (stack.length > 0) trackTemplate(token, stack);
    else addToken(code, token, spans, options);
  }
  if (stack.length > 0) throw new SyntaxError('Unterminated template');
  return withoutPlaceholders(code, spans).sort((a, b) => a.start - b.start);
}

// Placeholders of an earlier scrub (`<identifier>`) tokenize as `<`, a name and `>`: they stay as they are.
const PLACEHOLDER = /<[a-z][a-z0-9-]*(?::[\w.-]+)?(?:#\d+)?>/g;

function withoutPlaceholders(code: string, spans: TypedSpan[]): TypedSpan[] {
  if (!code.includes('<')) return spans;
  const placeholders = [...code.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return spans.filter((span) => !placeholders.some((p) => span.start < p.end && span.end > p.start));
}

function trackTemplate(token: Token, stack: Array<'tpl' | 'expr' | 'brace'>): void {
  if (token.type === tokTypes.dollarBraceL) stack.push('expr');
  else if (token.type === tokTypes.braceL) stack.push('brace');
  else if (token.type === tokTypes.braceR && stack.at(-1) !== 'tpl') stack.pop();
}

function addToken(code: string, token: Token, spans: TypedSpan[], options: CodeOptions): void {
  const { type } = token;
  if (type === tokTypes.string) spans.push({ start: token.start, end: token.end, type: 'string' });
  else if (type === tokTypes.regexp) spans.push({ start: token.start, end: token.end, type: 'regexp' });
  else if (type === tokTypes.privateId && !options.keepIdentifiers) spans.push({ start: token.start + 1, end: token.end, type: 'identifier' });
  else if (type === tokTypes.name && !options.keepIdentifiers && !isKnownName(code.slice(token.start, token.end))) {
    spans.push({ start: token.start, end: token.end, type: 'identifier' });
  }
}

function isKnownName(name: string): boolean {
  return KNOWN_IDENTIFIERS.has(name) || BUILTIN_MEMBERS.has(name);
}
