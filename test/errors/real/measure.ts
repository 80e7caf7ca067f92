import { classifyFrame } from '../../../src/errors/classify-frame.js';
import { matchTemplate } from '../../../src/errors/match-template.js';
import { builtinTemplates } from '../../../src/errors/message-catalog.js';
import { parseStack, splitLines } from '../../../src/errors/parse-stack.js';
import { PLANTED_VALUES } from './plant.js';

/** Distinctive parts of the planted values: finding one in the output is a leak too. */
const MARKERS = ['marguerite', 'nightjar', 'plover', 'dubois', 'peregrine', 'tr0ub4dor', 'q3v9xlm2', 'hcplover'];

/** Planted values (or distinctive parts of them) found in a scrubbed output. */
export function findLeaks(output: unknown): string[] {
  const text = JSON.stringify(output).toLowerCase();
  return [...new Set([...PLANTED_VALUES, ...MARKERS])].filter((value) => text.includes(value.toLowerCase()));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The fixed words of the templates that the lines of a message match. */
function templateWords(message: string): string[] {
  const words: string[] = [];
  let coveredUntil = 0;
  splitLines(message).forEach((line, index) => {
    if (line.start < coveredUntil) return;
    const match = matchTemplate(builtinTemplates(), message, line.start, { multiline: index === 0 });
    if (!match) return;
    coveredUntil = match.end;
    let fixed = '';
    let cursor = match.start;
    for (const variable of match.variables) {
      fixed += ` ${message.slice(cursor, variable.start)}`;
      cursor = variable.end;
    }
    fixed += ` ${message.slice(cursor, match.end)}`;
    words.push(...(fixed.match(/[A-Za-z]{3,}/g) ?? []));
  });
  return words;
}

/** Frames that must survive: runtime frames whole, package frames as package-relative file and position. */
function frameTokens(stack: string): string[] {
  return parseStack(stack).frames.flatMap((frame) => {
    const position = `${frame.line ?? ''}:${frame.column ?? ''}`;
    const { kind, packageFile } = classifyFrame(frame.file);
    if (kind === 'node') return [`${frame.file}:${position}`];
    if (kind === 'package' && packageFile) return [`${packageFile}:${position}`];
    return [];
  });
}

/** A token that must survive, and where: the field of the (nested) error it belongs to. */
export interface KeepToken {
  /** Path from the top error to the error holding the token: `['cause']`, `['errors', 1]`. */
  at: (string | number)[];
  field: 'name' | 'code' | 'syscall' | 'message' | 'stack';
  token: string;
}

/**
 * What must survive scrubbing: names, codes and syscalls of the error and its causes, the fixed
 * words of the templates its messages match, and its runtime and package frames.
 */
export function mustKeepTokens(error: unknown, at: (string | number)[] = []): KeepToken[] {
  if (!isRecord(error) || at.length > 8) return [];
  const tokens: KeepToken[] = [];
  for (const field of ['name', 'code', 'syscall'] as const) {
    const value = error[field];
    // `spawn /path/to/program` is a syscall with a path in it: only plain words must stay.
    if (typeof value === 'number' || (typeof value === 'string' && /^[\w.-]+$/.test(value))) tokens.push({ at, field, token: String(value) });
  }
  if (typeof error.message === 'string') for (const token of templateWords(error.message)) tokens.push({ at, field: 'message', token });
  if (typeof error.stack === 'string') for (const token of frameTokens(error.stack)) tokens.push({ at, field: 'stack', token });
  tokens.push(...mustKeepTokens(error.cause, [...at, 'cause']));
  if (Array.isArray(error.errors)) error.errors.forEach((item, index) => tokens.push(...mustKeepTokens(item, [...at, 'errors', index])));
  return tokens;
}

export interface KeepScore {
  total: number;
  kept: number;
  missing: string[];
}

/** How many must-keep tokens occur in the same field of the same (nested) error of the scrubbed output. */
export function scoreKeep(tokens: readonly KeepToken[], output: unknown): KeepScore {
  const missing = tokens.filter(({ at, field, token }) => {
    let node: unknown = output;
    for (const key of at) node = isRecord(node) ? node[key] : undefined;
    const value = isRecord(node) ? node[field] : undefined;
    return !(typeof value === 'string' || typeof value === 'number') || !String(value).includes(token);
  });
  return { total: tokens.length, kept: tokens.length - missing.length, missing: missing.map((t) => `${[...t.at, t.field].join('.')}: ${t.token}`) };
}
