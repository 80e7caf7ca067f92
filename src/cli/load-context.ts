/**
 * The machine context of a run: from `--context FILE` (validated: a wrong shape names the field), or by
 * default this machine's facts, with env and cwd taken from the CLI's io so that tests can inject them.
 */
import { machineContext } from '../node.js';
import type { ScrubContext } from '../node.js';
import { CliError } from './cli-error.js';
import type { CliIO } from './io.js';
import { openInput, readAll } from './read-input.js';
import { parseJson } from './json-syntax.js';

const STRING_FIELDS = ['cwd', 'home', 'user', 'hostname', 'tmpdir'] as const;
const FIELDS: readonly string[] = ['env', ...STRING_FIELDS];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Problems of a parsed context file, each naming its field; empty when the shape is right. */
export function contextProblems(value: unknown): string[] {
  if (!isPlainObject(value)) return [`must be a JSON object with fields ${FIELDS.join(', ')} (got ${describe(value)})`];
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key)) problems.push(`unknown field "${key}" (expected ${FIELDS.join(', ')})`);
  }
  for (const key of STRING_FIELDS) {
    const field = value[key];
    if (field !== undefined && typeof field !== 'string') problems.push(`field "${key}" must be a string (got ${describe(field)})`);
  }
  const env = value['env'];
  if (env !== undefined) {
    if (!isPlainObject(env)) problems.push(`field "env" must be an object of strings (got ${describe(env)})`);
    else {
      for (const [name, v] of Object.entries(env)) {
        if (typeof v !== 'string') problems.push(`field "env.${name}" must be a string (got ${describe(v)})`);
      }
    }
  }
  return problems;
}

export async function loadContextFile(file: string, io: CliIO, command: string): Promise<ScrubContext> {
  if (file === '-') throw new CliError("--context needs a file; stdin ('-') is kept for the input");
  const input = await openInput(file, io, command);
  const value = parseJson(await readAll(input), file);
  const problems = contextProblems(value);
  const first = problems[0];
  if (first !== undefined) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new CliError(`${file}: invalid context: ${first}${more}`);
  }
  return value as ScrubContext;
}

/** This machine's context, with the environment and working directory of the CLI's io. */
export function defaultContext(io: CliIO): ScrubContext {
  return { ...machineContext(), env: { ...io.env }, cwd: io.cwd };
}
