/** The scrubber of a project: its configuration, with `--rules` and `--context` taking precedence. */
import { createScrubber } from '../../node.js';
import type { ScrubContext, ScrubOptions, Scrubber } from '../../node.js';
import { usageError } from '../cli-error.js';
import type { CliIO } from '../io.js';
import { defaultContext, loadContextFile } from '../load-context.js';
import { displayName } from '../payload-files.js';
import type { ProjectConfig } from './project-config.js';

export interface ScrubberFlags {
  rules?: string | undefined;
  context?: string | undefined;
}

export function parseRuleList(list: string, command: string): string[] {
  const rules = list.split(',').map((r) => r.trim()).filter((r) => r !== '');
  if (rules.length === 0) throw usageError('--rules needs at least one pack or rule id', command);
  return rules;
}

async function contextOf(config: ProjectConfig | undefined, flags: ScrubberFlags, io: CliIO, command: string): Promise<ScrubContext> {
  if (flags.context !== undefined) return loadContextFile(flags.context, io, command);
  const configured = config?.context;
  if (typeof configured === 'string') return loadContextFile(displayName(configured, io.cwd), io, command);
  return configured ?? defaultContext(io);
}

export async function createProjectScrubber(config: ProjectConfig | undefined, flags: ScrubberFlags, io: CliIO, command: string): Promise<Scrubber> {
  const options: ScrubOptions = { context: await contextOf(config, flags, io, command) };
  const rules = flags.rules === undefined ? config?.rules : parseRuleList(flags.rules, command);
  if (rules) options.rules = rules;
  if (config?.extraRules) options.extraRules = config.extraRules;
  if (config?.allow) options.allow = config.allow;
  if (config?.allowHosts) options.allowHosts = config.allowHosts;
  return createScrubber(options);
}
