/**
 * `key=value`, `key: value`, `"key": "value"`, `'key' => 'value'`, `--key value`, `key "value"` and header lines in free text, where the
 * key's words name a secret (same word logic as sensitive object keys): the value is redacted.
 * Linear: only the positions of `=` and `:` (and of `--` for flags) are examined.
 */
import type { Detection, DetectorRuleInput } from '../types.js';
import type { TextDetector } from './detector.js';
import type { SensitiveWords } from './sensitive-words.js';
import { trimEndChars } from '../text/trim-end.js';

const SEPARATOR_RE = /[=:]/g;
const FLAG_RE = /(?<![A-Za-z0-9_-])--?([A-Za-z][A-Za-z0-9_-]{0,63})[ \t]{1,4}(?=[^\s"'<>-])/g;
/** `token "abc"`, `api key 'abc'`: one or two words right before a quoted string, no separator. */
const QUOTED_AFTER_WORDS_RE = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63}(?:[ _-][A-Za-z_][A-Za-z0-9_.-]{0,63})?)[ \t]{1,4}(?=["'])/g;
const UNQUOTED_VALUE_RE = /[^\s"'<>,;&}\]]{1,4096}/y;
const FLAG_VALUE_RE = /[^\s"'<>;&|]{1,4096}/y;
const LINE_VALUE_RE = /[^\r\n]{1,8192}/y;
const SCHEME_CREDENTIAL_RE = /[ \t]{1,4}[^\s"'<>,;]{1,8192}/y;
const AUTH_SCHEME = /^(?:bearer|basic|token|digest|negotiate|ntlm|bot|oauth|apikey|sso-key)$/i;
const HEADER_NAMES = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const MAX_KEY = 64;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** The key before a separator at `sep`: `[start, end)` and whether it was quoted, or undefined. */
function keyBefore(text: string, sep: number): { start: number; end: number; quote: string } | undefined {
  let end = sep;
  while (end > 0 && sep - end < 4 && isSpace(text.charCodeAt(end - 1))) end--;
  let quote = '';
  if (end > 0 && (text[end - 1] === '"' || text[end - 1] === "'")) {
    quote = text[end - 1]!;
    end--;
  }
  let start = end;
  while (start > 0 && end - start <= MAX_KEY && isKeyChar(text.charCodeAt(start - 1))) start--;
  if (start > 0 && isKeyChar(text.charCodeAt(start - 1))) return undefined;
  // `--password=x`, `.token=x`: the key starts after leading dashes and dots.
  while (start < end && (text[start] === '-' || text[start] === '.')) start++;
  if (start === end) return undefined;
  if (quote && text[start - 1] !== quote) return undefined;
  const first = text.charCodeAt(start);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return undefined;
  return { start, end, quote };
}

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

export function createAssignmentDetector(rule: DetectorRuleInput, words: SensitiveWords): TextDetector {
  const { id: ruleId, type } = rule;
  const priority = rule.priority ?? 40;

  function push(out: Detection[], start: number, end: number): void {
    if (end > start) out.push({ ruleId, type, start, end, priority });
  }

  /** The value after a separator: quoted string, header line, or unquoted run. */
  function valueAfter(text: string, at: number, key: string, sep: string, atLineStart: boolean): [number, number] | undefined {
    let i = at;
    while (i < text.length && i - at < 4 && isSpace(text.charCodeAt(i))) i++;
    const q = text[i];
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (close > i + 1 && (nl < 0 || close < nl) && close - i <= 4097) return [i + 1, close];
      return undefined;
    }
    const lower = key.toLowerCase();
    if (sep === ':' && (HEADER_NAMES.has(lower) || (atLineStart && key.includes('-')))) {
      const line = sticky(LINE_VALUE_RE, text, i);
      return line ? [i, i + line.trimEnd().length] : undefined;
    }
    let run = sticky(UNQUOTED_VALUE_RE, text, i);
    if (!run) return undefined;
    // `(token=abc)`: a closing parenthesis the value never opened belongs to the text around it.
    if (run.endsWith(')') && !run.includes('(')) run = trimEndChars(run, ')');
    if (!run) return undefined;
    let end = i + run.length;
    if (AUTH_SCHEME.test(run)) end += sticky(SCHEME_CREDENTIAL_RE, text, end)?.length ?? 0;
    return [i, end];
  }

  function detect(text: string, out: Detection[]): void {
    SEPARATOR_RE.lastIndex = 0;
    for (let m = SEPARATOR_RE.exec(text); m !== null; m = SEPARATOR_RE.exec(text)) {
      const sep = m.index;
      const key = keyBefore(text, sep);
      if (!key) continue;
      const name = text.slice(key.start, key.end);
      if (!words.isSensitive(name) && !HEADER_NAMES.has(name.toLowerCase())) continue;
      const before = key.start - (key.quote ? 1 : 0);
      const lineStart = before === 0 || /[\r\n][ \t]*$/.test(text.slice(Math.max(0, before - 9), before));
      // PHP and Ruby hashes: `'api_key' => '…'`.
      const arrow = m[0] === '=' && text.charCodeAt(sep + 1) === 62 ? 1 : 0;
      const span = valueAfter(text, sep + 1 + arrow, name, m[0], lineStart);
      if (span) push(out, span[0], span[1]);
    }
    // A quoted value right after words that name a secret: `could not process api_key "…"`.
    QUOTED_AFTER_WORDS_RE.lastIndex = 0;
    const quoted = text.includes('"') || text.includes("'");
    for (let m = quoted ? QUOTED_AFTER_WORDS_RE.exec(text) : null; m !== null; m = QUOTED_AFTER_WORDS_RE.exec(text)) {
      if (!words.isSensitive(m[1]!)) continue;
      const span = valueAfter(text, m.index + m[0].length, m[1]!, ' ', false);
      if (span) push(out, span[0], span[1]);
    }
    FLAG_RE.lastIndex = 0;
    for (let m = FLAG_RE.exec(text); m !== null; m = FLAG_RE.exec(text)) {
      if (!words.isSensitive(m[1]!)) continue;
      const at = m.index! + m[0].length;
      const value = sticky(FLAG_VALUE_RE, text, at);
      if (value) push(out, at, at + value.length);
    }
  }

  return { id: rule.id, keywords: [...words.keywords, 'authorization', 'cookie'], detect };
}
