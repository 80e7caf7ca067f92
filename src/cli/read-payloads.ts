/**
 * The payloads of one input, JSON or NDJSON, detected per input: the whole text as one JSON document,
 * else one JSON value per non-blank line. Syntax errors name `<file>:<line>:<column>`, never content.
 */
import { readFile as readFileCallback } from 'node:fs';
import { promisify } from 'node:util';
import { CliError, fsReason } from './cli-error.js';
import type { CliIO } from './io.js';
import { parseJson } from './json-syntax.js';
import type { PayloadSource } from './payload-files.js';
import { openInput, readAll } from './read-input.js';

export interface Payload {
  /** 1 for a document; the line number for an NDJSON value. */
  line: number;
  value: unknown;
}

export interface ParsedInput {
  format: 'json' | 'ndjson';
  payloads: Payload[];
}

const LINE_BREAK = /\r?\n/;

// The callback readFile is markedly faster than fs/promises' for thousands of small files.
const readFile = promisify(readFileCallback);

/** Parses `text` as one JSON document, or as NDJSON when that fails and its first line parses alone. */
export function parsePayloads(text: string, name: string): ParsedInput {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { format: 'json', payloads: [{ line: 1, value: JSON.parse(body) }] };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  const lines = body.split(LINE_BREAK);
  const first = lines.findIndex((l) => l.trim() !== '');
  let firstParses = false;
  if (first !== -1 && first < lines.length - 1) {
    try {
      JSON.parse(lines[first] as string);
      firstParses = true;
    } catch {
      firstParses = false;
    }
  }
  // Not NDJSON: report the document's first syntax error (parseJson throws it with line:column).
  if (!firstParses) return { format: 'json', payloads: [{ line: 1, value: parseJson(body, name) }] };
  const payloads: Payload[] = [];
  lines.forEach((source, i) => {
    if (source.trim() !== '') payloads.push({ line: i + 1, value: parseJson(source, name, i + 1) });
  });
  return { format: 'ndjson', payloads };
}

/** Reads an input whole (a file, or stdin for `<stdin>`), as UTF-8 text. */
export async function readSource(source: PayloadSource, io: CliIO, command: string): Promise<string> {
  if (source.path === undefined) return readAll(await openInput('-', io, command));
  try {
    return await readFile(source.path, 'utf8');
  } catch (error) {
    throw new CliError(`${source.name}: cannot read (${fsReason(error)})`);
  }
}
