/** `scrubjay scrub [FILE|-]`: scrub a JSON document, an NDJSON stream or a text, print the result. */
import { resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createScrubber } from '../../node.js';
import type { Finding, Scrubber, ScrubOptions } from '../../node.js';
import { CliError, fsReason, usageError } from '../cli-error.js';
import { createNdjsonScrubStream, NdjsonLineError } from '../../integrations/stream.js';
import type { NdjsonRecord } from '../../integrations/stream.js';
import { parseCommandArgs, wantsHelp } from '../command.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../io.js';
import type { CliIO } from '../io.js';
import { parseJson } from '../json-syntax.js';
import { defaultContext, loadContextFile } from '../load-context.js';
import { openInput, readAll } from '../read-input.js';
import type { Input } from '../read-input.js';
import { ReportWriter } from '../report-writer.js';

const OPTIONS = {
  ndjson: { type: 'boolean' },
  text: { type: 'boolean' },
  context: { type: 'string' },
  rules: { type: 'string' },
  report: { type: 'string' },
  numbering: { type: 'boolean' },
  workers: { type: 'string' },
} as const;

const HELP = `Usage: scrubjay scrub [FILE|-] [options]

Scrub one JSON document and print it (indented by 2 spaces), with secrets, paths,
environment values and personal data replaced by typed placeholders such as
<home>, <env:NAME> or <secret:stripe-key>. Reads FILE, or stdin when FILE is '-'
or when FILE is left out and stdin is not a terminal.

Options:
  --ndjson         one JSON value per line in, one scrubbed line out (streaming;
                   blank lines are skipped)
  --text           the input is plain text (a message, a log), scrubbed whole;
                   with --ndjson, each line is scrubbed on its own (streaming)
  --context FILE   JSON {"env": {...}, "cwd", "home", "user", "hostname", "tmpdir"}:
                   the machine facts whose values are sensitive wherever they
                   appear (default: this machine's environment and directories)
  --rules LIST     packs or rule ids, comma-separated (default: recommended)
  --report FILE    write the findings as JSON {"findings": [...]}: rule id, type,
                   JSON Pointer and offsets (and line with --ndjson); never the
                   redacted text
  --numbering      number placeholders (<email#1>) so that the same value can be
                   told apart from another one of the same type
  --workers N      with --ndjson: scrub lines in N worker threads (output stays in
                   input order; default 0, this thread)
  -h, --help       show this help

Examples:
  scrubjay scrub event.json
  my-tool --dump-telemetry | scrubjay scrub
  scrubjay scrub --ndjson --report findings.json events.ndjson > clean.ndjson
  scrubjay scrub --text --context ctx.json crash.log

Exit codes: 0 success, 2 usage error or bad input (the message names the file
and line:column), 3 internal error.
`;

interface Job {
  scrubber: Scrubber;
  /** What the scrubber was made from: workers make their own from it. */
  options: ScrubOptions;
  input: Input;
  io: CliIO;
  reportFile: string | undefined;
  workers: number;
}

function parseWorkers(value: string | undefined, ndjson: boolean): number {
  if (value === undefined) return 0;
  if (!/^\d{1,3}$/.test(value)) throw usageError('--workers takes a whole number of threads (0 to 999)', 'scrub');
  if (!ndjson) throw usageError('--workers needs --ndjson', 'scrub');
  return Number(value);
}

function parseRules(list: string | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const rules = list.split(',').map((r) => r.trim()).filter((r) => r !== '');
  if (rules.length === 0) throw usageError('--rules needs at least one pack or rule id', 'scrub');
  return rules;
}

/** `--report` is created before the input is read: it must not be one of the inputs. */
function refuseOverwrite(report: string, inputs: ReadonlyArray<string | undefined>, cwd: string): void {
  const target = resolve(cwd, report);
  if (inputs.some((f) => f !== undefined && f !== '-' && resolve(cwd, f) === target)) {
    throw usageError(`--report ${report} would overwrite an input file`, 'scrub');
  }
}

/** A whole document or text: read it all (a message may span lines), scrub once, print. */
async function scrubWhole({ scrubber, input, io, reportFile }: Job, text: boolean): Promise<void> {
  const source = await readAll(input);
  let out: string;
  let findings: Finding[];
  if (text) {
    ({ text: out, findings } = scrubber.scrubText(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source));
  } else {
    const result = scrubber.scrub(parseJson(source, input.name));
    out = `${JSON.stringify(result.value, null, 2)}\n`;
    findings = result.findings;
  }
  const report = reportFile === undefined ? undefined : await ReportWriter.open(reportFile, io.cwd);
  try {
    await writeOut(io.stdout, out);
    await report?.add(findings);
  } finally {
    await report?.close();
  }
}

/**
 * NDJSON (or, with text, plain lines) through `scrubjay/stream`'s NDJSON transform, in this thread or
 * in workers: one line in, one line out, nothing kept between lines. A bad line fails the stream
 * with its line, column and reason, written as `<file>:<line>:<column>: invalid JSON (<reason>)`.
 */
async function scrubLines({ scrubber, options, input, io, reportFile, workers }: Job, text: boolean): Promise<void> {
  const report = reportFile === undefined ? undefined : await ReportWriter.open(reportFile, io.cwd);
  let readError: unknown;
  input.stream.once('error', (error) => (readError = error));
  const stream = createNdjsonScrubStream(workers > 0 ? { ...options, workers, text, records: true } : { scrubber, text, records: true });
  const lines = pipeline(input.stream, stream, () => {});
  try {
    for await (const { line, text: out, findings } of lines as AsyncIterable<NdjsonRecord>) {
      await writeOut(io.stdout, `${out}\n`);
      if (findings.length > 0) await report?.add(findings.map((f) => ({ ...f, line })));
    }
  } catch (error) {
    if (error instanceof NdjsonLineError) throw new CliError(`${input.name}:${error.line}:${error.column ?? 1}: ${error.reason}`);
    if (error instanceof CliError || readError === undefined) throw error;
    throw new CliError(`${input.name}: cannot read (${fsReason(readError)})`);
  } finally {
    input.stream.destroy();
    await report?.close();
  }
}

export const scrubCommand: Command = {
  name: 'scrub',
  summary: 'scrub a JSON document, an NDJSON stream or a text; print the result',
  help: HELP,
  async run(args, io) {
    if (wantsHelp(args)) {
      await writeOut(io.stdout, HELP);
      return EXIT.ok;
    }
    const { values, positionals } = parseCommandArgs('scrub', args, OPTIONS);
    if (positionals.length > 1) {
      throw usageError(`scrub takes one FILE, got ${positionals.length}`, 'scrub');
    }
    const file = positionals[0];
    if (values.report !== undefined) refuseOverwrite(values.report, [file, values.context], io.cwd);
    const rules = parseRules(values.rules);
    const context = values.context === undefined ? defaultContext(io) : await loadContextFile(values.context, io, 'scrub');
    const workers = parseWorkers(values.workers, values.ndjson ?? false);
    const options: ScrubOptions = { context, numbering: values.numbering ?? false, ...(rules ? { rules } : {}) };
    const scrubber = createScrubber(options);
    const input = await openInput(file, io, 'scrub');
    const job: Job = { scrubber, options, input, io, reportFile: values.report, workers };
    await (values.ndjson ? scrubLines : scrubWhole)(job, values.text ?? false);
    return EXIT.ok;
  },
};
