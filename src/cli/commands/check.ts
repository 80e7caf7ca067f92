/** `scrubjay check [GLOB...]`: the CI gate. Fails on planted values that survive and unapproved shapes. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { VERSION_TEXT } from '../version.js';
import { CliError, fsReason, usageError } from '../cli-error.js';
import { NO_COLORS, colorsFor } from '../colors.js';
import { parseCommandArgs, wantsHelp } from '../command.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../io.js';
import type { CliIO } from '../io.js';
import { displayName, expandPayloadArgs } from '../payload-files.js';
import type { PayloadSource } from '../payload-files.js';
import { CHECK_HELP } from '../check/check-help.js';
import { compareShape } from '../check/compare-shape.js';
import { resolveProjectConfig } from '../check/find-config.js';
import type { ProjectConfig } from '../check/project-config.js';
import { createProjectScrubber } from '../check/project-scrubber.js';
import { PLANTED_SUFFIX, PlantedIndex, readPlantedFile } from '../check/planted.js';
import type { PlantedValue } from '../check/planted.js';
import { compareProblems } from '../check/problems.js';
import type { CheckProblem } from '../check/problems.js';
import { createProgress } from '../check/progress.js';
import { FORMATS, summaryLine } from '../check/report.js';
import type { CheckReport, ReportFormat } from '../check/report.js';
import { runCheck } from '../check/run-check.js';
import { readSnapshot, writeSnapshot } from '../check/snapshot.js';
import type { Snapshot } from '../check/snapshot.js';
import { createPointerMask, maskSeen, maskShape } from '../check/mask-pointers.js';
import { formatReport } from '../check/format-report.js';

const MAX_WARNINGS = 5;

const OPTIONS = {
  config: { type: 'string' },
  rules: { type: 'string' },
  context: { type: 'string' },
  secrets: { type: 'string' },
  snapshot: { type: 'string' },
  update: { type: 'boolean' },
  format: { type: 'string' },
  output: { type: 'string' },
  progress: { type: 'boolean' },
} as const;

function formatOf(value: string | undefined): ReportFormat {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw usageError(`unknown --format '${value}' (expected ${FORMATS.join(', ')})`, 'check');
}

/** An option's file (relative to the working directory) or the configuration's (already absolute). */
function fileOption(flag: string | undefined, configured: string | undefined, cwd: string): string | undefined {
  return flag === undefined ? configured : resolve(cwd, flag);
}

/** The inputs to check; planted-value files next to them are never inputs themselves. */
async function inputs(positionals: string[], config: ProjectConfig | undefined, exclude: string[], io: CliIO): Promise<PayloadSource[]> {
  const payloads = (list: PayloadSource[]): PayloadSource[] => list.filter((s) => !s.name.endsWith(PLANTED_SUFFIX));
  if (positionals.length > 0) return payloads(await expandPayloadArgs(positionals, { cwd: io.cwd, command: 'check', exclude }));
  if (config?.include) return payloads(await expandPayloadArgs(config.include, { cwd: io.cwd, base: config.dir, command: 'check', exclude }));
  const where = config ? `set "include" in ${config.name}` : 'or create a scrubjay.config.json with "include"';
  throw usageError(`nothing to check: give GLOBs, ${where}`, 'check');
}

async function emit(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined) return writeOut(io.stdout, text);
  try {
    await writeFile(resolve(io.cwd, output), text, 'utf8');
  } catch (error) {
    throw new CliError(`--output ${output}: cannot write (${fsReason(error)})`);
  }
}

/** Planted values that occur nowhere in their input cannot fail the check: say so, briefly. */
function warnUnused(unused: readonly string[], io: CliIO): void {
  for (const origin of unused.slice(0, MAX_WARNINGS)) io.stderr.write(`scrubjay: warning: planted value ${origin} occurs nowhere in its input; nothing is checked for it\n`);
  const more = unused.length - MAX_WARNINGS;
  if (more > 0) io.stderr.write(`scrubjay: warning: ${more} more planted value(s) occur nowhere in their input (--format json lists them all)\n`);
}

async function runCheckCommand(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    await writeOut(io.stdout, CHECK_HELP);
    return EXIT.ok;
  }
  const started = performance.now();
  const { values, positionals } = parseCommandArgs('check', args, OPTIONS);
  const format = formatOf(values.format);
  const config = await resolveProjectConfig(values.config, io.cwd);
  const secretsPath = fileOption(values.secrets, config?.secrets, io.cwd);
  const snapshotPath = fileOption(values.snapshot, config?.snapshot, io.cwd);
  if (values.update && snapshotPath === undefined) throw usageError('--update needs a snapshot: --snapshot FILE or "snapshot" in the configuration', 'check');
  const own = [config?.file, secretsPath, snapshotPath, typeof config?.context === 'string' ? config.context : undefined];
  if (values.output !== undefined) own.push(resolve(io.cwd, values.output));
  const sources = await inputs(positionals, config, own.filter((p): p is string => p !== undefined), io);
  const secrets: PlantedValue[] = secretsPath === undefined ? [] : await readPlantedFile(secretsPath, displayName(secretsPath, io.cwd));
  const snapshotName = snapshotPath === undefined ? undefined : displayName(snapshotPath, io.cwd);
  let approved: Snapshot | undefined;
  if (snapshotPath !== undefined && snapshotName !== undefined && !values.update) approved = await readSnapshot(snapshotPath, snapshotName);
  const scrubber = await createProjectScrubber(config, values, io, 'check');
  const progress = createProgress(io.stderr, sources.length, { forced: values.progress ?? false });
  const run = await runCheck({ sources, scrubber, secrets, planted: new PlantedIndex(), io, progress });
  const mask = createPointerMask(run.matchers);
  const shape = maskShape(run.shape, mask);
  const problems: CheckProblem[] = run.leaks.map((p) => ({ ...p, pointer: mask(p.pointer) }));
  if (approved && snapshotName !== undefined) problems.push(...compareShape(approved, shape, maskSeen(run.seen, mask), snapshotName));
  if (values.update && snapshotPath !== undefined && snapshotName !== undefined) await writeSnapshot(snapshotPath, snapshotName, shape);
  problems.sort(compareProblems);
  const report: CheckReport = {
    version: VERSION_TEXT,
    problems,
    files: run.files,
    unused: run.unused,
    stats: { files: run.files.length, events: run.events, planted: run.matchers.length, redactions: run.redactions, ms: Math.round(performance.now() - started) },
  };
  if (snapshotName !== undefined) report.snapshot = { file: snapshotName, updated: values.update ?? false };
  warnUnused(run.unused, io);
  await emit(formatReport(report, format, values.output === undefined ? colorsFor(io) : NO_COLORS), values.output, io);
  if (values.output !== undefined || !['text', 'github'].includes(format)) io.stderr.write(`${summaryLine(report)}\n`);
  return problems.length > 0 ? EXIT.findings : EXIT.ok;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'CI gate: fail when planted values survive scrubbing or the scrubbed shape changes',
  help: CHECK_HELP,
  run: runCheckCommand,
};

