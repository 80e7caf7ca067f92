/**
 * Turns the FILE/GLOB arguments of `audit` and `check` into a list of inputs: `-` is stdin, an existing
 * file is itself, a directory means its *.json, *.ndjson and *.jsonl files, anything else is a glob
 * (fast-glob, relative to the working directory). A glob that matches nothing is a usage error.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { CliError, fsReason, usageError } from './cli-error.js';
import { STDIN_NAME } from './read-input.js';

export interface PayloadSource {
  /** How reports name it: the path relative to the working directory (with `/`), or `<stdin>`. */
  name: string;
  /** Absolute path; undefined for stdin. */
  path?: string;
}

const PAYLOAD_FILES = '**/*.{json,ndjson,jsonl}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** The name of `path` in reports: relative to `cwd`, with forward slashes. */
export function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const name = rel === '' ? '.' : isAbsolute(rel) ? path : rel;
  return sep === '/' ? name : name.split(sep).join('/');
}

async function glob(pattern: string, base: string): Promise<string[]> {
  const found = await fg(pattern, { cwd: base, onlyFiles: true, dot: false, ignore: IGNORE, absolute: true, unique: true });
  return found.map((p) => resolve(p)).sort();
}

/** Expands one argument, relative to `base`. */
async function expandOne(arg: string, base: string, command: string): Promise<string[]> {
  if (!fg.isDynamicPattern(arg)) {
    const path = resolve(base, arg);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new CliError(`${arg}: cannot read (${fsReason(error)})`);
    }
    if (!info.isDirectory()) return [path];
    const inside = await glob(PAYLOAD_FILES, path);
    if (inside.length === 0) throw usageError(`${arg}: no .json, .ndjson or .jsonl file in this directory`, command);
    return inside;
  }
  const matches = await glob(arg, base);
  if (matches.length === 0) throw usageError(`no file matches '${arg}'`, command);
  return matches;
}

/**
 * The inputs named by `args` (relative to `base`, the working directory unless given), in argument
 * order, each file once. Files in `exclude` (absolute paths) are left out.
 */
export async function expandPayloadArgs(
  args: readonly string[],
  options: { cwd: string; base?: string; command: string; exclude?: readonly string[] },
): Promise<PayloadSource[]> {
  const seen = new Set<string>(options.exclude ?? []);
  const out: PayloadSource[] = [];
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has(STDIN_NAME)) out.push({ name: STDIN_NAME });
      seen.add(STDIN_NAME);
      continue;
    }
    for (const path of await expandOne(arg, options.base ?? options.cwd, options.command)) {
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({ name: displayName(path, options.cwd), path });
    }
  }
  return out;
}
