/**
 * What `scrubjay audit` shows for each payload: its redactions grouped by pointer, rule and placeholder
 * (with counts), a summary by rule and placeholder, and the scrubbed value. Nothing here holds an
 * original value except the input itself, which only `--show` renders.
 */
import { formatPlaceholder } from '../../index.js';
import type { Finding, JsonValue, Scrubber } from '../../node.js';
import type { Payload } from '../read-payloads.js';

export interface RedactionRow {
  pointer: string;
  target: 'key' | 'value';
  ruleId: string;
  type: string;
  detail?: string;
  placeholder: string;
  count: number;
}

export interface SummaryRow {
  ruleId: string;
  type: string;
  detail?: string;
  placeholder: string;
  count: number;
}

export interface AuditedPayload {
  file: string;
  line: number;
  format: 'json' | 'ndjson';
  input: unknown;
  findings: Finding[];
  redactions: RedactionRow[];
  summary: SummaryRow[];
  scrubbed: JsonValue;
}

function group<T extends SummaryRow>(rows: Iterable<T & { key: string }>): T[] {
  const out = new Map<string, T>();
  for (const { key, ...row } of rows) {
    const found = out.get(key);
    if (found) found.count += row.count;
    else out.set(key, row as unknown as T);
  }
  return [...out.values()];
}

function bySummary(a: SummaryRow, b: SummaryRow): number {
  return b.count - a.count || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.placeholder < b.placeholder ? -1 : 1);
}

/** Summary rows of many redaction rows, by rule and placeholder, most frequent first. */
export function summarize(rows: readonly SummaryRow[]): SummaryRow[] {
  const keyed = rows.map((r) => {
    const row: SummaryRow & { key: string } = { key: `${r.ruleId}\u0000${r.placeholder}`, ruleId: r.ruleId, type: r.type, placeholder: r.placeholder, count: r.count };
    if (r.detail !== undefined) row.detail = r.detail;
    return row;
  });
  return group<SummaryRow>(keyed).sort(bySummary);
}

export function auditPayload(scrubber: Scrubber, payload: Payload, file: string, format: 'json' | 'ndjson'): AuditedPayload {
  const { value: scrubbed, findings } = scrubber.scrub(payload.value);
  const rows = findings.map((f) => {
    const placeholder = formatPlaceholder(f.type, f.detail);
    // The engine writes redacted keys scrubbed in pointers: a pointer never shows a secret.
    const pointer = f.pointer;
    const row: RedactionRow & { key: string } = { key: `${pointer}\u0000${f.target}\u0000${f.ruleId}\u0000${placeholder}`, pointer, target: f.target, ruleId: f.ruleId, type: f.type, placeholder, count: 1 };
    if (f.detail !== undefined) row.detail = f.detail;
    return row;
  });
  const redactions = group<RedactionRow>(rows);
  return { file, line: payload.line, format, input: payload.value, findings, redactions, summary: summarize(redactions), scrubbed };
}
