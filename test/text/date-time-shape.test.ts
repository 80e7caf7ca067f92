import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRulePacks } from '../../src/rules/builtin-rules.js';
import { compileRules } from '../../src/rules/compile-rules.js';
import { isIsoDateTime } from '../../src/text/date-time-shape.js';
import { TextEngine } from '../../src/text/text-engine.js';
import type { ScrubContext } from '../../src/types.js';

const allRuleIds = builtinRulePacks.flatMap((p) => p.rules.map((r) => r.id));

/** Two engines over every built-in rule: one lets rules skip whole date-times, the other does not. */
function engines(context: ScrubContext) {
  const { detectors } = compileRules({ rules: allRuleIds }, { context, allowHosts: [], keepProjectPaths: false });
  const texts = detectors.flatMap((d) => (d.text ? [d.text] : []));
  const config = { produces: new Set<string>(), isAllowed: () => false, exact: [] };
  return {
    skipping: new TextEngine({ ...config, detectors: texts }),
    full: new TextEngine({ ...config, detectors: texts.map((t) => ({ ...t, skipsDateTimes: false })) }),
    skips: texts.filter((t) => t.skipsDateTimes).length,
  };
}

const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const dateTime = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(0, 99),
    two(0, 99),
    fc.constantFrom('T', ' '),
    two(0, 99),
    two(0, 99),
    fc.option(fc.tuple(two(0, 99), fc.option(fc.tuple(fc.constant('.'), fc.stringMatching(/^\d{1,9}$/))))),
    fc.constantFrom('', 'Z', '+02:00', '-0530', '+01'),
  )
  .map(([y, mo, d, sep, h, mi, sec, zone]) => {
    const seconds = sec ? `:${sec[0]}${sec[1] ? sec[1][0] + sec[1][1] : ''}` : '';
    return `${y}-${mo}-${d}${sep}${h}:${mi}${seconds}${zone}`;
  });

describe('isIsoDateTime', () => {
  it.each(['2025-05-31T23:59:45.047Z', '2025-05-31 23:59', '2025-05-31T23:59:45+02:00', '2025-05-31T23:59:45.123456789-0530'])('accepts %s', (t) => {
    expect(isIsoDateTime(t)).toBe(true);
  });

  it.each(['2025-05-31', '2025-05-31T23:59:45Z and more', 'x2025-05-31T23:59Z', '2025-05-31T23:59:45.0123456789Z', '4111-1111-11T11:11:11Z1', '0000-00-00T00:00:00,33932029Z'])('rejects %s', (t) => {
    expect(isIsoDateTime(t)).toBe(false);
  });

  it('generates only strings of the shape (so the next test covers it)', () => {
    fc.assert(
      fc.property(dateTime, (t) => {
        expect(isIsoDateTime(t)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('built-in rules skipping whole date-times', () => {
  // The shortcut is exact only if no built-in rule (other than the known values) ever matches inside
  // a date-time: scanning with and without it must give the same detections.
  it('finds what a full scan finds, on any date-time', () => {
    const { skipping, full, skips } = engines({});
    expect(skips).toBeGreaterThan(200);
    fc.assert(
      fc.property(dateTime, (t) => {
        expect(skipping.scan(t)).toEqual(full.scan(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('still finds a known value that is a date-time', () => {
    const planted = '2024-02-29T04:05:06.789Z';
    const { skipping } = engines({ env: { RELEASE_STAMP: planted } });
    expect(skipping.scan(planted).map((d) => [d.type, d.detail])).toEqual([['env', 'RELEASE_STAMP']]);
  });
});
