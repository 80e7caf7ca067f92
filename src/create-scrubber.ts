/**
 * createScrubber: compile once (validate rules, build matchers), then scrub values and texts cheaply.
 * Fail closed: a string over the limits, a detector that throws or a spent budget drops the value to a
 * placeholder; the raw value is never passed through.
 */
import type { JsonValue, ScrubLimits, ScrubOptions, Scrubber, ScrubResult, TextResult } from './types.js';
import { DEFAULT_LIMITS } from './limits.js';
import { formatPlaceholder, PLACEHOLDER_TYPES } from './placeholder.js';
import { ScrubjayError } from './scrubjay-error.js';
import { compileRules } from './rules/compile-rules.js';
import { BudgetSpent, MEMO_MAX_LENGTH, TextEngine } from './text/text-engine.js';
import { createFixpointScrubber, scrubToFixpoint } from './text/scrub-to-fixpoint.js';
import type { FixpointResult } from './text/scrub-to-fixpoint.js';
import type { Numbering } from './text/render.js';
import { toFindings } from './text/to-findings.js';
import { CallState } from './walk/call-state.js';
import { createWalk } from './walk/walk-value.js';
import type { ScrubbedKey, WalkEnv } from './walk/walk-value.js';
import { renderErrorFields } from './walk/render-error.js';
import { renderScrubbedError, type ErrorRenderSettings } from './errors/engine-context.js';
import type { MemoFrame, MemoMessage } from './errors/error-context.js';
import { TwoGenerationMemo } from './util/two-generation-memo.js';

/** A stack frame line of V8 (`    at fn (file:1:2)`) or SpiderMonkey/JavaScriptCore (`fn@file:1:2`). */
const STACK_FRAME_LINE = /^[ \t]+at [^\n]{1,2000}:\d{1,9}:\d{1,9}\)?[ \t]*$|^[^\s@]{0,500}@[^\s@]{1,2000}:\d{1,9}:\d{1,9}[ \t]*$/m;

function stripPlaceholders(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + ' ';
    last = s.end;
  }
  return out + text.slice(last);
}

/** A string dropped whole (fail closed): its placeholder, recorded as a finding (and as the key's alias). */
function dropString(text: string, state: CallState, target: 'key' | 'value', reason: string): string {
  const placeholder = formatPlaceholder('dropped', reason);
  if (target === 'key') state.aliasKey(text, placeholder);
  state.dropped(reason, target, text.length);
  return placeholder;
}

/** What a key becomes, with the verdict on it (memoized as one). */
type ScrubbedKeyResult = FixpointResult & ScrubbedKey;

function resolveLimits(limits: Partial<ScrubLimits> | undefined): ScrubLimits {
  const out = { ...DEFAULT_LIMITS, ...limits };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== 'number' || !(v > 0)) throw new ScrubjayError('INVALID_OPTIONS', `options.limits.${k} must be a positive number`);
  }
  return out;
}

function compileAllow(allow: ScrubOptions['allow']): { exact: string[]; isAllowed: (value: string) => boolean } {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const a of allow ?? []) {
    if (typeof a === 'string') {
      if (a.length > 0) exact.add(a);
    } else if (a instanceof RegExp) patterns.push(new RegExp(`^(?:${a.source})$`, a.flags.replace(/[gy]/g, '')));
    else throw new ScrubjayError('INVALID_OPTIONS', 'options.allow takes strings and regular expressions');
  }
  const isAllowed = patterns.length === 0 && exact.size === 0 ? () => false : (value: string) => exact.has(value) || patterns.some((p) => p.test(value));
  return { exact: [...exact], isAllowed };
}

export function createScrubber(options: ScrubOptions = {}): Scrubber {
  const limits = resolveLimits(options.limits);
  const compiled = compileRules(options, {
    context: options.context ?? {},
    allowHosts: options.allowHosts ?? [],
    keepProjectPaths: options.keepProjectPaths ?? false,
  });
  const produces = new Set<string>(Object.keys(PLACEHOLDER_TYPES).filter((t) => t !== 'env' && t !== 'secret'));
  for (const d of compiled.detectors) for (const p of d.produces) produces.add(p);
  const engine = new TextEngine({
    detectors: compiled.detectors.flatMap((d) => (d.text ? [d.text] : [])),
    produces,
    ...compileAllow(options.allow),
    // Without numbering, whole results of short strings are memoized (createFixpointScrubber).
    memo: options.numbering ?? false,
  });
  const scrubFixpoint = createFixpointScrubber(engine);
  const keyRules = compiled.detectors.flatMap((d) => (d.key ? [d.key] : []));
  /** Rule id of the key classifier that marks this key's value sensitive, if any. */
  const classifyKey = (key: string): string | undefined => {
    if (keyRules.length === 0) return undefined;
    // Placeholders in a key are what an earlier pass wrote (`<env:DEPLOY_TOKEN>`): not key words.
    const words = key.includes('<') ? stripPlaceholders(key, engine.protectedSpans(key)) : key;
    for (const k of keyRules) if (k.classify(words)) return k.id;
    return undefined;
  };
  /**
   * Object keys get a memo of their own: few distinct keys come back on every event, and a small table
   * of them stays in the CPU cache where the values' large one does not. One entry holds both what a
   * key becomes and the verdict on the scrubbed key, so a key costs one lookup.
   */
  const keyMemo = new TwoGenerationMemo<ScrubbedKeyResult>(512);
  /** Verdicts on the keys of an error's own properties (`code`, `path`, `cause` …), by key. */
  const keyVerdicts = new TwoGenerationMemo<string>(512);
  const keyResult = (key: string, numbering: Numbering | undefined, clock: () => boolean): ScrubbedKeyResult | undefined => {
    const remembered = numbering === undefined && key.length <= MEMO_MAX_LENGTH;
    if (remembered) {
      const hit = keyMemo.get(key);
      if (hit !== undefined) return hit;
    }
    const scrubbed = scrubToFixpoint(engine, key, numbering, clock);
    if (scrubbed === undefined) return undefined;
    const result: ScrubbedKeyResult = Object.freeze({ text: scrubbed.text, spans: Object.freeze(scrubbed.spans), sensitive: classifyKey(scrubbed.text) });
    if (remembered) keyMemo.set(key, result);
    return result;
  };
  /** A key dropped whole: its placeholder, which marks nothing sensitive. */
  const droppedKey = (key: string, state: CallState, reason: string): ScrubbedKey => ({ text: dropString(key, state, 'key', reason), sensitive: undefined });

  const env: WalkEnv = {
    maxDepth: limits.maxDepth,
    scrubString(text, state, target) {
      if (target === 'key') return env.scrubKey(text, state).text;
      if (text.length > limits.maxStringLength) return dropString(text, state, target, 'too-long');
      if (!state.budget.timeLeft(text.length)) return dropString(text, state, target, 'budget');
      let result;
      try {
        result = scrubFixpoint(text, state.numbering, state.budget.clockLeft);
      } catch (error) {
        return dropString(text, state, target, error instanceof BudgetSpent ? 'budget' : 'error');
      }
      if (!result) return dropString(text, state, target, 'unstable');
      if (result.spans.length > 0) state.add(toFindings(result.spans, state.pointer(), target));
      return result.text;
    },
    scrubKey(key, state) {
      if (key.length > limits.maxStringLength) return droppedKey(key, state, 'too-long');
      if (!state.budget.timeLeft(key.length)) return droppedKey(key, state, 'budget');
      let result;
      try {
        result = keyResult(key, state.numbering, state.budget.clockLeft);
      } catch (error) {
        return droppedKey(key, state, error instanceof BudgetSpent ? 'budget' : 'error');
      }
      if (!result) return droppedKey(key, state, 'unstable');
      // A key's pointer segment is written scrubbed: findings never carry the key's secret.
      state.aliasKey(key, result.text);
      if (result.spans.length > 0) state.add(toFindings(result.spans, state.pointer(), 'key'));
      return result;
    },
    sensitiveKey(key) {
      if (keyRules.length === 0) return undefined;
      if (key.length > MEMO_MAX_LENGTH) return classifyKey(key);
      // The verdict depends on the key alone ('' for none: the memo keeps no undefined).
      let verdict = keyVerdicts.get(key);
      if (verdict === undefined) keyVerdicts.set(key, (verdict = classifyKey(key) ?? ''));
      return verdict === '' ? undefined : verdict;
    },
    isPlaceholder(text) {
      const spans = engine.protectedSpans(text);
      return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === text.length;
    },
    // Under a sensitive key every field goes; otherwise the error is parsed (stack, message templates).
    renderError: (error, state, depth, walk, redactAll) =>
      redactAll
        ? renderErrorFields(error, state, depth, walk, env, redactAll)
        : renderScrubbedError(error, state, depth, walk, env, errorSettings),
  };
  const errorSettings: ErrorRenderSettings = {
    keepIdentifiers: options.keepIdentifiers ?? false,
    keepProjectPaths: options.keepProjectPaths ?? false,
    maxStringLength: limits.maxStringLength,
    // Numbered placeholders depend on the call: frames are then scrubbed each time.
    ...(options.numbering
      ? {}
      : { frameMemo: new TwoGenerationMemo<MemoFrame>(2048), messageMemo: new TwoGenerationMemo<MemoMessage>(1024), headerMemo: new TwoGenerationMemo<MemoMessage>(256) }),
  };
  const walk = createWalk(env);
  const numbering = options.numbering ?? false;

  function scrubStackText(text: string): TextResult {
    const state = new CallState(limits, numbering);
    const out = walk({ name: 'Error', message: '', stack: text }, state, 0, undefined) as { stack?: unknown };
    if (typeof out?.stack !== 'string') return { text: formatPlaceholder('dropped', 'error'), findings: [] };
    const findings = state.findings.filter((f) => f.pointer === '/stack').map((f) => ({ ...f, pointer: '' }));
    return { text: out.stack, findings };
  }

  return {
    ruleIds: Object.freeze(compiled.ids),
    scrub(value: unknown): ScrubResult {
      const state = new CallState(limits, numbering);
      let out: JsonValue;
      try {
        out = walk(value, state, 0, undefined) ?? null;
      } catch {
        state.dropped('error', 'value', 0);
        out = formatPlaceholder('dropped', 'error');
      }
      return { value: out, findings: state.findings };
    },
    scrubText(text: string): TextResult {
      if (typeof text !== 'string') throw new ScrubjayError('INVALID_INPUT', 'scrubText takes a string');
      // A crash log or a logged stack is scrubbed as one: frames, code lines and messages by the error rules.
      if (text.length <= limits.maxStringLength && STACK_FRAME_LINE.test(text)) return scrubStackText(text);
      const state = new CallState(limits, numbering);
      return { text: env.scrubString(text, state, 'value'), findings: state.findings };
    },
  };
}
