/**
 * `audit --show`: the original payload, indented like `JSON.stringify(value, null, 2)`, with each
 * redacted span marked, so that a developer sees what was taken out and by which rule. It prints the
 * original values: local use only, never part of `--json` or of `check`.
 */
import { escapePointerToken, formatPlaceholder, parsePointer } from '../../index.js';
import type { Finding } from '../../index.js';

export const SHOW_WARNING =
  'WARNING: --show prints the ORIGINAL values, secrets included. Keep this output on your machine: do not paste, log, share or commit it.';

/** Wraps a marked span (already JSON-escaped) and the ids of the rules that redacted it. */
export type Marker = (escaped: string, rules: readonly string[]) => string;

export const plainMarker: Marker = (escaped, rules) => `[[${escaped}]](${rules.join(', ')})`;

interface Span {
  start: number;
  end: number;
  rules: string[];
}

function spans(findings: readonly Finding[], length: number): Span[] {
  const sorted = findings.filter((f) => f.start >= 0 && f.end <= length && f.start < f.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const f of sorted) {
    const last = out.at(-1);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (!last.rules.includes(f.ruleId)) last.rules.push(f.ruleId);
    } else out.push({ start: f.start, end: f.end, rules: [f.ruleId] });
  }
  return out;
}

const escape = (s: string): string => JSON.stringify(s).slice(1, -1);

function markedText(text: string, findings: readonly Finding[], marker: Marker): string {
  let out = '';
  let at = 0;
  for (const s of spans(findings, text.length)) {
    out += escape(text.slice(at, s.start)) + marker(escape(text.slice(s.start, s.end)), s.rules);
    at = s.end;
  }
  return out + escape(text.slice(at));
}

/** A key with its redacted spans replaced by their placeholders: how the engine writes it in pointers. */
function scrubbedKey(key: string, findings: readonly Finding[]): string {
  let out = '';
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at || f.end > key.length) continue;
    out += key.slice(at, f.start) + formatPlaceholder(f.type, f.detail);
    at = f.end;
  }
  return out + key.slice(at);
}

/**
 * Pointers name redacted keys scrubbed (`/owners/<email>`); the original value has the original key.
 * Maps (parent pointer, original key) to the pointer the findings use.
 */
function childPointers(findings: readonly Finding[]): (parent: string, key: string) => string {
  const keyFindings = new Map<string, Finding[]>();
  for (const f of findings) if (f.target === 'key') keyFindings.set(f.pointer, [...(keyFindings.get(f.pointer) ?? []), f]);
  const byParent = new Map<string, { token: string; pointer: string; findings: Finding[] }[]>();
  for (const [pointer, list] of keyFindings) {
    const cut = pointer.lastIndexOf('/');
    const entry = { token: parsePointer(pointer).at(-1) ?? '', pointer, findings: list };
    byParent.set(pointer.slice(0, cut), [...(byParent.get(pointer.slice(0, cut)) ?? []), entry]);
  }
  return (parent, key) => {
    for (const e of byParent.get(parent) ?? []) if (scrubbedKey(key, e.findings) === e.token.replace(/#\d+>/g, '>')) return e.pointer;
    return `${parent}/${escapePointerToken(key)}`;
  };
}

/** Renders `value` (parsed JSON) with the spans of `findings` marked. */
export function renderMarked(value: unknown, findings: readonly Finding[], marker: Marker = plainMarker): string {
  const at = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.target}\u0000${f.pointer}`;
    at.set(key, [...(at.get(key) ?? []), f]);
  }
  const childPointer = childPointers(findings);
  const scalar = (text: string, pointer: string, target: 'key' | 'value'): string => {
    const list = at.get(`${target}\u0000${pointer}`);
    return list ? markedText(text, list, marker) : escape(text);
  };
  const render = (v: unknown, pointer: string, indent: string): string => {
    if (typeof v === 'string') return `"${scalar(v, pointer, 'value')}"`;
    if (typeof v === 'number' || typeof v === 'boolean') {
      const list = at.get(`value\u0000${pointer}`);
      return list ? markedText(String(v), list, marker) : String(v);
    }
    if (v === null || typeof v !== 'object') return 'null';
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((item, i) => inner + render(item, `${pointer}/${i}`, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, item]) => {
      const child = childPointer(pointer, k);
      return `${inner}"${scalar(k, child, 'key')}": ${render(item, child, inner)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  };
  return render(value, '', '');
}
