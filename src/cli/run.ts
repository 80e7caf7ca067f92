/**
 * run(argv, io): the whole CLI as a function of its arguments and io, returning the exit code. It
 * never touches `process`; `bin.ts` does that. Errors become one line on stderr (plus indented detail
 * lines for rule problems): never a stack trace, never input content.
 */
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { CliError, describeError } from './cli-error.js';
import { toUsageError } from './command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import { toolHelp } from './help.js';
import { writeOut } from './io.js';
import type { CliIO } from './io.js';

export type { CliIO, CliOutput } from './io.js';

export const VERSION: string = pkg.version;

const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function unknownCommand(name: string): Error {
  if (name.includes('.') || name.includes('/') || name.includes('\\')) {
    return new CliError(`unknown command '${name}'; to scrub that file: scrubjay scrub ${name}`);
  }
  const names = COMMANDS.map((c) => c.name).join(', ');
  return new CliError(`unknown command '${name}' (commands: ${names}; see 'scrubjay --help')`);
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const at = argv.findIndex((arg) => !arg.startsWith('-') || arg === '-');
  const globals = at === -1 ? [...argv] : argv.slice(0, at);
  const name = at === -1 ? undefined : argv[at];
  const rest = at === -1 ? [] : argv.slice(at + 1);
  let values;
  try {
    ({ values } = parseArgs({ args: globals, options: GLOBAL_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw toUsageError(error);
  }
  if (values.help) {
    const command = name === undefined ? undefined : findCommand(name);
    await writeOut(io.stdout, command?.help ?? toolHelp(COMMANDS, VERSION));
    return EXIT.ok;
  }
  if (values.version) {
    await writeOut(io.stdout, `${VERSION}\n`);
    return EXIT.ok;
  }
  if (name === undefined) {
    await writeOut(io.stderr, toolHelp(COMMANDS, VERSION));
    return EXIT.usage;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      await writeOut(io.stdout, toolHelp(COMMANDS, VERSION));
      return EXIT.ok;
    }
    const command = findCommand(topic);
    if (!command) throw unknownCommand(topic);
    await writeOut(io.stdout, command.help);
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (!command) throw unknownCommand(name);
  return command.run(rest, io);
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const debug = io.env['SCRUBJAY_DEBUG'] !== undefined && !['', '0', 'false'].includes(io.env['SCRUBJAY_DEBUG']);
    const { exitCode, lines } = describeError(error, debug);
    io.stderr.write(`${lines.join('\n')}\n`);
    return exitCode;
  }
}
