import { formatPlaceholder } from '../../src/placeholder.js';
import type { ErrorScrubContext } from '../../src/errors/error-context.js';
import { builtinTemplates } from '../../src/errors/message-catalog.js';
import type { JsonValue } from '../../src/types.js';

export interface FakeContext extends ErrorScrubContext {
  /** Texts the "engine" saw, with their absolute ranges. */
  engineCalls: { text: string; start: number; end: number; path: string }[];
  reports: { ruleId: string; type: string; start: number; end: number; path: string; detail?: string }[];
}

/**
 * A stand-in for the engine, so unit tables do not depend on the rule packs: its text rules
 * replace `SECRET-<word>` by `<secret>` and absolute paths under `/home/ana/app` by `<project>`.
 */
export function fakeContext(options: { keepIdentifiers?: boolean; keepProjectPaths?: boolean } = {}): FakeContext {
  const path: (string | number)[] = [];
  const ctx: FakeContext = {
    keepIdentifiers: options.keepIdentifiers ?? false,
    keepProjectPaths: options.keepProjectPaths ?? false,
    maxStringLength: 100_000,
    templates: builtinTemplates(),
    engineCalls: [],
    reports: [],
    scrubText(text, start, end) {
      const slice = text.slice(start, end);
      ctx.engineCalls.push({ text: slice, start, end, path: path.join('/') });
      return slice
        .replace(/SECRET-\w+/g, formatPlaceholder('secret'))
        .replace(/^\/home\/ana\/app(?:\/\S*)?$/, formatPlaceholder('project'))
        .replace(/\/home\/ana\/app(?:\/[\w.-]+)*/g, formatPlaceholder('project'));
    },
    scrubKey: (key) => key.replace(/SECRET-\w+/g, formatPlaceholder('secret')),
    scrubValue(value: unknown, key): JsonValue {
      return ctx.at(key, () => (typeof value === 'string' ? ctx.scrubText(value, 0, value.length) : ((value ?? null) as JsonValue)));
    },
    report(ruleId, type, start, end, detail) {
      ctx.reports.push({ ruleId, type, start, end, path: path.join('/'), ...(detail === undefined ? {} : { detail }) });
    },
    mapFindings(fn, move) {
      const before = ctx.reports.length;
      try {
        return fn();
      } finally {
        for (const r of ctx.reports.slice(before)) Object.assign(r, move(r.start, r.end));
      }
    },
    at(key, fn) {
      path.push(key);
      try {
        return fn();
      } finally {
        path.pop();
      }
    },
  };
  return ctx;
}
