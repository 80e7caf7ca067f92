/** The text and JSON output of `scrubjay audit`. */
import type { Colors } from '../colors.js';
import { summarize } from './collect-audit.js';
import type { AuditedPayload, SummaryRow } from './collect-audit.js';
import { renderMarked } from './render-show.js';
import type { Marker } from './render-show.js';
import { renderTable } from './table.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function total(payloads: readonly AuditedPayload[]): number {
  return payloads.reduce((n, p) => n + p.findings.length, 0);
}

function summaryTable(rows: readonly SummaryRow[], c: Colors): string[] {
  return renderTable(
    [{ title: 'rule', color: c.yellow }, { title: 'placeholder', color: c.green }, { title: 'count', align: 'right' }],
    rows.map((r) => [r.ruleId, r.placeholder, String(r.count)]),
    '  ',
    c.dim,
  );
}

function payloadText(p: AuditedPayload, c: Colors, marker: Marker | undefined): string[] {
  const where = p.format === 'ndjson' ? `${p.file}:${p.line}` : p.file;
  const count = p.findings.length === 0 ? c.green('no redactions') : plural(p.findings.length, 'redaction');
  const out = [`${c.bold(`== ${where}`)}  ${count}`];
  if (p.redactions.length > 0) {
    const rows = p.redactions.map((r) => [r.target === 'key' ? `${r.pointer} (key)` : r.pointer || '(root)', r.ruleId, r.placeholder, String(r.count)]);
    out.push(...renderTable([{ title: 'pointer', color: c.cyan }, { title: 'rule', color: c.yellow }, { title: 'placeholder', color: c.green }, { title: 'count', align: 'right' }], rows, '  ', c.dim));
    out.push('', c.dim('  by rule and placeholder:'), ...summaryTable(p.summary, c));
  }
  if (marker) out.push('', c.dim('  original, redacted spans marked (local only):'), renderMarked(p.input, p.findings, marker));
  out.push('', c.dim('  scrubbed:'), JSON.stringify(p.scrubbed, null, 2), '');
  return out;
}

/** Text for a terminal or a log; `marker` (from --show) adds the marked original. */
export function renderAuditText(payloads: readonly AuditedPayload[], c: Colors, marker?: Marker): string {
  const lines = payloads.flatMap((p) => payloadText(p, c, marker));
  const n = total(payloads);
  lines.push(c.bold(`Total: ${plural(payloads.length, 'payload')}, ${plural(n, 'redaction')}`));
  if (payloads.length > 1 && n > 0) lines.push(...summaryTable(summarize(payloads.flatMap((p) => p.summary)), c));
  return `${lines.join('\n')}\n`;
}

/** `--json`: pointers into the scrubbed payload, rule ids, placeholders, counts; no original value. */
export function renderAuditJson(payloads: readonly AuditedPayload[]): string {
  const out = {
    payloads: payloads.map((p) => ({ file: p.file, line: p.line, format: p.format, redactions: p.redactions, summary: p.summary, scrubbed: p.scrubbed })),
    summary: summarize(payloads.flatMap((p) => p.summary)),
    total: total(payloads),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
