/**
 * Finds the project configuration: `--config FILE` (a scrubjay.config.json-style file, or a package.json
 * whose `scrubjay` key holds it), else the nearest `scrubjay.config.json` or package.json `scrubjay` key
 * from the working directory upward. A package.json without that key ends the search: it marks the
 * project's root, and nothing above it belongs to the project.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, fsReason } from '../cli-error.js';
import { EXIT } from '../exit-codes.js';
import { parseJson } from '../json-syntax.js';
import { displayName } from '../payload-files.js';
import { validateProjectConfig } from './project-config.js';
import type { ProjectConfig } from './project-config.js';

export const CONFIG_FILE = 'scrubjay.config.json';

async function readIfExists(path: string, name: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CliError(`${name}: cannot read (${fsReason(error)})`);
  }
}

function build(value: unknown, name: string, file: string): ProjectConfig {
  const { config, problems } = validateProjectConfig(value, name, dirname(file));
  if (config) return { ...config, file };
  const [first, ...rest] = problems;
  throw new CliError(`${name}: invalid configuration: ${first ?? ''}`, EXIT.usage, rest.map((p) => `- ${p}`));
}

function fromText(text: string, path: string, cwd: string): ProjectConfig | undefined {
  const name = displayName(path, cwd);
  const value = parseJson(text, name);
  if (basename(path) !== 'package.json') return build(value, name, path);
  const key = (value as Record<string, unknown> | null)?.['scrubjay'];
  return key === undefined ? undefined : build(key, `${name}#scrubjay`, path);
}

/** Loads `--config FILE` (relative to `cwd`). */
export async function loadConfigFile(file: string, cwd: string): Promise<ProjectConfig> {
  const path = resolve(cwd, file);
  const text = await readIfExists(path, file);
  if (text === undefined) throw new CliError(`--config ${file}: cannot read (no such file or directory)`);
  const config = fromText(text, path, cwd);
  if (!config) throw new CliError(`--config ${file}: package.json has no "scrubjay" key`);
  return config;
}

/** The nearest configuration from `cwd` upward, or undefined. */
export async function findProjectConfig(cwd: string): Promise<ProjectConfig | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const own = join(dir, CONFIG_FILE);
    const text = await readIfExists(own, displayName(own, cwd));
    if (text !== undefined) return fromText(text, own, cwd);
    const pkg = join(dir, 'package.json');
    const pkgText = await readIfExists(pkg, displayName(pkg, cwd));
    if (pkgText !== undefined) return fromText(pkgText, pkg, cwd);
    if (dirname(dir) === dir) return undefined;
  }
}

/** `--config FILE` when given, else the nearest configuration (or undefined). */
export async function resolveProjectConfig(file: string | undefined, cwd: string): Promise<ProjectConfig | undefined> {
  return file === undefined ? findProjectConfig(cwd) : loadConfigFile(file, cwd);
}
