/**
 * End to end: real Node.js error events (made by scripts/make-real-events.mjs from a fake home with
 * planted env secrets), scrubbed with their machine context, leak no planted value in any form, and
 * keep what makes them useful: the error names and codes. Failures name values, never print them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../../src/node.js';
import type { ScrubContext } from '../../src/types.js';
import { leakForms, matchKind } from '../../src/cli/check/leak-forms.js';
import { haystackOf } from './encoded-forms.js';

const read = (name: string): string => readFileSync(new URL(`../../fixtures/events/${name}`, import.meta.url), 'utf8');
const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

const context = JSON.parse(read('real-errors.context.json')) as ScrubContext;
const planted = lines(read('real-errors.planted.txt'));
const events = lines(read('real-errors.ndjson')).map((l) => JSON.parse(l) as { command: string; error: unknown });
const scrubber = createScrubber({ context });

/** A name for a planted value that does not reveal it: the env var, its role, or its line. */
function labelOf(value: string, line: number): string {
  const env = Object.entries(context.env ?? {});
  const exact = env.find(([, v]) => v === value);
  if (exact) return exact[0];
  if (value === context.home) return 'home path';
  if (context.cwd?.endsWith(`/${value}`)) return 'project name';
  const part = env.find(([, v]) => v?.includes(value));
  return part ? `part of ${part[0]}` : `planted line ${line + 1}`;
}

// The same forms `scrubjay check` searches: raw, any case, URL-encoded, JSON-escaped, base64 at every alignment.
const checks = planted.map((value, i) => ({ label: labelOf(value, i), forms: leakForms(value) }));

type ErrorLike = { name?: unknown; code?: unknown; cause?: unknown; errors?: unknown };
const isObject = (v: unknown): v is ErrorLike => typeof v === 'object' && v !== null;

/** Paths (error.cause.errors[0] …) where a name or code of the input differs in the output. */
function lostNamesAndCodes(input: unknown, output: unknown, path: string): string[] {
  if (!isObject(input)) return [];
  if (!isObject(output)) return [`${path} (gone)`];
  const lost: string[] = [];
  for (const field of ['name', 'code'] as const) {
    if (input[field] !== undefined && output[field] !== input[field]) lost.push(`${path}.${field}`);
  }
  lost.push(...lostNamesAndCodes(input.cause, output.cause, `${path}.cause`));
  if (Array.isArray(input.errors)) {
    const out = Array.isArray(output.errors) ? output.errors : [];
    input.errors.forEach((e, i) => lost.push(...lostNamesAndCodes(e, out[i], `${path}.errors[${i}]`)));
  }
  return lost;
}

describe('real error events', () => {
  it('were generated (run scripts/make-real-events.mjs)', () => {
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(planted.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(events.map((e) => [e.command, e] as const))('%s', (_command, event) => {
    const { value } = scrubber.scrub(event);

    it('leaks no planted value (raw, any case, URL-encoded, JSON-escaped, base64)', () => {
      const { text, lower } = haystackOf(value);
      const leaks = checks.flatMap(({ label, forms }) => {
        const kind = matchKind(forms, text, lower);
        return kind ? [`${label} (${kind})`] : [];
      });
      expect([...new Set(leaks)]).toEqual([]);
    });

    it('keeps the error names and codes', () => {
      expect(lostNamesAndCodes(event.error, (value as { error?: unknown }).error, 'error')).toEqual([]);
    });
  });
});
