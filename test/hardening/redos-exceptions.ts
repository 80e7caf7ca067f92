/**
 * The few regexes the ReDoS check accepts although recheck calls them vulnerable (or cannot decide),
 * each with why, and the bound on its input that makes it safe. Prefer fixing the pattern. An entry
 * applies while `where` and `source` match exactly; a stale entry fails the test.
 *
 * Also the `new RegExp(…)` constructions whose source is not static, each with where the regexes it
 * builds are checked (or why they need not be).
 */

export interface RedosException {
  /** `src/…/file.ts` or a rules origin (`rules/pii.json#email pattern`). */
  where: string;
  /** The regex source, exactly. */
  source: string;
  reason: string;
  /** The bound on the input that keeps the cost linear or small. */
  bound: string;
}

export const REDOS_EXCEPTIONS: readonly RedosException[] = [
  {
    where: 'src/validators/base64.ts',
    source: '=+$',
    reason: 'runs only after /^[A-Za-z0-9+/\\-_]*={0,2}$/ accepted the text',
    bound: 'the input holds at most 2 "=", all at its end: each start position costs at most 3 steps',
  },
  {
    where: 'src/create-scrubber.ts',
    source: String.raw`^[ \t]+at [^\n]{1,2000}:\d{1,9}:\d{1,9}\)?[ \t]*$|^[^\s@]{0,500}@[^\s@]{1,2000}:\d{1,9}:\d{1,9}[ \t]*$`,
    reason:
      'STACK_FRAME_LINE (m flag): both branches start at a line start and never cross a line break; the bounded runs backtrack over at most 2000 (and 500) characters of that line, each trying a `:line:column` tail of at most ~25 steps. recheck cannot finish on the bounded repetitions',
    bound: 'each line costs at most ~2000 x 25 steps and lines are disjoint: linear, about 25 steps per input character',
  },
];

export interface DynamicRegexNote {
  file: string;
  /** The construction, blanks collapsed, as scan-source-regexes.ts reports it. */
  code: string;
  /** Where the regexes it builds are checked, or why they need not be. */
  covered: string;
}

export const DYNAMIC_REGEXES: readonly DynamicRegexNote[] = [
  { file: 'src/detectors/pattern-detector.ts', code: 'new RegExp(rule.pattern, flags)', covered: 'every rules/*.json pattern is checked as compiled (flags + g)' },
  { file: 'src/detectors/pattern-detector.ts', code: "new RegExp(`^(?:${a})$`, rule.flags ?? '')", covered: 'every rules/*.json allow entry is checked as ^(?:…)$ with the rule flags' },
  { file: 'src/errors/compile-templates.ts', code: "new RegExp(`${source}(?=\\\\r?\\\\n|$)`, 'dy')", covered: 'every rules/messages.json template is compiled by compileTemplates() and checked' },
  { file: 'src/rules/validate-rules.ts', code: 'new RegExp(`${source}|`, flags)', covered: 'compile-time validation of rule patterns; only ever run on the empty string' },
  { file: 'src/rules/validate-rules.ts', code: "new RegExp(rule.pattern, 'g')", covered: 'compile-time validation; run on the empty string only' },
  { file: 'src/rules/validate-rules.ts', code: 'new RegExp(a)', covered: 'compile-time validation of allow entries; constructed, never run' },
  { file: 'src/create-scrubber.ts', code: "new RegExp(`^(?:${a.source})$`, a.flags.replace(/[gy]/g, ''))", covered: "the user's own options.allow regexes: not ours to check; run on detected spans only" },
  { file: 'src/cli/check/project-config.ts', code: "new RegExp(item['regex'], flags)", covered: "the user's own allow regexes from the project config (same as options.allow)" },
  {
    file: 'src/telemetry/debug-matcher.ts',
    code: 'new RegExp(`^${source}$`)',
    covered: 'the DEBUG env value as a glob (`*` → `.*?`), matched against a short fixed namespace; the cost grows with the number of `*` in the user\'s own DEBUG',
  },
];
