/**
 * The approved shape, stored as stable, sorted, diff-friendly JSON (one path per line):
 *
 *   {
 *     "$comment": "…",
 *     "version": 1,
 *     "shape": {
 *       "": ["object"],
 *       "/user/email": ["<email>"]
 *     }
 *   }
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError, fsReason } from '../cli-error.js';
import { parseJson } from '../json-syntax.js';
import type { Shape } from './shape.js';

export const SNAPSHOT_VERSION = 1;
const COMMENT = 'scrubjay check: the approved shape of the scrubbed events (path -> types). Review changes; regenerate with --update.';

export interface Snapshot {
  shape: Shape;
  /** Line of each path in the file (for reports on removed fields). */
  lines: Map<string, number>;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatSnapshot(shape: Shape): string {
  const paths = [...shape.keys()].sort(byCodeUnit);
  const entries = paths.map((p) => `    ${JSON.stringify(p)}: ${JSON.stringify([...(shape.get(p) ?? [])].sort(byCodeUnit))}`);
  const body = entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n  }`;
  return `{\n  "$comment": ${JSON.stringify(COMMENT)},\n  "version": ${SNAPSHOT_VERSION},\n  "shape": ${body}\n}\n`;
}

function lineIndex(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^\s*("(?:[^"\\]|\\.)*")\s*:\s*\[/.exec(line);
    if (!m) return;
    try {
      const path: unknown = JSON.parse(m[1] as string);
      if (typeof path === 'string' && !lines.has(path)) lines.set(path, i + 1);
    } catch {
      // not a path line
    }
  });
  return lines;
}

export function parseSnapshot(text: string, name: string): Snapshot {
  const value = parseJson(text, name) as Record<string, unknown> | null;
  const bad = (problem: string): CliError => new CliError(`${name}: invalid snapshot: ${problem}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('must be a JSON object');
  if (value['version'] !== SNAPSHOT_VERSION) throw bad(`field "version" must be ${SNAPSHOT_VERSION}`);
  const raw = value['shape'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('field "shape" must be an object of path -> array of types');
  const shape: Shape = new Map();
  for (const [path, types] of Object.entries(raw)) {
    if (!Array.isArray(types) || !types.every((t) => typeof t === 'string')) throw bad(`field "shape.${path}" must be an array of strings`);
    shape.set(path, new Set(types as string[]));
  }
  return { shape, lines: lineIndex(text) };
}

export async function readSnapshot(path: string, name: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const hint = (error as { code?: unknown }).code === 'ENOENT' ? '; create it with --update' : '';
    throw new CliError(`${name}: cannot read (${fsReason(error)})${hint}`);
  }
  return parseSnapshot(text, name);
}

export async function writeSnapshot(path: string, name: string, shape: Shape): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, formatSnapshot(shape), 'utf8');
  } catch (error) {
    throw new CliError(`${name}: cannot write (${fsReason(error)})`);
  }
}
