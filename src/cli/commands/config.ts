/** `scrubjay config FILE`: summarize a config file without running it, keeping only what a schema allows. */
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { bundledConfigSchemas, extractFromParsed, findBundledSchema, findSchemaProblems, parseConfigSource, summarizeConfig } from '../../config/index.js';
import type { ConfigSchema, SummarizeOptions } from '../../config/index.js';
import { CliError, fsReason, usageError } from '../cli-error.js';
import { parseCommandArgs, wantsHelp } from '../command.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../io.js';
import type { CliIO } from '../io.js';
import { parseJson } from '../json-syntax.js';

const OPTIONS = {
  schema: { type: 'string' },
  json: { type: 'boolean' },
  allow: { type: 'string' },
  'private-scopes': { type: 'string' },
} as const;

const HELP = `Usage: scrubjay config FILE [options]

Summarize a config file without running it: astro.config.mjs, vite.config.ts,
.eslintrc.cjs, package.json … JavaScript and TypeScript (.ts, .mts, .cts) are
parsed, never executed or compiled (types are skipped, not checked); literals,
arrays, objects and calls of imported factories are read, anything computed is
<dynamic>. The summary keeps what the schema allows (enum values, booleans,
counts, whether keys are set, allowed package names, version majors) and
counts everything else; record keys (env variables, redirects) become <key#n>.

Options:
  --schema FILE|NAME  a config schema (JSON; format:
                      rules/config-schemas/config-schema.schema.json), or the
                      name of a bundled one: ${Object.keys(bundledConfigSchemas).join(', ')}.
                      Default: the bundled schema for astro.config.*,
                      vite.config.* and package.json; any other file is shown
                      as structure only (keys, types, factory package names;
                      every string <string>, every number <number>)
  --json              print {"schema", "found", "dynamic", "summary"} as JSON
  --allow LIST        package or plugin names to keep too, comma-separated
                      (exact, or a prefix ending in *)
  --private-scopes LIST
                      your npm scopes (without @), never kept
  -h, --help          show this help

TSX configs (.tsx) are not read: JSX is not parsed.

Examples:
  scrubjay config astro.config.ts
  scrubjay config fixtures/config/astro/astro.config.mjs --schema rules/config-schemas/astro.json
  scrubjay config package.json --json --private-scopes acme

Exit codes: 0 success, 2 usage error, unreadable file or a syntax error (the
message names the file and line:column, never its content), 3 internal error.
`;

function list(value: string | undefined): string[] | undefined {
  return value?.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

async function readText(file: string, io: CliIO): Promise<string> {
  try {
    const text = await readFile(resolve(io.cwd, file), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw new CliError(`${file}: cannot read (${fsReason(error)})`);
  }
}

async function loadSchema(option: string | undefined, file: string, io: CliIO): Promise<{ schema?: ConfigSchema; label: string }> {
  if (option === undefined) {
    const schema = findBundledSchema(file);
    return schema ? { schema, label: `${schema.name} (bundled)` } : { label: 'none (structure only)' };
  }
  const bundled = /^[a-z0-9-]+$/.test(option) ? bundledConfigSchemas[option] : undefined;
  if (bundled) return { schema: bundled, label: `${bundled.name} (bundled)` };
  const value = parseJson(await readText(option, io), option);
  const problems = findSchemaProblems(value);
  if (problems.length > 0) {
    throw new CliError(`${option}: invalid config schema`, EXIT.usage, problems.map((p) => `- ${p.rule}: ${p.problem}`));
  }
  const schema = value as ConfigSchema;
  return { schema, label: schema.name };
}

interface Extracted {
  value: unknown;
  found: string;
  dynamic: number;
}

function extract(text: string, file: string): Extracted {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return { value: parseJson(text, file), found: 'json', dynamic: 0 };
  // The extension picks ESM or CommonJS and JavaScript or TypeScript (.ts, .mts, .cts).
  const parsed = parseConfigSource(text, { filename: file });
  if (!parsed.ok) {
    const { line, column, reason, typescript } = parsed.error;
    throw new CliError(`${file}:${line}:${column}: not valid ${typescript ? 'TypeScript' : 'JavaScript'} (${reason})`);
  }
  return extractFromParsed(parsed);
}

export async function runConfigCommand(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    await writeOut(io.stdout, HELP);
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs('config', args, OPTIONS);
  const file = positionals[0];
  if (file === undefined) throw usageError('no config file given', 'config');
  if (positionals.length > 1) throw usageError(`unexpected argument '${positionals[1] as string}'`, 'config');
  if (extname(file).toLowerCase() === '.tsx') {
    throw new CliError(`${file}: TSX configs are not supported (JSX is not parsed); .ts, .mts and .cts are`);
  }
  const { schema, label } = await loadSchema(values.schema, file, io);
  const extracted = extract(await readText(file, io), file);
  const options: SummarizeOptions = {};
  const allow = list(values.allow);
  const privateScopes = list(values['private-scopes'])?.map((s) => s.replace(/^@/, ''));
  if (allow) options.allowPackages = allow;
  if (privateScopes) options.privateScopes = privateScopes;
  const summary = summarizeConfig(extracted.value, schema, options);
  if (values.json) {
    const out = { schema: schema?.name ?? null, found: extracted.found, dynamic: extracted.dynamic, summary };
    await writeOut(io.stdout, `${JSON.stringify(out, null, 2)}\n`);
  } else {
    const head = `${basename(file)}: schema ${label}; config from ${extracted.found}; ${extracted.dynamic} value(s) <dynamic>`;
    await writeOut(io.stdout, `${head}\n${JSON.stringify(summary, null, 2)}\n`);
  }
  return EXIT.ok;
}

export const configCommand: Command = {
  name: 'config',
  summary: 'summarize a config file (astro, vite, package.json …) without running it',
  help: HELP,
  run: runConfigCommand,
};
