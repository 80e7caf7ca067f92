/**
 * Planted values: the sensitive values a fixture run must never let through. From `--secrets FILE` (or
 * the configuration's `secrets`), and from the fixtures themselves: a file `<name>.planted.txt` next to
 * `<name>.json` / `<name>.ndjson` / `<name>.jsonl` plants its values in every event of that file.
 *
 * A secrets file is a JSON array of strings, or one value per line (blank lines ignored, each line
 * trimmed). Values are never printed: reports name them by origin, `<file>:<line>` (or `<file>#<n>`).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { CliError, fsReason } from '../cli-error.js';
import { parseJson } from '../json-syntax.js';

export interface PlantedValue {
  value: string;
  /** Where it was declared: `<file>:<line>` or `<file>#<item>`; safe to print. */
  origin: string;
}

/** Shorter values would match by chance in unrelated text. */
export const MIN_PLANTED_LENGTH = 4;
export const PLANTED_SUFFIX = '.planted.txt';

function checked(value: unknown, origin: string): PlantedValue {
  if (typeof value !== 'string') throw new CliError(`${origin}: a planted value must be a string`);
  if (value.length < MIN_PLANTED_LENGTH) {
    throw new CliError(`${origin}: planted value shorter than ${MIN_PLANTED_LENGTH} characters (it would match by chance)`);
  }
  return { value, origin };
}

/** Parses a secrets file: a JSON array of strings, or one value per line. */
export function parsePlanted(text: string, name: string): PlantedValue[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith('[')) {
    const list = parseJson(body, name);
    if (!Array.isArray(list)) throw new CliError(`${name}: expected a JSON array of strings`);
    return dedupe(list.map((v: unknown, i) => checked(v, `${name}#${i + 1}`)));
  }
  const out: PlantedValue[] = [];
  body.split(/\r?\n/).forEach((line, i) => {
    const value = line.trim();
    if (value !== '') out.push(checked(value, `${name}:${i + 1}`));
  });
  return dedupe(out);
}

function dedupe(values: PlantedValue[]): PlantedValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.value) && seen.add(v.value));
}

export async function readPlantedFile(path: string, name: string): Promise<PlantedValue[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`${name}: cannot read (${fsReason(error)})`);
  }
  return parsePlanted(text, name);
}

/** `events/a.ndjson` → `events/a.planted.txt` (works on absolute paths and display names alike). */
export function siblingPlantedName(file: string): string {
  const ext = extname(file);
  return (ext === '' ? file : file.slice(0, -ext.length)) + PLANTED_SUFFIX;
}

/** Finds sibling planted files with one directory listing per directory, however many inputs it holds. */
export class PlantedIndex {
  private readonly listings = new Map<string, Promise<Set<string>>>();

  private list(dir: string): Promise<Set<string>> {
    let listing = this.listings.get(dir);
    if (!listing) {
      listing = readdir(dir).then(
        (names) => new Set(names.filter((n) => n.endsWith(PLANTED_SUFFIX))),
        () => new Set<string>(),
      );
      this.listings.set(dir, listing);
    }
    return listing;
  }

  /** The values planted for the input at `path` (named `name` in reports); [] when it declares none. */
  async forInput(path: string, name: string): Promise<PlantedValue[]> {
    const sibling = siblingPlantedName(path);
    if (!(await this.list(dirname(path))).has(basename(sibling))) return [];
    return readPlantedFile(join(dirname(path), basename(sibling)), siblingPlantedName(name));
  }
}
