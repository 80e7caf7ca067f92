/** `scrubjay audit FILE...`: what would leave this machine, and why; scrubbed payloads with reasons. */
import { usageError } from '../cli-error.js';
import { colorsFor, isTerminal } from '../colors.js';
import type { Colors } from '../colors.js';
import { parseCommandArgs, wantsHelp } from '../command.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeOut } from '../io.js';
import type { CliIO } from '../io.js';
import { expandPayloadArgs } from '../payload-files.js';
import type { PayloadSource } from '../payload-files.js';
import { parsePayloads, readSource } from '../read-payloads.js';
import { STDIN_NAME } from '../read-input.js';
import { AUDIT_HELP } from '../audit/audit-help.js';
import { auditPayload } from '../audit/collect-audit.js';
import type { AuditedPayload } from '../audit/collect-audit.js';
import { renderAuditJson, renderAuditText } from '../audit/render-audit.js';
import { SHOW_WARNING, plainMarker } from '../audit/render-show.js';
import type { Marker } from '../audit/render-show.js';
import { resolveProjectConfig } from '../check/find-config.js';
import { createProjectScrubber } from '../check/project-scrubber.js';

const OPTIONS = {
  show: { type: 'boolean' },
  json: { type: 'boolean' },
  'fail-on-findings': { type: 'boolean' },
  config: { type: 'string' },
  rules: { type: 'string' },
  context: { type: 'string' },
} as const;

async function sourcesOf(positionals: string[], io: CliIO): Promise<PayloadSource[]> {
  if (positionals.length > 0) return expandPayloadArgs(positionals, { cwd: io.cwd, command: 'audit' });
  if (io.stdinIsTTY) throw usageError("no input: give FILEs, or pipe the payload into stdin (use '-' to type it in the terminal)", 'audit');
  return [{ name: STDIN_NAME }];
}

function markerFor(c: Colors, colored: boolean): Marker {
  return colored ? (escaped, rules) => `${c.inverse(escaped)}${c.dim(`(${rules.join(', ')})`)}` : plainMarker;
}

async function runAudit(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    await writeOut(io.stdout, AUDIT_HELP);
    return EXIT.ok;
  }
  const { values, positionals } = parseCommandArgs('audit', args, OPTIONS);
  if (values.show && values.json) throw usageError('--show prints original values and is never part of --json output', 'audit');
  const config = await resolveProjectConfig(values.config, io.cwd);
  const scrubber = await createProjectScrubber(config, values, io, 'audit');
  const payloads: AuditedPayload[] = [];
  for (const source of await sourcesOf(positionals, io)) {
    const { format, payloads: parsed } = parsePayloads(await readSource(source, io, 'audit'), source.name);
    for (const payload of parsed) payloads.push(auditPayload(scrubber, payload, source.name, format));
  }
  if (values.json) {
    await writeOut(io.stdout, renderAuditJson(payloads));
  } else {
    const c = colorsFor(io);
    let text = renderAuditText(payloads, c, values.show ? markerFor(c, c.isColorSupported) : undefined);
    if (values.show) {
      text = `${c.red(c.bold(SHOW_WARNING))}\n${text}`;
      if (!isTerminal(io.stdout)) io.stderr.write(`scrubjay: ${SHOW_WARNING}\n`);
    }
    await writeOut(io.stdout, text);
  }
  const redacted = payloads.some((p) => p.findings.length > 0);
  return values['fail-on-findings'] && redacted ? EXIT.findings : EXIT.ok;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'show what would leave this machine: redactions (pointer, rule, placeholder) and the scrubbed payload',
  help: AUDIT_HELP,
  run: runAudit,
};
