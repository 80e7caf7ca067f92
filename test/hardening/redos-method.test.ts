/** The ReDoS method checks itself: the regex parser's relaxations, and verdicts on known patterns. */
import { afterAll, describe, expect, it } from 'vitest';
import { RecheckPool } from './recheck-pool.js';
import { RedosChecker } from './redos-check.js';
import { regexShape } from './regex-shape.js';

describe('regexShape', () => {
  it.each([
    ['(?<![\\w.])(?=[a-f:]{0,39}\\d)x{2,5}', '', '(?:)(?:)x{2,5}', ['[\\w.]', '[a-f:]{0,39}\\d'], 5],
    ['a(?=b(?!c))', '', 'a(?:)', ['b(?!c)'], 1],
    ['(?:[^()]|\\([^)]{0,100}\\))+', '', '(?:[^()]|\\([^)]*\\))+', [], Infinity],
    ['Expected \\(x\\) ([^\\n]+)(?=\\n|$)', 'y', '([^\\n]+)(?:)', ['\\n|$'], Infinity],
    ['[(?=]\\(?=x\\)', '', '[(?=]\\(?=x\\)', [], 5],
  ] as const)('%s /%s', (source, flags, relaxed, lookarounds, maxLength) => {
    const shape = regexShape(source, flags);
    expect(shape.relaxed).toBe(relaxed);
    expect(shape.lookarounds).toEqual(lookarounds);
    expect(shape.maxLength).toBe(maxLength);
    expect(() => new RegExp(shape.stripped, flags)).not.toThrow();
  });

  it('keeps the text of a sticky literal prefix, and finds backreferences', () => {
    expect(regexShape('a\\.b\\x41\\n(c)', 'y').prefixText).toBe('a.bA\n');
    expect(regexShape('(\\d)\\1', '').hasBackref).toBe(true);
    expect(regexShape('(?<n>\\d)\\k<n>', 'u').hasBackref).toBe(true);
  });
});

describe('verdicts on known patterns', () => {
  const pool = new RecheckPool(1);
  const checker = new RedosChecker(pool);
  afterAll(() => pool.close());

  it.each([
    ['(a+)+$', '', 'vulnerable', 'automaton'],
    ['\\s+$', '', 'vulnerable', 'automaton'],
    ['(?<!x)\\s+$', '', 'vulnerable', 'automaton (lookarounds relaxed), confirmed in V8'],
    ['(?=.*x)a', '', 'vulnerable', 'fuzz'],
    ['abc(d+)+e', 'y', 'vulnerable', 'automaton'],
    ['(?<![\\w.])[a-z]{1,64}@[a-z]{1,64}\\.com(?![\\w])', 'i', 'safe', 'automaton (lookarounds relaxed)'],
    ['(?<=a)b+c', '', 'safe', 'fuzz'],
  ] as const)('/%s/%s is %s by %s', async (source, flags, status, method) => {
    const v = await checker.check(source, flags);
    expect([v.status, v.method]).toEqual([status, method]);
  });
});
