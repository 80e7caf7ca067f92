/**
 * `key=value`, `key: value`, `"key": "value"`, `--key value` and header lines in free text, where the
 * key's words name a secret (same word logic as sensitive object keys): the value is redacted.
 */
import type { Detection, DetectorRuleInput } from '../types.js';
import type { TextDetector } from './detector.js';
import type { SensitiveWords } from './sensitive-words.js';

// key (optionally quoted), separator, value (quoted, or a run up to a delimiter).
const ASSIGNMENT_RE =
  /(?<![A-Za-z0-9_.-])(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,63})\1[ \t]{0,4}(=|:)[ \t]{0,4}("[^"\n]{0,4096}"|'[^'\n]{0,4096}'|[^\s"'<>,;&}\]]{1,4096})/g;
const FLAG_RE = /(?<![A-Za-z0-9_-])--?([A-Za-z][A-Za-z0-9_-]{0,63})(?:=|[ \t]{1,4})([^\s"'<>-][^\s"'<>]{0,4095})/g;
// A header line: the value runs to the end of the line.
const HEADER_RE = /(?:^|[\r\n])[ \t]{0,8}([A-Za-z][A-Za-z0-9-]{0,63})[ \t]{0,4}:[ \t]{0,4}([^\r\n]{1,8192})/g;
const AUTH_SCHEME = /^(?:bearer|basic|token|digest|negotiate|ntlm|bot|oauth|apikey|sso-key)$/i;
const SCHEME_CREDENTIAL = /^[ \t]{1,4}[^\s"'<>,;]{1,8192}/;
const HEADER_NAMES = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

export function createAssignmentDetector(rule: DetectorRuleInput, words: SensitiveWords): TextDetector {
  const priority = rule.priority ?? 40;
  const base = { ruleId: rule.id, type: rule.type, priority };

  function push(out: Detection[], start: number, value: string): void {
    let s = start;
    let e = start + value.length;
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0]) {
      s++;
      e--;
    }
    if (e > s) out.push({ ...base, start: s, end: e });
  }

  function detect(text: string, out: Detection[]): void {
    for (const m of text.matchAll(HEADER_RE)) {
      const name = m[1]!;
      const lower = name.toLowerCase();
      if (!HEADER_NAMES.has(lower) && !(name.includes('-') && words.isSensitive(name))) continue;
      const value = m[2]!.trimEnd();
      push(out, m.index! + m[0].length - m[2]!.length, value);
    }
    for (const m of text.matchAll(ASSIGNMENT_RE)) {
      if (!words.isSensitive(m[2]!)) continue;
      let value = m[4]!;
      const end = m.index! + m[0].length;
      // `Authorization: Bearer abc` mid-line: the credential follows the scheme word.
      if (AUTH_SCHEME.test(value)) value += SCHEME_CREDENTIAL.exec(text.slice(end, end + 8200))?.[0] ?? '';
      push(out, end - m[4]!.length, value);
    }
    for (const m of text.matchAll(FLAG_RE)) {
      if (!words.isSensitive(m[1]!)) continue;
      const value = m[2]!;
      push(out, m.index! + m[0].length - value.length, value);
    }
  }

  return { id: rule.id, keywords: [...words.keywords, 'authorization', 'cookie'], detect };
}
