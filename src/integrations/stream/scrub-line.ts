/** One NDJSON or text line through a scrubber: the same code on the stream's thread and in workers. */
import { formatPlaceholder } from '../../placeholder.js';
import type { Finding, Scrubber } from '../../types.js';
import type { LineItem, LineResult, LineSettings } from './types.js';
import { findJsonSyntaxError } from '../../util/json-syntax.js';

function dropped(line: number, detail: string, length: number, settings: LineSettings, ruleId: string): LineResult {
  const placeholder = formatPlaceholder('dropped', detail);
  const result: LineResult = { line, out: settings.text ? placeholder : JSON.stringify(placeholder) };
  if (settings.records) result.findings = [{ ruleId, type: 'dropped', detail, pointer: '', target: 'value', start: 0, end: length }];
  return result;
}

/** A line that is not JSON, by the policy; the failure names the column and the reason in our words, never the text. */
function invalid(line: number, text: string, settings: LineSettings): LineResult {
  if (settings.invalidLine === 'skip') return { line };
  if (settings.invalidLine === 'placeholder') return dropped(line, 'invalid-json', text.length, settings, 'ndjson');
  const found = findJsonSyntaxError(text) ?? { offset: 0, reason: 'not valid JSON' };
  return { line, failure: { line, column: found.offset + 1, reason: `invalid JSON (${found.reason})` } };
}

export function scrubLine(
  scrubber: Scrubber,
  item: LineItem,
  settings: LineSettings,
  parse?: (text: string, line: number) => unknown,
): LineResult {
  const [line, text] = item;
  if (text === null) return dropped(line, 'too-long', item[2] ?? 0, settings, 'limits');
  let out: string;
  let findings: Finding[];
  if (settings.text) {
    ({ text: out, findings } = scrubber.scrubText(text));
  } else {
    if (text.trim() === '') return { line };
    let value: unknown;
    try {
      value = parse ? parse(text, line) : JSON.parse(text);
    } catch (error) {
      if (parse && settings.invalidLine === 'error') throw error;
      return invalid(line, text, settings);
    }
    const result = scrubber.scrub(value);
    out = JSON.stringify(result.value);
    findings = result.findings;
  }
  return settings.records ? { line, out, findings } : { line, out };
}
