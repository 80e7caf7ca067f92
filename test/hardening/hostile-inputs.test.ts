/**
 * Hostile input shapes (huge, deep, wide, broken UTF-16, NUL, prototype tricks): each case runs in a
 * child process killed after 30 s (a synchronous hang cannot be interrupted in-process), must not
 * throw, must return JSON-safe output and must fail closed with the exact placeholder where a limit
 * applies. Cases: hostile/structural-cases.ts; pivot-character runs: hostile-runs.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineHostileSuite } from './hostile/report.js';
import { CASES } from './hostile/structural-cases.js';
import { fullRules } from './full-scrubber.js';

describe('every rule file compiles into the hardening scrubber', () => {
  it('no rule of rules/*.json is refused by the code validator', () => {
    expect(fullRules().skipped).toEqual([]);
  });
});

describe('hostile input shapes', () => {
  defineHostileSuite(join(import.meta.dirname, 'hostile', 'structural-cases.ts'), CASES);
});
