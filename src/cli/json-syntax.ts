/** `JSON.parse` for the CLI: a syntax error becomes a one-line message naming the file, line and column. */
import { invalidJsonError } from './cli-error.js';
import { findJsonSyntaxError, lineColumn } from '../util/json-syntax.js';

/** JSON.parse, with a syntax error turned into `<file>:<line>:<column>: invalid JSON (<reason>)`. */
export function parseJson(text: string, file: string, lineNumber = 1): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  const found = findJsonSyntaxError(body) ?? { offset: 0, reason: 'not valid JSON' };
  const { line, column } = lineColumn(body, found.offset);
  throw invalidJsonError(file, lineNumber + line - 1, column, found.reason);
}
