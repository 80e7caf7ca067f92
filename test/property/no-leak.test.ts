/**
 * No planted value survives: every planted value of every ng fixture, planted anywhere in random
 * payloads (key, value, inside longer text, nested, next to placeholders, in any encoding), never
 * appears in the output of a scrubber with the default `recommended` rules and its fixture's context.
 *
 * There are hundreds of planted values, so the random runs per value are few; every encoding is also
 * tried in fixed positions for every value (no-leak-encodings.test.ts), and the invariant properties
 * plant random values of all rules as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber, formatPlaceholder, PLACEHOLDER_TYPES } from '../../src/index.js';
import { builtinRulePacks } from '../../src/rules/builtin-rules.js';
import { BENIGN_WORDS, buildPlant, encode, NEIGHBOUR_PLACEHOLDERS, plantInText, plantInTextOf, plantOf, siblingJson } from '../arbitraries.js';
import { plantedSecrets } from '../fixture-cases.js';
import { findLeak } from './leak-check.js';
import { formsFor, groupByContext, leakForms, plantedCases } from './planted-cases.js';

/** Random runs per planted value (each is one scrub() of a payload or one scrubText()). */
const NUM_RUNS = 40;

const { enabled, notEnabled } = plantedCases();

describe('planted values', () => {
  it('every planted value of the fixtures is covered', () => {
    const covered = new Set(enabled.map((c) => `${c.ruleId}\u0000${c.value}`));
    const all = plantedSecrets().map((p) => `${p.ruleId}\u0000${p.value}`);
    expect(all.length).toBe(enabled.length + notEnabled.length);
    expect(all.filter((k) => covered.has(k)).length).toBe(enabled.length);
  });

  // Benign words surround planted values and placeholders stand next to them or replace them: a planted
  // value inside one would be reported as a leak that is none.
  it('no planted value occurs inside a benign word or a placeholder', () => {
    const placeholders = [
      ...NEIGHBOUR_PLACEHOLDERS,
      ...Object.keys(PLACEHOLDER_TYPES).map((t) => formatPlaceholder(t)),
      ...builtinRulePacks.flatMap((p) => p.rules.map((r) => formatPlaceholder(r.type, r.detail))),
    ];
    const clashes = enabled.filter((c) => [...BENIGN_WORDS, ...placeholders].some((w) => w.includes(c.value)));
    expect(clashes.map((c) => `${c.fixture}: ${c.value}`)).toEqual([]);
  });

  // A rule with planted values that `recommended` leaves out is not run by default: its values leak.
  it('every rule with planted values is enabled by the recommended rules', () => {
    expect(notEnabled).toEqual([]);
  });
});

describe.each(groupByContext(enabled).map((g) => [g.label, g] as const))('no leak in random payloads and texts, %s', (_label, group) => {
  const scrubber = createScrubber({ context: group.context });
  const scrubValue = (v: unknown): unknown => scrubber.scrub(v).value;

  it.each(group.cases.map((c) => [`${c.fixture} ${c.carrier} ${JSON.stringify(c.value)}`, c] as const))('%s', (_name, c) => {
    const run = fc.oneof(fc.record({ base: siblingJson, plant: plantOf(c), first: fc.boolean() }), fc.record({ text: plantInTextOf(c) }));
    fc.assert(
      fc.property(run, (r) => {
        if ('text' in r) {
          const { carrier, encoding, site } = r.text;
          const leak = findLeak(scrubber.scrubText(plantInText(encode(carrier, encoding), site)).text, formsFor(c, carrier, encoding));
          expect(leak, leak).toBeUndefined();
          return;
        }
        const planted = buildPlant(r.plant);
        const out = scrubValue(r.first ? [planted, r.base] : { base: r.base, planted });
        const leak = findLeak(out, 'json' in r.plant ? leakForms(c.value) : formsFor(c, r.plant.carrier, r.plant.encoding));
        expect(leak, leak).toBeUndefined();
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
