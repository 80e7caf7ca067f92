/**
 * The command table, sorted by name. A new command is one file in this folder, one import and one
 * line in the table (one per line, so that additions merge cleanly).
 */
import type { Command } from '../command.js';
import { auditCommand } from './audit.js';
import { checkCommand } from './check.js';
import { configCommand } from './config.js';
import { scrubCommand } from './scrub.js';

export const COMMANDS: readonly Command[] = [
  auditCommand,
  checkCommand,
  configCommand,
  scrubCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
