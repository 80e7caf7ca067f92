/** The command table, sorted by name. A new command is one file in this folder and one line here. */
import type { Command } from '../command.js';
import { configCommand } from './config.js';
import { scrubCommand } from './scrub.js';

export const COMMANDS: readonly Command[] = [configCommand, scrubCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
